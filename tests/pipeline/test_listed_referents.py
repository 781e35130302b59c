"""A demonstrative collective points back at the groups just listed
(kg/pipeline/listed_referents.py). Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, backer, groups", [
    pytest.param("وأعلنت عصائب أهل الحق ومنظمة بدر رفض القرار. وتسلح طهران هذه الفصائل منذ سنوات.",
                 "iran", ["asaib_ahl_al_haq", "badr"], id="ar-previous-sentence"),
    pytest.param("Nujaba, Badr and Asaib Ahl al-Haq joined the protest. Those militias are funded by Iran.",
                 "iran", ["nujaba", "badr", "asaib_ahl_al_haq"], id="en-previous-sentence"),
])
def test_listed_referents_relation_holds_for_each_listed_group(analyze, text, backer, groups):
    result = analyze(text)
    for group in groups:
        assert (backer, "supports", group) in result.triples, result.describe()


def test_listed_referents_one_group_is_no_list(analyze):
    # One group named before: "these groups" may mean any groups, not that one.
    result = analyze("Nujaba joined the protest on Sunday. These groups are funded by Iran.", "en")
    assert ("iran", "supports", "nujaba") not in result.triples, result.describe()


def test_listed_referents_only_the_last_list(analyze):
    # Names not joined as one list (a verb between them) are not what "these groups" lists.
    result = analyze("Badr met officials while Nujaba protested. These groups are funded by Iran.", "en")
    assert ("iran", "supports", "badr") not in result.triples, result.describe()


def test_listed_referents_pronoun_after_the_list(analyze):
    # "وهي فصائل ...": the pronoun opens a description of the list just named.
    result = analyze("وحضر المؤتمر قادة من منظمة بدر وحركة النجباء، وهي فصائل منضوية في الحشد الشعبي.", "ar")
    for group in ("badr", "nujaba"):
        assert (group, "memberOf", "pmf") in result.triples, result.describe()


@pytest.mark.parametrize("text, groups", [
    pytest.param("وتوعدت أربعة فصائل مدعومة من إيران بمواصلة الهجمات. وهي منظمة بدر وحركة النجباء "
                 "وعصائب أهل الحق وكتائب سيد الشهداء.",
                 ["badr", "nujaba", "asaib_ahl_al_haq", "kataib_sayyid_al_shuhada"], id="ar-counted-then-named"),
    pytest.param("Two Iran-backed militias vowed more attacks on Monday. They are Badr and Harakat al-Nujaba.",
                 ["badr", "nujaba"], id="en-counted-then-named"),
])
def test_listed_referents_members_named_in_the_next_sentence(analyze, text, groups):
    # A collective counted in one sentence, its members listed after a pronoun in the next.
    result = analyze(text)
    for group in groups:
        assert ("iran", "supports", group) in result.triples, result.describe()


def test_listed_referents_a_list_not_opened_by_a_pronoun_names_no_members(analyze):
    # A new sentence that merely starts with two groups tells something else of them.
    result = analyze("وتوعدت فصائل مدعومة من إيران بمواصلة الهجمات. منظمة بدر وحركة النجباء رفضتا التصعيد.")
    assert ("iran", "supports", "badr") not in result.triples, result.describe()

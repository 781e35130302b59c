"""One test of a claim of responsibility (kg/pipeline/attacks/responsibility.py), read from
the ``responsibility`` and ``adopt_verbs`` words of kg/lang/<lang>/events.yaml by every
claim step: the claim in a later sentence (extractor._claim), in a later clause
(claim_clauses.py) and in reported speech (claimed_by_speaker). Sentences of our own."""
from __future__ import annotations

import pytest

from kg.pipeline.attacks.responsibility import adopts_deed, claims_responsibility
from kg.text.normalize import normalize_key


@pytest.mark.parametrize("word", ["مسؤوليتها", "مسئوليتها", "المسؤولية", "بمسؤوليتهم", "مسؤوليته"])
def test_responsibility_in_either_hamza_seat_and_with_its_clitics(word):
    # The words are matched normalised (ؤ -> و, ئ -> ي): a test on the written hamza never matches.
    assert claims_responsibility(normalize_key(word), "ar")


@pytest.mark.parametrize("word", ["مسؤولين", "مسؤولي", "المسؤولون", "مسؤول"])
def test_officials_are_no_responsibility(word):
    assert not claims_responsibility(normalize_key(word), "ar")


@pytest.mark.parametrize("word", ["تبنت", "وتبنته", "تبناه", "يتبنى", "فتبنتها"])
def test_verbs_of_adopting_the_deed(word):
    assert adopts_deed(normalize_key(word), "ar")


def test_a_town_spelled_like_adopting_adopts_nothing():
    # "تبنين" opens with the letters of "تبنى": a prefix test took the town for a claim.
    assert not adopts_deed(normalize_key("تبنين"), "ar")


def test_english_responsibility_is_read_from_the_same_data():
    assert claims_responsibility("responsibility", "en") and not claims_responsibility("responsible", "en")


@pytest.mark.parametrize("claim", [
    pytest.param("وأعلنت كتائب حزب الله المسؤولية عن ذلك.", id="the-article"),
    pytest.param("وأعلنت كتائب حزب الله مسئوليتها عن ذلك.", id="hamza-on-ya"),
])
def test_a_later_claim_in_any_form_of_responsibility_names_the_attacker(analyze, claim):
    # The cross-sentence claim knew three written forms of "responsibility" only.
    a = analyze("استهدفت طائرة مسيرة قاعدة حرير يوم الاثنين. " + claim, "ar")
    attack = a.attack("harir")
    assert (attack.attacker, attack.rule) == ("kataib_hezbollah", "ar.attack.claimed"), a.describe()


def test_announcing_a_visit_of_officials_claims_no_attack(analyze):
    # "مسؤولي" (officials of) holds the letters of "مسؤولية": a substring test read the
    # group that received officials as the claimer of the attack told before the comma.
    a = analyze("تعرضت قاعدة حرير لهجوم بطائرة مسيرة، وأعلنت كتائب حزب الله استقبال "
                "مسؤولي الحكومة العراقية.", "ar")
    assert a.attack("harir").attacker is None, a.describe()


def test_a_claim_in_the_clause_after_the_attack_still_names_its_claimer(analyze):
    a = analyze("تعرضت قاعدة حرير لهجوم بطائرة مسيرة، وأعلنت كتائب حزب الله مسؤوليتها عنه.", "ar")
    assert a.attack("harir").attacker == "kataib_hezbollah", a.describe()


def test_quoted_responsibility_in_reported_speech_names_the_attacker(analyze):
    # The content of the claim opens with the quoted "مسؤوليتها"; the attack inside it,
    # told by what the base underwent, has no doer of its own.
    a = analyze("وأعلنت كتائب حزب الله «مسؤوليتها» عما تعرضت له قاعدة حرير من قصف بطائرة مسيرة.", "ar")
    attack = a.attack("harir")
    assert (attack.attacker, attack.rule) == ("kataib_hezbollah", "ar.attack.claimed"), a.describe()


def test_a_denied_responsibility_names_no_attacker(analyze):
    a = analyze("ونفت كتائب حزب الله «مسؤوليتها» عما تعرضت له قاعدة حرير من قصف بطائرة مسيرة.", "ar")
    assert all(x.attacker != "kataib_hezbollah" for x in a.doc.attacks), a.describe()

"""The CAMEO code of a named person described by a title (kg/pipeline/attacks/person_titles.py
with kg/lang/ar/titles.yaml). Sentences are our own."""
from __future__ import annotations

import pytest


def code_of(result, surface):
    return result.entity(result.mention(surface).entity).cameo


@pytest.mark.parametrize("sentence, person, code", [
    # a title after the name and a comma: its institution (the police) and its place (Basra, Iraq)
    pytest.param("اغتال مسلحون مجهولون أمس سالم حداد، مدير شرطة المرور في البصرة.", "سالم حداد", "IRQCOP",
                 id="title-after-the-name"),
    # a title right before the name: a minister, in a Palestinian city
    pytest.param("وأصيب وزير الصحة في رام الله خالد يوسف في انفجار عبوة ناسفة أمس.", "خالد يوسف", "PSEGOV",
                 id="title-before-the-name"),
    # the title's head says nothing, its domain does: a dean of a college in Baghdad
    pytest.param("واغتال مسلحون مجهولون أمس سالم جواد، عميد كلية الهندسة بجامعة بغداد.", "سالم جواد", "IRQEDU",
                 id="dean-of-a-college"),
    # a head word right before a state's adjective: the head of that state
    pytest.param("انفجرت عبوة ناسفة قرب موكب الرئيس اليمني سالم الحداد أمس.", "سالم الحداد", "YEMGOV",
                 id="head-of-a-state"),
    # a group the lexicon codes named in the title: one of its people (its code, Hamas PSEREB)
    pytest.param("اغتال مسلحون مجهولون أمس سامي العطار، القيادي في حركة حماس، قرب منزله.", "سامي العطار", "PSEREB",
                 id="leader-in-a-group"),
    # an organisation with the title's own agent type kept: its country, its party code
    pytest.param("اغتال مسلحون أمس سامي العطار، عضو اللجنة المركزية لحركة فتح، في نابلس.", "سامي العطار", "PSEPTY",
                 id="member-of-an-organisation"),
])
def test_attacks_person_titles_code(analyze, sentence, person, code):
    result = analyze(sentence, "ar")
    assert result.attacks, result.describe()
    assert code_of(result, person) == code, result.describe()


def test_attacks_person_titles_committee_member_stays_uncoded(analyze):
    # "a member of the committee" names no institution the titles table knows
    result = analyze("وقتل مسلحون أمس محمود العلي، عضو اللجنة التحضيرية للمؤتمر، في هجوم على منزله في الموصل.", "ar")
    assert result.attacks, result.describe()
    assert code_of(result, "محمود العلي") is None, result.describe()


@pytest.mark.parametrize("sentence, person", [
    # the adjective describes the party, not the head: no state's head
    pytest.param("اغتال مسلحون مجهولون أمس سالم حداد، رئيس حزب يمني صغير.", "سالم حداد", id="party-adjective"),
    # "أمام" (in front of) folds to "إمام": after a name it is a place, no title
    pytest.param("اغتال مسلحون سالم حداد أمام منزله في الموصل.", "سالم حداد", id="in-front-of"),
])
def test_attacks_person_titles_no_code(analyze, sentence, person):
    result = analyze(sentence, "ar")
    assert result.attacks, result.describe()
    assert code_of(result, person) is None, result.describe()

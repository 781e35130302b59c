"""Institutions as unseen articles tell them (issue 13): state media told as the state's own
(state-run, state-owned, official, "الرسمية" after an agency's name) are memberOf the state, a
group's outlet stays run by the group; a ministry a group runs ("the Hamas-run health
ministry", "the Hamas interior ministry", "وزارة الداخلية التابعة لحماس") is operatedBy the
group, and so is "the Hamas government" / "حكومة حماس"; a branch named by its country ("X's Syrian offshoot, Y") is memberOf its parent. Every sentence is our own; each case fails without its change."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES_EN = [
    # the outlet's noun before its name, after the state's possessive
    case("en.member.state_media",
         "Iran's official news agency IRNA said two advisers died in the raid.",
         ("irna", "memberOf", "iran")),
    # the outlet's own name right after the adjective
    case("en.member.state_media",
         "Syrian state-owned SANA reported explosions near the airport.",
         ("sana_agency", "memberOf", "syria")),
    case("en.member.state_media",
         "Iran's semi-official Tasnim news agency carried the statement.",
         ("tasnim", "memberOf", "iran")),
    # the description set off after the name
    case("en.member.state_media",
         "IRNA, Iran's state-run news agency, gave no toll.",
         ("irna", "memberOf", "iran")),
    # lineage: a branch named by its country after the parent's possessive
    case("en.member.its_wing_named",
         "In 2012 the cleric set up Hezbollah's Syrian offshoot, the Radwan Force, near Homs.",
         ("radwan_force", "memberOf", "hezbollah")),
    # a group-run ministry named with its place after it
    case("en.operated.group_run_body",
         "The Hamas-run health ministry in Gaza put the toll at nine.",
         ("gaza_health_ministry", "operatedBy", "hamas")),
]

CASES_AR = [
    # the state's adjective after the agency's name, before "الرسمية"
    case("ar.member.state_media",
         "نقلت وكالة تسنيم الإيرانية شبه الرسمية عن مصدر أمني أن الانفجار وقع ليلا.",
         ("tasnim", "memberOf", "iran")),
    # after it
    case("ar.member.state_media",
         "أفادت الوكالة الوطنية للإعلام الرسمية اللبنانية بسقوط قذيفتين قرب البلدة.",
         ("nna_lebanon", "memberOf", "lebanon")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES_EN)
def test_institutions_en_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


@pytest.mark.parametrize("rule_id, sentence, expected", CASES_AR)
def test_institutions_ar_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


@pytest.mark.parametrize("lang, sentence, triple", [
    # the state's adjective inside the agency's name, "الرسمية" right after it
    ("ar", "ذكرت وكالة الأنباء السورية الرسمية أن الدفاعات تصدت لصواريخ فوق العاصمة.",
     ("sana_agency", "memberOf", "syria")),
    ("ar", "أفادت الوكالة الوطنية للإعلام اللبنانية الرسمية بأن مسيرة حلقت فوق الوادي.",
     ("nna_lebanon", "memberOf", "lebanon")),
    # a group's own ministry, in both languages, under one key
    ("ar", "قالت وزارة الداخلية التابعة لحماس إن مقرا للشرطة أصيب.",
     ("hamas_interior_ministry", "operatedBy", "hamas")),
    ("ar", "أعلنت وزارة الدفاع التابعة للحوثيين أن الدفاعات أسقطت طائرة.",
     ("houthis_defence_ministry", "operatedBy", "houthis")),
    ("en", "An official of the Hamas interior ministry said a police post was hit.",
     ("hamas_interior_ministry", "operatedBy", "hamas")),
    ("en", "Hamas's health ministry said the toll rose to nine.",
     ("hamas_health_ministry", "operatedBy", "hamas")),
    # the government a group runs, named by the group
    ("en", "Two officials of the Hamas government were among the dead.",
     ("hamas_government", "operatedBy", "hamas")),
    ("ar", "كان الرجل وزيرا سابقا في حكومة حماس قبل عام 2020.",
     ("hamas_government", "operatedBy", "hamas")),
    # ... the lexicon's one when it names one after the group
    ("en", "The Houthis' government called the raid a crime.",
     ("houthi_government", "operatedBy", "houthis")),
])
def test_institutions_from_wording(analyze, lang, sentence, triple):
    result = analyze(sentence, lang)
    assert triple in result.triples, result.describe()


@pytest.mark.parametrize("lang, sentence, triple", [
    # a group's outlet is run by it, not one of its members
    ("en", "The Houthi-run Saba news agency said jets struck the port.", ("saba_agency", "memberOf", "houthis")),
    # an agency's adjective with no official word is only where it works
    ("ar", "قال المرصد السوري لحقوق الإنسان إن الانفجار وقع ليلا.", ("sohr", "memberOf", "syria")),
    ("ar", "ذكرت وكالة الأنباء السورية أن الدفاعات تصدت لصواريخ.", ("sana_agency", "memberOf", "syria")),
    # a state's ministry "التابعة" to its government is no group's
    ("ar", "قالت وزارة الخارجية التابعة للحكومة العراقية إن الهجوم مدان.",
     ("iraq_government_foreign_ministry", "operatedBy", "iraq_government")),
])
def test_institutions_not_produced(analyze, lang, sentence, triple):
    result = analyze(sentence, lang)
    assert triple not in result.triples, result.describe()

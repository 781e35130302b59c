"""A parliament's head with no state named ("رئيس البرلمان P") heads the parliament of the
document's country, where the lexicon holds one (``FOCUS.parliament``,
ar.leader.bare_parliament_head): by the convention that a bare name stands for what it
denotes in the document ("بغداد" for Iraq), "البرلمان" in a report on Iraq is Iraq's. Guarded
as the bare titles: a group opening the sentence, or another state named in it, keeps the
country out. Sentences of our own."""
from __future__ import annotations

import pytest

from kg.keys import mint_key
from tests.pipeline.relations.relation_cases import assert_case, case

#: Sentences that make Iraq (or Lebanon) the document's country.
IRAQ = ("سقطت صواريخ على قاعدة في العراق يوم الأحد. وقال مسؤولون في العراق إن القاعدة تضررت. "
        "وفتحت الشرطة في العراق تحقيقا. ")
LEBANON = "سقطت قذائف على بلدة في لبنان يوم الأحد. وقال مسؤولون في لبنان إن البلدة تضررت. "
P = "خالد ناصر الدليمي"

CASES = [
    case("ar.leader.bare_parliament_head", IRAQ + f"وقال رئيس البرلمان {P} إن الجلسة ستعقد غدا.",
         (mint_key(P), "leaderOf", "iraqi_parliament")),
    case("ar.leader.bare_parliament_head", LEBANON + f"واستقبل رئيس المجلس النيابي، {P}، الوفد في بيروت.",
         (mint_key(P), "leaderOf", "lebanon_parliament")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_a_bare_parliament_head_heads_the_country_s(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


@pytest.mark.parametrize("sentence", [
    # an armed group opens the sentence: its own body, not the country's
    IRAQ + f"وأعلن الحوثيون أن رئيس البرلمان {P} نجا من الغارة.",
    # another state named in the sentence and none before the title
    IRAQ + f"وقال رئيس البرلمان {P} إن إيران لن تتدخل.",
])
def test_a_bare_parliament_head_guarded(analyze, sentence):
    a = analyze(sentence, "ar")
    assert not a.relations(predicate="leaderOf", obj="iraqi_parliament"), a.describe()


def test_no_parliament_in_the_lexicon_reads_none(analyze):
    a = analyze("سقطت صواريخ على قاعدة في سوريا يوم الأحد. وقال مسؤولون في سوريا إن القاعدة تضررت. "
                f"وقال رئيس البرلمان {P} إن الجلسة ستعقد غدا.", "ar")
    assert not [r for r in a.relations(predicate="leaderOf") if r.rule == "ar.leader.bare_parliament_head"], \
        a.describe()

"""Eleventh round of issue 13 (Arabic): two kinds left from the tenth round's probes of
unannotated press pages, written as sentences of our own. Serving, fighting or holding a
commander's post "in" a group is membership; a dual or plural head title between a list of
people and a list of groups pairs them in order ("respectively"), only when the counts
agree; a unit's commander named by the unit's noun alone ("آمر اللواء فلان") a sentence
after the unit heads that unit. Each case was checked to fail on main."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # served as a commander in X: the person first, after "الذي", or after the verb
    case("ar.member.served_as_commander",
         "وكان فؤاد شكر قد خدم قائداً ميدانياً في حزب الله قبل أن يقتل في بيروت.",
         ("fuad_shukr", "memberOf", "hezbollah")),
    case("ar.member.served_as_commander",
         "ونعت الكتائب عماد مغنية، الذي خدم ضابطاً في حزب الله منذ الثمانينيات.",
         ("mughniyeh", "memberOf", "hezbollah")),
    # holding a commander's post "in" the group
    case("ar.member.served_as_commander",
         "ويشغل أبو فدك المحمداوي منصب قائد الأركان في الحشد الشعبي منذ سنوات.",
         ("abu_fadak", "memberOf", "pmf")),
    case("ar.member.served_as_commander",
         "وتقلد عماد مغنية منصب القائد العسكري في حزب الله حتى اغتياله في دمشق.",
         ("mughniyeh", "memberOf", "hezbollah")),
    # fought in the group's ranks
    case("ar.member.served_as_commander",
         "وكان أبو فدك المحمداوي قد قاتل في صفوف كتائب حزب الله في شبابه.",
         ("abu_fadak", "memberOf", "kataib_hezbollah")),
    # the people first, then a dual or plural head title and the groups, in order
    case("ar.leader.respective_pair",
         "واتفق حسن نصر الله وعبد الملك الحوثي، زعيما حزب الله وجماعة الحوثي، على تنسيق المواقف.",
         ("nasrallah", "leaderOf", "hezbollah"), ("abdul_malik_houthi", "leaderOf", "houthis")),
    # the title and the groups first, then the people
    case("ar.leader.respective_pair",
         "واستقبلت طهران زعيمي حركة حماس وحركة الجهاد الإسلامي إسماعيل هنية وزياد النخالة.",
         ("haniyeh", "leaderOf", "hamas"), ("nakhalah", "leaderOf", "pij")),
    # a unit's commander named by its noun alone a sentence after the unit: heads that unit
    # (and, the unit being in a group, is a member of the group: unit_heads.py)
    case("ar.leader.unit_named_before",
         "وسقطت قذيفتان قرب مقر اللواء 30 في الحشد الشعبي. وأكد آمر اللواء، العقيد حيدر الموسوي، سلامة المقاتلين.",
         ("حيدر_الموسوي", "leaderOf", "لواء_30"), ("حيدر_الموسوي", "memberOf", "pmf")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_served_and_respective(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


def test_respective_pairs_only_in_order(analyze):
    """Each person heads the group in the same place in the other list, never the other."""
    result = analyze("وأشاد زعيما حزب الله وجماعة الحوثي، حسن نصر الله وعبد الملك الحوثي، بالعملية.")
    assert ("nasrallah", "leaderOf", "houthis") not in result.triples, result.describe()
    assert ("abdul_malik_houthi", "leaderOf", "hezbollah") not in result.triples, result.describe()


def test_respective_counts_that_differ_give_nothing(analyze):
    """Three people and two groups: the text does not say who heads which."""
    result = analyze("وحضر حسن نصر الله وزياد النخالة ويحيى السنوار، زعماء حزب الله والجهاد الإسلامي.")
    assert not [r for r in result.doc.relations if r.rule == "ar.leader.respective_pair"], result.describe()


def test_not_served_is_no_membership(analyze):
    """"لم يخدم": a denied service is no membership."""
    result = analyze("وقال المتحدث إن عماد مغنية لم يخدم قائداً في حزب الله.")
    assert ("mughniyeh", "memberOf", "hezbollah") not in result.triples, result.describe()


def test_unit_noun_without_a_unit_before_is_no_headship(analyze):
    """"اللواء فلان" is a rank, and "قائد الفرقة" with no division named before heads
    nothing the text names."""
    result = analyze("وقال قائد الفرقة العميد حيدر الموسوي إن الوضع تحت السيطرة. وأكد اللواء يحيى رسول ذلك.")
    assert not [r for r in result.doc.relations if r.predicate == "leaderOf"], result.describe()

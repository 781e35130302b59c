"""Members under a heading that calls the coalition by a bare noun ("the groups that form
the coalition:"), each member line naming its group before a colon and a description
(kg/pipeline/heading_members.py; ninth real round of issue 13), on text of our own."""
from __future__ import annotations

TEXT = ("يتشكل تحالف الساحل من فصائل محلية عدة.\n"
        "وفيما يلي أبرز الجماعات التي تشكل الائتلاف:\n"
        "حركة حماس: تأسست في غزة وتقاتل منذ سنوات طويلة في مناطق عدة.\n"
        "حزب الله: تأسس في لبنان في ثمانينيات القرن الماضي.")


def test_members_under_a_bloc_noun_heading_are_of_the_coalition_named_before(analyze):
    result = analyze(TEXT, "ar")
    whole = next(m.entity for m in result.mentions() if result.surface(m) == "تحالف الساحل")
    assert ("hamas", "memberOf", whole) in result.triples, result.describe()
    assert ("hezbollah", "memberOf", whole) in result.triples, result.describe()


def test_a_heading_without_a_bloc_noun_takes_no_earlier_coalition(analyze):
    result = analyze(TEXT.replace("تشكل الائتلاف", "تنشط في المنطقة"), "ar")
    assert not [r for r in result.relations(None, "memberOf") if r.rule.endswith("listed_under_heading")], \
        result.describe()

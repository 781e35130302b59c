"""Sentence patterns over masked mentions (kg/pipeline/patterns.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.model import Document
from kg.pipeline import analyze as run_pipeline
from kg.pipeline.patterns import (candidate_rules, compile_pattern, load_rules, mask_sentence,
                                  required_literals, slot_mentions)
from kg.pipeline.relations import mentions_by_sentence

ROOT = Path(__file__).resolve().parents[2]
CLASSES = {"ACTOR": ["State", "ArmedGroup"], "STATE": ["State"], "PLACE": ["Place"]}


def test_patterns_mask_replaces_each_mention_by_a_typed_slot(analyze):
    result = analyze("وتدعم طهران الحوثيين.", "ar")
    doc = result.doc
    masked = mask_sentence(doc, doc.sentences[0], doc.mentions)
    assert masked.text == "وتدعم «0:State:name» «1:ArmedGroup:name»."
    # Offsets in the masked text map back to the normalised text.
    slot = masked.text.index("«1")
    assert doc.norm.text[masked.to_normalized(slot):].startswith("الحوثيين")


@pytest.mark.parametrize("text, lang", [
    ('وقال القيادي في حركة أنصار الله "الحوثيين" علي حسن سلامة إن الرد قادم.', "ar"),
    ("وقال القيادي في حركة أنصار الله (الحوثيين) علي حسن سلامة إن الرد قادم.", "ar"),
])
def test_patterns_an_actor_named_again_in_quotes_or_brackets_is_one_slot(analyze, text, lang):
    result = analyze(text, lang)
    doc = result.doc
    masked = mask_sentence(doc, doc.sentences[0], doc.mentions)
    assert "«0:ArmedGroup:name» «1:Person:name»" in masked.text, masked.text
    slot = masked.text.index("«1")
    assert doc.norm.text[masked.to_normalized(slot):].startswith("علي حسن")


def test_patterns_two_actors_side_by_side_stay_two_slots(analyze):
    result = analyze("وتدعم طهران (الحوثيين) منذ سنوات.", "ar")
    doc = result.doc
    masked = mask_sentence(doc, doc.sentences[0], doc.mentions)
    assert "«1:ArmedGroup:name»" in masked.text, masked.text


def test_patterns_slot_accepts_its_classes_and_default_kinds():
    regex = compile_pattern("{Y:STATE} يدعم {X:ACTOR}", {}, CLASSES)
    assert regex.search("«0:State:name» يدعم «1:ArmedGroup:collective»")
    assert not regex.search("«0:Place:name» يدعم «1:ArmedGroup:name»")
    assert not regex.search("«0:State:nisba» يدعم «1:ArmedGroup:name»")   # nisba only when asked


def test_patterns_nisba_kind_on_request():
    regex = compile_pattern("قاعده {S:STATE+nisba}", {}, CLASSES)
    assert regex.search("قاعده «0:State:nisba»")


def test_patterns_list_slot_and_arabic_normalisation():
    regex = compile_pattern("يضم {XS:ACTOR*}", {}, CLASSES)
    m = regex.search("يضم «0:ArmedGroup:name» و«1:ArmedGroup:name»، «2:State:name»")
    assert m and m.group("XS").count("«") == 3
    # Pattern letters are normalised like the text: أ/ة in a pattern match ا/ه in text.
    assert compile_pattern("الأمينة", {}, CLASSES).search("الامينه")


def test_patterns_literal_space_matches_a_run_of_spaces():
    regex = compile_pattern("{X:STATE} ضد ال{Y:ACTOR}", {}, CLASSES)
    assert regex.search("«0:State:name»   ضد   ال«1:State:name»")
    assert not regex.search("«0:State:name»ضد ال«1:State:name»")


def test_patterns_macros_expand_recursively():
    regex = compile_pattern("{A} {X:STATE}", {"A": "(?:{B}|ج)", "B": "ب"}, CLASSES)
    assert regex.search("ب «0:State:name»") and regex.search("ج «0:State:name»")


@pytest.mark.parametrize("pattern, error", [
    ("{X:NOSUCH}", "unknown class set"),
    ("{NOSUCH} {X:STATE}", "unknown macro"),
])
def test_patterns_errors_name_the_problem(pattern, error):
    with pytest.raises(ValueError, match=error):
        compile_pattern(pattern, {}, CLASSES)


@pytest.mark.parametrize("pattern, needs", [
    ("abc", {"abc"}),
    ("x(?:abc|de)y", {"abc", "de"}),
    ("(?:foo)?barbaz", {"barbaz"}),
    ("(?:ab|c)", None),          # one letter is no filter
    ("a*b*", None),
])
def test_patterns_required_literals(pattern, needs):
    found = required_literals(re.compile(pattern))
    assert (None if found is None else set(found)) == needs


def _corpus():
    for path in sorted((ROOT / "tests/gold/dev").glob("*.md")) + sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]
        yield path.name, text


def test_patterns_prefilter_never_rejects_a_real_match():
    # A rule is only run on sentences holding one of its required literals; check that
    # every sentence a rule's regex matches passes that filter (real articles).
    checked = 0
    for name, text in _corpus():
        doc = run_pipeline(Document(id=name, text=text))
        rules = load_rules(doc.lang, "relations")
        by_sentence = mentions_by_sentence(doc)
        for sentence in doc.sentences:
            masked = mask_sentence(doc, sentence, by_sentence.get(sentence.index, []))
            candidates = candidate_rules(rules, masked.text)
            for rule in rules:
                if rule.regex.search(masked.text):
                    checked += 1
                    assert rule.may_match(masked.text), (name, rule.id)
                    assert rule in candidates, (name, rule.id)
    assert checked > 0


def test_patterns_slot_mentions_of_a_list(analyze):
    result = analyze("ويسيطر الحشد الشعبي، الذي يضم منظمة بدر وعصائب أهل الحق، على مناطق واسعة.", "ar")
    doc = result.doc
    rule = {r.id: r for r in load_rules("ar", "relations")}["ar.member.includes"]
    masked = mask_sentence(doc, doc.sentences[0], doc.mentions)
    match = rule.regex.search(masked.text)
    assert [m.entity for m in slot_mentions(masked, match, "XS")] == ["badr", "asaib_ahl_al_haq"]

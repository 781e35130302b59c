"""Regexes run only where a word every match holds stands (for speed only): on texts
built at random from the parts of each pattern, a text without the gate's words has no
match."""
import random


def _texts(slots, n):
    rng = random.Random(15)
    for _ in range(n):
        yield "".join(rng.choice(slot) for slot in slots)


def test_kunya_after_title_needs_a_by_name_word():
    from kg.pipeline.bracketed_names import _BY_NAME, _KUNYA_AFTER_TITLE
    slots = [["", " ", "قال "], ["", "و"], ["القيادي", "الشهيد", "القايد", "الرجل"], ["", " الميداني"],
             [" ", "،", " ، ", "x"], ["", "ال"], ["معروف", "ملقب", "مكني", "مكنا", "شهير", "معرو", ""],
             ["", " باسم", " ب", " ب-"], ["", " "], ["ابو ", "ام ", "اب "], ["حسن", ""]]
    found = 0
    for text in _texts(slots, 20000):
        if _KUNYA_AFTER_TITLE.search(text):
            found += 1
            assert any(w in text for w in _BY_NAME), text
    assert found > 500   # the texts do reach the pattern

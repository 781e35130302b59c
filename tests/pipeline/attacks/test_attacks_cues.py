"""The attack rules' word tables (kg/pipeline/attacks/cues.py): a word's form in a table
behind Arabic proclitics, looked up in an index built once per table, and a sentence as
a row of items."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline.attacks.cues import _KIND_TABLES, BREAK, PASSIVE, TARGET_PREP, attack_cues, role_kinds, stripped_form
from kg.pipeline.attacks.items import sentence_items
from kg.pipeline.segment import make_doc

TABLE = frozenset({"هجوم", "الرد", "ضرب"})


@pytest.mark.parametrize("word, form", [
    ("هجوم", "هجوم"),       # bare
    ("وهجوم", "هجوم"),      # one-letter proclitic
    ("وبهجوم", "هجوم"),     # two-letter proclitic
    ("للرد", "الرد"),       # ل + contracted article
    ("وللرد", "الرد"),      # و + ل + contracted article
    ("فللرد", "الرد"),
    ("بالرد", "الرد"),      # proclitic before the article
    ("وبالرد", "الرد"),     # two proclitics before the article
    ("وللهجوم", None),      # the article is no part of the entry هجوم
    ("هجومه", None),        # enclitics are not stripped
    ("اضرب", None),
    ("", None),
])
def test_a_word_is_found_behind_its_proclitics(word, form):
    c = attack_cues("ar")
    assert c.word(word, TABLE) == form
    assert stripped_form("ar", word, TABLE) == form


def test_the_index_agrees_with_reading_letter_by_letter_on_every_prefixed_form():
    """Every entry of every table of both languages, with every prefix of up to three
    letters, read through the index and letter by letter."""
    prefixes = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "لل", "ولل", "بال", "وال", "فب", "كال", "ا"]
    for lang in ("ar", "en"):
        c = attack_cues(lang)
        tables = [v for v in vars(c).values() if isinstance(v, (frozenset, dict)) and v is not c._indexes]
        assert len(tables) > 20
        for table in tables:
            for entry in table:
                for prefix in prefixes:
                    for word in (prefix + entry, prefix + entry[1:], prefix + entry[2:]):
                        assert c.word(word, table) == stripped_form(lang, word, table), (lang, word)


def test_role_kinds_agree_with_word_on_every_prefixed_form():
    """A word's role-cue bits (read once per item) are what ``word`` answers for each of
    their tables, on every entry of every table with the same prefixes."""
    prefixes = ["", "و", "ف", "ب", "ل", "وب", "ول", "فل", "لل", "ولل", "بال", "وال", "ا"]
    for lang in ("ar", "en"):
        c = attack_cues(lang)
        kinds = role_kinds(lang)
        words = {p + e[k:] for t in vars(c).values() if isinstance(t, (frozenset, dict)) and t is not c._indexes
                 for e in t for p in prefixes for k in (0, 1, 2)}
        for word in words | {"", "·"}:
            for bit, name in _KIND_TABLES.items():
                assert bool(kinds.get(word, 0) & bit) == bool(c.word(word, getattr(c, name))), (lang, word, name)


def test_items_carry_their_role_kinds():
    items = _items("تعرضت القاعدة لهجوم بعد الظهر", "ar")
    c = attack_cues("ar")
    assert [bool(it.kinds & PASSIVE) for it in items] == [bool(c.word(it.word, c.passive)) for it in items]
    assert any(it.kinds & PASSIVE for it in items)
    items = _items("Rebels fired missiles at the ship, and the navy responded", "en")
    assert [it.word for it in items if it.kinds & TARGET_PREP] == ["at"]
    assert all(bool(it.kinds & BREAK) == bool(c.word(it.word, attack_cues("en").breaks)) for it in items)


def test_a_set_built_per_call_is_read_without_an_index():
    c = attack_cues("ar")
    before = len(c._indexes)
    assert c.word("وفي", {"في", "in"}) == "في"
    assert len(c._indexes) == before


def test_english_has_no_proclitics():
    c = attack_cues("en")
    assert c.word("attack", frozenset({"attack"})) == "attack"
    assert c.word("lattack", frozenset({"attack"})) is None


def _items(text: str, lang: str):
    doc = make_doc(Document(id="t", text=text, language=lang))
    return sentence_items(doc, doc.sentences[0], [])


def test_items_mark_the_words_after_a_comma_or_semicolon():
    items = _items("قصفت المدفعية، صباحا؛ مواقع , في المدينة", "ar")
    assert [it.word for it in items] == ["قصفت", "المدفعيه", "صباحا", "مواقع", "في", "المدينه"]
    assert [it.comma for it in items] == [False, False, True, True, True, False]


def test_english_items_drop_determiners_after_commas_are_read():
    """The comma before "the" marks the dropped determiner, not the noun after it."""
    items = _items("They struck, the port; ships", "en")
    assert [(it.word, it.comma) for it in items] == [("they", False), ("struck", False), ("port", False),
                                                     ("ships", True)]


def test_forms_give_what_word_gives_for_every_word_of_a_table():
    c = attack_cues("ar")
    forms = c.forms(c.triggers)
    assert forms and all(c.word(w, c.triggers) == form for w, form in forms.items())
    assert all(forms.get(w) == c.word(w, c.triggers) for w in ("وهاجم", "للقصف", "بيت", "والقصف"))

"""Arabic clitics and inflection (kg/lang/ar/morphology.py), over normalised text."""
from __future__ import annotations

import pytest

from kg.lang.ar.morphology import (clitic_forms, is_arabic, lam_contraction, lemma_forms, nisba_forms,
                                   proclitic_ok, strip_article, with_article_variants)
from kg.text.normalize import normalize_key


@pytest.mark.parametrize("form", ["ايراني", "ايرانيه", "ايرانيون", "ايرانيين", "ايرانيات",
                                  "ايرانيتان", "ايرانيتين", "الايراني", "الايرانيه", "الايرانيون",
                                  "الايرانيين", "ايرانيا"])
def test_morphology_nisba_forms(form):
    assert form in nisba_forms(normalize_key("إيراني"))


def test_morphology_nisba_adverb_takes_no_article():
    assert "الايرانيا" not in nisba_forms("ايراني")


def test_morphology_nisba_forms_accept_a_definite_stem():
    assert nisba_forms("الايراني") == nisba_forms("ايراني")


@pytest.mark.parametrize("name, expected", [
    ("العراق", "للعراق"), ("الحركه", "للحركه"), ("ايران", None), ("ال", None),
])
def test_morphology_lam_contraction(name, expected):
    assert lam_contraction(name) == expected


@pytest.mark.parametrize("prefix, ok", [
    ("", True), ("و", True), ("ف", True), ("ب", True), ("ل", True), ("ك", True), ("وب", True),
    ("فل", True), ("ال", False), ("س", False), ("بو", False), ("وال", False),
])
def test_morphology_proclitics(prefix, ok):
    assert proclitic_ok(prefix) is ok


def test_morphology_article_helpers():
    assert strip_article("العراق") == "عراق"
    assert strip_article("ال") == "ال"
    assert with_article_variants("حشد الشعبي") == {"حشد الشعبي", "الحشد الشعبي"}


def test_morphology_is_arabic():
    assert is_arabic("Iran إيران") and not is_arabic("Iran 2024")


def test_morphology_lemma_forms_cover_inflection_and_clitics():
    forms = lemma_forms("مفخخ*")
    assert {"مفخخه", "مفخختين", "مفخخات"} <= forms
    assert "مفخخ" in forms
    with_clitics = clitic_forms("قذيفه")
    # conjunction, preposition and article; ل + ال contracts; a pronoun suffix turns ه into ت
    assert {"والقذيفه", "بقذيفه", "للقذيفه", "قذيفتها"} <= with_clitics
    assert "القذيفهها" not in with_clitics


def test_morphology_masculine_lemma_and_plain_word():
    assert {"مسلحون", "مسلحين", "مسلحان"} <= lemma_forms("مسلح+")
    assert lemma_forms("كمين") == {"كمين"}
    # no pronoun suffix when asked for none (phrase words, purpose nouns)
    assert "اغتياله" not in clitic_forms("اغتيال", pronouns=False)
    assert "لاغتيال" in clitic_forms("اغتيال", pronouns=False)

"""Arabic clitics and inflection, over normalised text (see kg.text.normalize).

Names in running text carry proclitics (و ف ب ل ك, and ل + ال contracts to لل) and
adjectives inflect for gender and number.  These helpers generate and check the forms
so the lexicon can list each name once.
"""
from __future__ import annotations

import re

ARTICLE = "ال"
#: Letter sequences allowed to stand glued before a noun: conjunctions و ف, prepositions
#: ب ل ك, and their combinations.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
#: Pronoun suffixes that may close a noun ("قواتها", "وكلاءها").
ENCLITICS = ("ها", "هم", "هما", "هن", "ه", "ي", "نا", "كم", "ك")
#: A word carrying a third-person object or possessive pronoun ("بمؤخرتها", "حليفتها",
#: "استهدفوهم"): never part of a name.
WITH_PRONOUN = re.compile(r"^\w{3,}(?:ها|هم|هما)$")


#: The kunya "أبو" (father of) declines: "أبي" as a complement ("مقتل أبي باقر",
#: "الملقب بأبي علي"), "أبا" as an object ("نعت أبا حسين"). Normalised forms.
KUNYA = "ابو"
KUNYA_OBLIQUE = ("ابي", "ابا")


def kunya_case_forms(name: str) -> set[str]:
    """The declined forms of a normalised name that opens with the kunya "أبو"."""
    head, _, rest = name.partition(" ")
    return {f"{case} {rest}" for case in KUNYA_OBLIQUE} if head == KUNYA and rest else set()


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def is_arabic(text: str) -> bool:
    """Whether any character is in the Arabic block (a regex scan: called per word)."""
    return _ARABIC_LETTER.search(text) is not None


def strip_article(word: str) -> str:
    return word[2:] if word.startswith(ARTICLE) and len(word) > 3 else word


def without_article(word: str) -> str:
    """The word or name without a leading article, however short what remains (a head
    noun or a name compared with its indefinite form: "القاعدة" -> "قاعدة")."""
    return word[2:] if word.startswith(ARTICLE) else word


def with_article_variants(name: str) -> set[str]:
    """A name with and without the article on its first word."""
    first, _, rest = name.partition(" ")
    bare = strip_article(first)
    forms = {name, (ARTICLE + bare) + ((" " + rest) if rest else "")}
    forms.add(bare + ((" " + rest) if rest else ""))
    return forms


def nisba_forms(stem: str) -> set[str]:
    """Inflected forms of a normalised nisba adjective stem ending in ي.

    إيراني -> إيراني, إيرانيه (ة), إيرانيون, إيرانيين, إيرانيات, each with and without ال,
    and the adverb إيرانيا.
    """
    stem = strip_article(stem)
    base = {stem, stem + "ه", stem + "ون", stem + "ين", stem + "ات", stem + "ان", stem + "تان", stem + "تين"}
    # The adverb "إيرانياً" (المدعومة إيرانياً, "Iran-backed") takes no article.
    return base | {ARTICLE + f for f in base} | {stem + "ا"}


def lam_contraction(name: str) -> str | None:
    """The form a name with the article takes after the preposition ل: العراق -> للعراق."""
    if name.startswith(ARTICLE) and len(name) > 3:
        return "لل" + name[2:]
    return None


def proclitic_ok(prefix: str) -> bool:
    """Whether ``prefix`` (the letters glued before a match in its word) are clitics."""
    return prefix in PROCLITICS


#: Endings a lemma written ``stem*`` takes: masculine and feminine, singular, dual and
#: sound plural, with the accusative alef (مفخخ* -> مفخخه، مفخختين، مفخخات، مفخخون ...).
_ADJECTIVE_ENDINGS = ("", "ه", "ات", "تان", "تين", "ون", "ين", "ان", "ا", "تا")
#: Endings a lemma written ``stem+`` takes: the sound masculine plural and dual.
_MASCULINE_ENDINGS = ("", "ون", "ين", "ان", "ا")
#: Proclitic chains a word may carry, the article included (وبال، فلل ...).
_PREFIXES = tuple(sorted({p + a for p in PROCLITICS for a in ("", ARTICLE)}, key=len))


def lemma_forms(lemma: str) -> set[str]:
    """The inflected forms a data-file lemma stands for, before clitics: ``stem*`` an
    adjective or noun in both genders and numbers, ``stem+`` a sound masculine noun, any
    other word itself."""
    if lemma.endswith("*"):
        return {lemma[:-1] + e for e in _ADJECTIVE_ENDINGS}
    if lemma.endswith("+"):
        return {lemma[:-1] + e for e in _MASCULINE_ENDINGS}
    return {lemma}


def clitic_forms(form: str, pronouns: bool = True) -> set[str]:
    """``form`` with the proclitics and the article glued before it (ل + ال contracts to
    لل) and, when ``pronouns``, an object or possessive pronoun after it."""
    bare = strip_article(form)
    out = set()
    for prefix in _PREFIXES:
        word = prefix + bare
        if prefix.endswith("لال"):
            word = prefix[:-3] + "لل" + bare   # ل + ال -> لل
        out.add(word)
    if pronouns:
        stem = bare[:-1] + "ت" if bare.endswith("ه") else bare   # قذيفه + ها -> قذيفتها
        out |= {p + stem + e for p in PROCLITICS for e in ("ه", "ها", "هم", "هما")}
    return out

"""A member of parliament named right after the bare title "النائب" / "النائبة": the Iraqi
and Lebanese press write "القيادي في X النائب فلان الفلاني" and "وقال النائب فلان الفلاني"
with the title alone before the name (round i13h27). "النائب" also opens a description
("النائب الأول"، "النائب عن كتلة ...") or a clause ("النائب يطالب الحكومة"), so a name is
read only in the shape a family name gives it: one or two indefinite words, then a
definite nisba-form family name ("الموسوي"، "الحسيني"), all joined by spaces. A given
name the lists know is read by :func:`kg.lang.ar.person_names.persons` first.
A rule of :mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

from kg.lang.ar.person_names import _bare_name_word, gap_is_space
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, strip_proclitic

#: The title, normalised ("نائب" with its hamza seat: "نايب").
_TITLES = frozenset({"النايب", "النايبه"})
#: Name words a definite word may follow inside the name ("عبد الأمير"، "أبو الفضل").
_BEFORE_DEFINITE = frozenset({"عبد", "ابو", "ام", "بن", "ابن"})


def _family_name(word: str) -> bool:
    """A definite nisba-form word ("الموسوي"): how most family names end."""
    return word.startswith("ال") and len(word) >= 5 and word.endswith("ي")


def deputies(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i, t in enumerate(toks[:-2]):
        if strip_proclitic(t.text, _TITLES) is None:
            continue
        words: list[Token] = []
        for k in range(i + 1, min(i + 5, len(toks))):
            w = toks[k]
            if not gap_is_space(ctx.text, toks[k - 1], w) or ctx.covered.overlaps(w.start, w.end) \
                    or not w.text.isalpha():
                break
            if w.text.startswith("ال") and not (words and words[-1].text in _BEFORE_DEFINITE):
                if words:
                    words.append(w)
                break
            if not _bare_name_word(w.text, words):
                break
            words.append(w)
        if 2 <= len(words) <= 4 and _family_name(words[-1].text):
            out.append(Candidate(words[0].start, words[-1].end, "Person", "ar.discover.deputy_name"))
    return out


deputies.cues = (_TITLES,)

"""Arabic given names, read by person discovery (a name opens with one) and by the
lexicon matcher (a bare family name right after one is another person's name).

The short list lives in cues.yaml, the longer one in given_names.yaml; names that are
also common words ("صباح", "وفاء") count only after a title.
"""
from __future__ import annotations

from kg.lang import language_data
from kg.lang.cues import cues
from kg.text.normalize import normalize_key

_C = cues("ar")
_MORE = language_data("ar", "given_names")

GIVEN = _C.given_names | frozenset(normalize_key(w) for w in _MORE.get("given_names") or ())
AMBIGUOUS_GIVEN = _C.ambiguous_given_names | frozenset(
    normalize_key(w) for w in _MORE.get("ambiguous_given_names") or ())
#: Two-word given names ("عز الدين", "حبيب الله"), as written.
COMPOUND_GIVEN = [*(language_data("ar", "cues").get("compound_given_names") or []),
                  *(_MORE.get("compound_given_names") or [])]
#: Given names with the article ("الفاتح"), read only right after a title chain.
DEFINITE_GIVEN = frozenset(normalize_key(w) for w in _MORE.get("definite_given_names") or ())

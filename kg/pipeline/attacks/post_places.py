"""A place named as what a person was in charge of is his post, not what was struck:
"the commander in charge of the X region was killed in a strike", "the official
responsible for the Y sector was killed". The person (unnamed there) was the
target; the region stands for his command. English only; the Arabic "المسؤول عن منطقة X"
is read by the person rules."""
from __future__ import annotations

#: The words right before the place (its article skipped), last word first.
_POSTS = (("of", "charge", "in"), ("for", "responsible"), ("over", "command"), ("of", "command"))


def post_place(items, j: int) -> bool:
    """Whether the mention at ``j`` is the place a person was in charge of."""
    k = j - 1
    if k >= 0 and items[k].word == "the":
        k -= 1
    for words in _POSTS:
        if k - len(words) + 1 < 0:
            continue
        if all(items[k - n].word == w for n, w in enumerate(words)):
            return True
    return False

"""A short name that names one actor only with its backer after it: "«الجيش الوطني»
الموالي لتركيا" / "الجيش الوطني المدعوم من تركيا" is the Syrian National Army, while
"الجيش الوطني" alone also names Libya's. The names, backers and actors are data
(cues.yaml ``backed_short_names``): identity, the backing itself is read by the
relation rules from the same words. A rule of :mod:`kg.lang.ar.discovery`."""
from __future__ import annotations

from kg.lang import language_data
from kg.lexicon import default_lexicon
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.lexicon_entities import add_lexicon_entity
from kg.pipeline.tokens import Token, cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

#: First word of the short name -> [(rest of its words, backer key, actor key)].
_NAMES: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
for _name, _backer, _actor in language_data("ar", "cues").get("backed_short_names") or ():
    _first, *_rest = normalize_key(_name).split()
    _NAMES.setdefault(_first, []).append((tuple(_rest), _backer, _actor))
#: Words of backing between the name and its backer: "الموالي لـ", "المدعوم من", "التابع لـ".
_BACKING = frozenset(normalize_key(w) for w in (
    "الموالي", "الموالية", "المدعوم", "المدعومة", "التابع", "التابعة", "المقرب", "المقربة"))


def backed_short_names(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in cue_positions(ctx.doc, ctx.sentence, _NAMES):
        found = strip_proclitic(toks[i].text, _NAMES)
        if not found:
            continue
        prefix, first = found
        for rest, backer, actor in _NAMES[first]:
            end = i + len(rest)
            if end >= len(toks) or tuple(t.text for t in toks[i + 1:end + 1]) != rest:
                continue
            if any(m.nstart < toks[end].end and toks[i].start < m.nend and not m.rule.startswith("generic.")
                   for m in ctx.sentence_mentions()):
                continue   # a longer name there ("الجيش الوطني السوري") stays
            if not _backed_by(ctx, toks, end + 1, backer):
                continue
            if actor not in ctx.doc.entities:
                add_lexicon_entity(ctx.doc, default_lexicon()[actor])
            entry = default_lexicon()[actor]
            out.append(Candidate(toks[i].start + len(prefix), toks[end].end, entry.cls,
                                 "ar.discover.backed_short_name", entity=actor, absorb=True))
            break
    return out


def _backed_by(ctx: Context, toks: list[Token], k: int, backer: str) -> bool:
    """Whether a backing word at ``k`` (or the next word) is followed within two words by
    a mention of ``backer``."""
    for j in (k, k + 1):
        if j < len(toks) and toks[j].text in _BACKING:
            for n in (j + 1, j + 2):
                if n < len(toks):
                    m = ctx.mention_at(toks[n].start)
                    if m is not None and m.entity == backer:
                        return True
            return False
    return False


backed_short_names.cues = (_NAMES,)

"""An alliance named only by description, then who leads it or whom it backs: "قوات
التحالف بقيادة الولايات المتحدة", "التحالف الذي تقوده واشنطن", "التحالف الإقليمي المؤيد
لسوريا" (rounds i13k33, i13l36). The
press names a coalition it has no name for this way; the phrase after it ("بقيادة X",
"المؤيد لـX", "الداعم لـX") says which one it is, so without it the bare "التحالف" stays
unread (it refers back to a named coalition). A coalition the lexicon knows ("التحالف
الدولي", "التحالف بقيادة السعودية") keeps its name, and when the document named one
coalition before, the description is that one. A rule of :mod:`kg.lang.ar.discovery`."""
from __future__ import annotations

from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic

_HEADS = frozenset({"التحالف"})
#: "قوات التحالف": the forces' noun is part of the name the press uses.
_FORCES = frozenset({"قوات"})
#: Words that say who leads it (then a state or group) or whom it backs (then "لـ" + actor).
_LED = frozenset({"بقياده", "بزعامه"})
#: The same said as a relative clause ("التحالف الذي تقوده واشنطن"): "الذي", then the verb
#: with the pronoun of the coalition attached, then the leader (round i13l36).
_WHICH = frozenset({"الذي"})
_LEADS_IT = frozenset({"تقوده", "يقوده", "تتزعمه", "يتزعمه", "قادته", "تزعمته"})
_BACKING = frozenset({"المويد", "الداعم", "المساند", "الموالي"})
_ACTORS = frozenset({"State", "Organization", "ArmedGroup", "Government", "Coalition"})
_MAX_ADJ = 2


def described_coalitions(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _HEADS):
        found = strip_proclitic(toks[i].text, _HEADS)
        if not found:
            continue
        start = toks[i].start + len(found[0])
        if not found[0] and i > 0 and strip_proclitic(toks[i - 1].text, _FORCES) \
                and ctx.text[toks[i - 1].end:toks[i].start] == " ":
            prefix = strip_proclitic(toks[i - 1].text, _FORCES)[0]
            start = toks[i - 1].start + len(prefix)
        k = i + 1
        while k < len(toks) and k - i <= _MAX_ADJ and _adjective(toks[k].text):
            k += 1
        end = toks[k - 1].end
        if k >= len(toks) or any(m.nstart < end and start < m.nend for m in ctx.sentence_mentions()):
            continue   # a known coalition ("التحالف الدولي") keeps its name
        cue = toks[k].text
        if cue in _LED and k + 1 < len(toks):
            m = ctx.mention_at(toks[k + 1].start)
        elif cue in _WHICH and k + 2 < len(toks) and toks[k + 1].text in _LEADS_IT:
            m = ctx.mention_at(toks[k + 2].start)
        elif cue in _BACKING and k + 1 < len(toks) and toks[k + 1].text.startswith("ل"):
            m = ctx.mention_at(toks[k + 1].start)
        else:
            continue
        if m is not None and m.cls in _ACTORS:
            out.append(Candidate(start, end, "Coalition", "ar.discover.described_coalition",
                                 entity=_named_before(ctx, start)))
    return out


def _named_before(ctx: Context, start: int) -> str | None:
    """The one coalition the document named before ("قوات التحالف الدولي ... مهمة التحالف
    بقيادة الولايات المتحدة"): the description refers back to it, it is no new alliance.
    None when there is none, or more than one to choose from (only names with the same
    head noun count)."""
    named = {m.entity for m in ctx.doc.mentions
             if m.cls == "Coalition" and m.nend <= start and m.rule != "ar.discover.described_coalition"
             and "التحالف" in ctx.text[m.nstart:m.nend]}   # same head noun ("محور المقاومة" is no antecedent)
    return named.pop() if len(named) == 1 else None


def _adjective(word: str) -> bool:
    """A definite relational adjective ("الإقليمي", "العسكري"), not a backing word."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4 and word not in _BACKING


# The words the rule starts from (see kg.pipeline.discovery).
described_coalitions.cues = (_HEADS,)

"""English cues for persons the lexicon does not know, named by what stands next to the
name rather than by a title before it: ", who", an apposition with a role noun, "was
appointed <role>", a kunya ("Abu Ali al-Sharifi") and a kunya in brackets after the full
name. Also the capitalised-run helpers the other English rules share.
Rules of :mod:`kg.lang.en.discovery`.
"""
from __future__ import annotations

from kg.lang.cues import cues
from kg.lang.en.possessive_units import unit_head
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

C = cues("en")
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "bint"}
_RANKS = {"rear", "vice", "admiral", "general", "brigadier", "brigade", "major", "colonel", "lieutenant", "captain",
          "sergeant", "commander", "gen", "maj", "col", "lt", "brig", "sheikh", "ayatollah"}


def _capitalised(ctx: Context, t: Token) -> bool:
    first = ctx.original(t.start, t.end)[:1]
    return first.isupper() or t.text.split("-")[0] in _PARTICLES or t.text[:1].isdigit()


def _titled(name: list[Token]) -> bool:
    """Whether a title word stands in the run. An honorific with the article after the
    first word is a family name ("Ahmad al-Haj Ali", "Hussein al-Sheikh"), not a title."""
    return any(t.text in C.titles and not (k and t.text.startswith(("al-", "el-")))
               for k, t in enumerate(name))


def _run(ctx: Context, toks: list[Token], i: int, step: int, limit: int = 4) -> list[Token]:
    """Capitalised tokens from i going forward (step 1) or backward (step -1)."""
    out = []
    j = i
    while 0 <= j < len(toks) and len(out) < limit:
        t = toks[j]
        prev = toks[j - step] if 0 <= j - step < len(toks) else None
        if prev is not None and out and ctx.text[min(prev.end, t.end):max(prev.start, t.start)].strip(" "):
            break
        if not _capitalised(ctx, t) or ctx.covered.overlaps(t.start, t.end) or t.text in C.stop_words \
                and not _given_name_opening(ctx, toks, j, out, step):
            break
        out.append(t)
        j += step
    return out if step > 0 else out[::-1]


def _given_name_opening(ctx: Context, toks: list[Token], j: int, run: list[Token], step: int) -> bool:
    """Whether the stop word at ``j`` is a capitalised given name opening the name after
    it ("Said Izadi"): the verb "said" is never written so before a name."""
    t = toks[j]
    if t.text not in C.ambiguous_given_names or not ctx.original(t.start, t.end)[:1].isupper():
        return False
    if step < 0:
        return bool(run)
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and ctx.text[t.end:nxt.start] == " " and ctx.original(nxt.start, nxt.end)[:1].isupper() \
        and nxt.text not in C.stop_words and not ctx.covered.overlaps(nxt.start, nxt.end)


def _given_name_mention(ctx: Context, toks: list[Token], name: list[Token]) -> Token | None:
    """The token before ``name`` when the lexicon read it as a party's name that is also a
    given name ("Fatah Sharif, the leader of ..."): it opens the person's name."""
    k = next((i for i, t in enumerate(toks) if t.start == name[0].start), 0) - 1
    if k < 0:
        return None
    t = toks[k]
    m = ctx.mention_at(t.start)
    if t.text in C.ambiguous_given_names and m is not None and m.kind == "name" \
            and m.nstart == t.start and m.nend == t.end and ctx.text[t.end:name[0].start] == " " \
            and ctx.original(t.start, t.end)[:1].isupper():
        return t
    return None


# Role nouns that also introduce a person's name: "Framework lawmaker Ibtisam al-Hilali",


def _who_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """Two or three capitalised words followed by ", who" or ", whom": "Fadel Ibrahim, who
    commanded ..." (an organisation would be "which")."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text not in ("who", "whom") or i < 2:
            continue
        gap = ctx.text[toks[i - 1].end:tok.start]
        if gap.strip() not in (",", ""):
            continue
        # four words: "Mohammed Hussein Moustafa Shechori, who ..."; a rank before the name
        # is no part of it
        name = _run(ctx, toks, i - 1, -1, 4)
        while name and (name[0].text in C.titles or name[0].text in _RANKS):
            name = name[1:]
        if len(name) >= 2 and not _titled(name):
            out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_who"))
    return out


#: Role nouns a person's apposition opens with: "Jafar al-Hussaini, a senior commander of
#: ...". Nouns an organisation takes ("faction", "group", "umbrella") are not among them.
_PERSON_ROLES = frozenset({"commander", "leader", "official", "member", "spokesman", "spokeswoman",
                           "spokesperson", "founder", "deputy", "lawmaker", "minister", "adviser",
                           "advisor", "figure", "operative", "cleric", "politician", "envoy",
                           "ambassador", "secretary-general", "chief", "head", "director", "chairman",
                           "negotiator", "coordinator", "representative", "president", "governor",
                           "mayor", "secretary", "commissioner", "officer", "fighter", "militant",
                           # a civil post in a body a group runs: "P, the general manager of X"
                           "manager"})
_ROLE_ADJECTIVES = frozenset({"senior", "top", "prominent", "leading", "high-ranking", "former", "late",
                              "veteran", "key", "military", "political", "field", "security", "founding",
                              "deputy", "powerful", "influential", "regional", "local", "longtime",
                              "media", "intelligence", "operations", "finance", "significant", "high-level",
                              # the tenure or rank of a post told after the name: "P, the current
                              # commander of ...", "P, a long-time adviser of ...", "the general
                              # manager of ..." (census of unseen English articles, issue 13)
                              "current", "acting", "interim", "long-time", "general", "prime"})


#: Where a photo caption places a person: "P (center), the leader of X".
_CAPTION_PLACES = frozenset({"left", "right", "center", "centre", "center-left", "center-right",
                             "centre-left", "centre-right"})


def _apposition_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """Two to five capitalised words, then ", (a/an/the)" and a person's role noun:
    "Jafar al-Hussaini, a senior commander of ...", "Ali Karaki, the group's top commander"
    is read by the relation rules; this finds the name the lexicon does not know."""
    out = []
    for i, tok in enumerate(toks):
        # The role may be told with a copula: "P was a senior commander in X" (an article
        # then; a group may be "a member" too, so that noun is left to the comma).
        copula = tok.text in ("was", "is") and i + 1 < len(toks) and toks[i + 1].text in ("a", "an") \
            and not ctx.text[toks[i - 1].end:tok.start].strip()
        # A photo caption's place may stand between the name and the comma: "P (center), the
        # leader of X".
        last = i - 1
        if i >= 3 and toks[last].text in _CAPTION_PLACES and ctx.text[toks[last].end:tok.start].strip() == "),":
            last -= 1
            if ctx.text[toks[last].end:toks[last + 1].start].strip() != "(":
                continue
        elif i < 2 or (ctx.text[toks[i - 1].end:tok.start].strip() != "," and not copula):
            continue
        if copula:
            tok = toks[i + 1]
        # "..., a senior commander of", "..., spokesman for" (the article may be left out)
        j = i + 1 + copula if tok.text in ("a", "an", "the", "another") else i
        while j < len(toks) and toks[j].text in _ROLE_ADJECTIVES:
            j += 1   # "a senior ..."
        group = ctx.mention_at(toks[j].start) if j < len(toks) else None
        if group is not None:
            # "a Kataib Hezbollah commander": the group named before the role noun
            j = next((k for k in range(j, len(toks)) if toks[k].start >= group.nend), len(toks))
            while j < len(toks) and toks[j].text in _ROLE_ADJECTIVES:
                j += 1   # "the PMF's media director"
            j = _department_words(ctx, toks, j, group)
        if j >= len(toks) or toks[j].text not in _PERSON_ROLES or (copula and toks[j].text == "member"):
            continue
        name = _run(ctx, toks, last, -1, 5)   # five: 'Mushtaq Talib "Abu Taqwa" al-Saidi'
        while name and (name[0].text in C.titles or name[0].text in _RANKS):
            name = name[1:]
        opening = _given_name_mention(ctx, toks, name) if name else None
        if opening is not None:
            name = [opening] + name
        if len(name) >= 2 and not _titled(name) \
                and not ctx.text[name[0].start - 1:name[0].start] in ("'", "’"):
            out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_apposition",
                                 absorb=opening is not None))
    return out


_APPOINTED = frozenset({"appointed", "named", "elected", "chosen", "picked", "promoted", "selected"})
_APPOINTED_AUX = frozenset({"was", "is", "been"})
_APPOINTED_FILLERS = frozenset({"as", "the", "a", "its", "their", "new", "next", "acting", "interim", "senior"})
#: Adverbs a sentence may open with, capitalised there only: no part of the name after them.
_OPENERS = frozenset({"yesterday", "today", "meanwhile", "earlier", "later", "separately", "however",
                      "also", "then", "now", "recently", "overnight", "moreover", "previously"})


def _appointed_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """Two to four capitalised words, then "was (has been) appointed / named / elected"
    and a person's role noun: "Ali al-Husseini was appointed commander of ...", "P was
    named the new spokesman". The role noun keeps out a group named to a list ("X was
    named a terrorist organisation")."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text not in _APPOINTED or i < 3 or toks[i - 1].text not in _APPOINTED_AUX:
            continue
        k = i - 1
        if toks[k].text == "been" and toks[k - 1].text in ("has", "had"):
            k -= 1
        j = i + 1
        while j < len(toks) and toks[j].text in _APPOINTED_FILLERS:
            j += 1
        while j < len(toks) and toks[j].text in _ROLE_ADJECTIVES:
            j += 1
        if j >= len(toks) or (toks[j].text not in _PERSON_ROLES and toks[j].text not in C.titles):
            continue
        name = _run(ctx, toks, k - 1, -1, 4)
        while name and (name[0].text in C.titles or name[0].text in _RANKS or name[0].text in _OPENERS):
            name = name[1:]
        if len(name) >= 2 and not _titled(name) \
                and ctx.text[name[-1].end:toks[k].start] == " ":
            out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_appointed"))
    return out


_appointed_persons.cues = (_APPOINTED,)

#: The heads of a group's department that are posts of a person (a "unit" or "council" is
#: a body): "X's foreign affairs chief", "X's commercial development director".
_DEPARTMENT_HEADS = frozenset({"chief", "head", "director", "official", "coordinator", "officer",
                               "spokesman", "spokeswoman", "spokesperson"})


def _department_words(ctx: Context, toks: list[Token], j: int, group) -> int:
    """Past one or two lower-case words naming a department after a group's possessive
    ("P, KH's foreign affairs chief"): the index of the head noun when one follows, else
    ``j`` unchanged (a group's possessive and any words are no person's role by themselves)."""
    if ctx.text[group.nend:group.nend + 1] not in ("'", "’") or j >= len(toks) or toks[j].text in _PERSON_ROLES:
        return j
    # A unit's own possessive may follow: "P, X's rocket unit's senior commander".
    for k in range(j, min(j + 5, len(toks))):
        t = toks[k]
        if t.text[-2:] in ("'s", "’s") and unit_head(t.text) and k > j:
            k += 1
            while k < len(toks) and toks[k].text in _ROLE_ADJECTIVES:
                k += 1
            return k if k < len(toks) and toks[k].text in _PERSON_ROLES else j
        if t.text in C.stop_words or _capitalised(ctx, t) or t.text[-2:] in ("'s", "’s"):
            break
    for k in range(j, min(j + 3, len(toks))):
        t = toks[k]
        if t.text in _DEPARTMENT_HEADS:
            return k if k > j else j
        if _capitalised(ctx, t) or t.text in C.stop_words or ctx.covered.overlaps(t.start, t.end) \
                or ctx.text[toks[k - 1].end:t.start] != " " and k > j:
            return j
    return j

#: Verbs that give someone a post with "as" after the name: "elected P as president".
_APPOINTING = _APPOINTED | {"chose", "approved", "endorsed", "confirmed", "identified", "described"}
_AS_FILLERS = _APPOINTED_FILLERS | {"country's", "group's", "movement's", "party's", "his", "her"}


def _appointed_as_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """Two to four capitalised words between a verb of appointing (or identifying) and "as"
    with a person's role noun: "parliament chose Karim Salih as the country's new
    president", "identified P as the leader of X". The
    role noun keeps out a group named to a list ("named Hamas as a terrorist group")."""
    out = []
    for i, tok in enumerate(toks[:-3]):
        if tok.text not in _APPOINTING:
            continue
        name = _run(ctx, toks, i + 1, 1, 4)
        while name and (name[0].text in C.titles or name[0].text in _RANKS):
            name = name[1:]
        j = i + 1 + len(_run(ctx, toks, i + 1, 1, 4))
        if len(name) < 2 or j >= len(toks) or toks[j].text != "as" \
                or ctx.text[name[-1].end:toks[j].start] != " ":
            continue
        j += 1
        while j < len(toks) and (toks[j].text in _AS_FILLERS or toks[j].text in _ROLE_ADJECTIVES):
            j += 1
        if j < len(toks) and (toks[j].text in _PERSON_ROLES or toks[j].text == "prime") \
                and not _titled(name):
            out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_appointed_as"))
    return out


_appointed_as_persons.cues = (_APPOINTING,)


def _kunya_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A name opening with a kunya, "Abu Ali al-Sharifi": "Abu" and two or more capitalised
    names are a person with or without a title. A shorter run may be a place ("Abu Dhabi")
    and is left to the lexicon; a run inside a longer name ("Kataib Abu X") or before an
    organisation or place head ("Abu X Brigades") is no person."""
    out = []
    heads = {**C.org_heads, **C.place_heads}
    for i, tok in enumerate(toks):
        if tok.text != "abu" or not ctx.original(tok.start, tok.end).startswith("Abu") \
                or ctx.covered.overlaps(tok.start, tok.end):
            continue
        if i and _capitalised(ctx, toks[i - 1]) and not ctx.text[toks[i - 1].end:tok.start].strip():
            continue
        name = _run(ctx, toks, i, 1, 4)
        if len(name) < 3:
            continue
        k = i + len(name)
        if k < len(toks) and toks[k].text in heads:
            continue
        out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.kunya"))
    return out


_kunya_persons.cues = (frozenset({"abu"}),)


def _bracketed_kunya_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """Capitalised names right before a kunya in brackets, "Mushtaq Talib al-Saidi (Abu
    Taqwa)": the press gives a militia commander's kunya after his full name, so the
    words before it are a person's name whatever they are."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text != "abu" or i < 2 or ctx.text[toks[i - 1].end:tok.start].strip() != "(":
            continue
        kunya = _run(ctx, toks, i, 1, 3)
        if len(kunya) < 2 or ")" not in ctx.text[kunya[-1].end:kunya[-1].end + 2]:
            continue
        name = _run(ctx, toks, i - 1, -1, 4)
        while name and (name[0].text in C.titles or name[0].text in _RANKS):
            name = name[1:]
        if len(name) >= 2 and not _titled(name):
            out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_kunya_bracketed"))
    return out


_bracketed_kunya_persons.cues = (frozenset({"abu"}),)
#: Verbs that name the dead or the wounded: "identified the deceased as P", "named him as P".
_IDENTIFIED = frozenset({"identified", "named"})
_AS = frozenset({"as"})
#: Who names in a relative clause after the person named: "a commander it named as P".
_NAMERS = frozenset({"it", "they"})
#: What is identified must be people: "the deceased", "him", "the two fighters".
_PERSON_OBJECTS = frozenset({"deceased", "dead", "him", "her", "them", "victim", "victims", "man", "woman",
                             "men", "women", "soldier", "soldiers", "commander", "commanders", "fighter",
                             "fighters", "slain", "killed", "body", "bodies", "officer", "officers",
                             "attacker", "attackers", "gunman", "gunmen", "suspect", "suspects", "bomber",
                             "member", "members", "leader", "leaders"})


#: Who stands beside the first person named: "and his deputy as Q".
_COMPANIONS = frozenset({"deputy", "aide", "assistant", "companion", "bodyguard", "brother", "son", "driver",
                         "second", "other"})


def _identified_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"The group identified the deceased as Mushtaq Talib al-Saeedi", "police named him
    as P": two to four capitalised words after "as", within four words of the verb, are
    the person the text names."""
    out = []
    named = False   # an earlier "as P" of the same verb in this sentence
    for i, tok in enumerate(toks):
        verb = next((k for k in range(i - 1, max(-1, i - 5), -1) if toks[k].text in _IDENTIFIED), None)
        before = False
        # "identified the commander as P and his deputy as Q": the verb's second object,
        # after "and", takes the same naming.
        if verb is None and named and tok.text == "as":
            j = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].text == "and"), None)
            if j is not None and j + 1 < i and toks[i - 1].text in _PERSON_OBJECTS | _COMPANIONS:
                verb, before = j, True
        # The person may stand before the verb of a relative clause: "a unit commander it
        # named as P", "two fighters whom they identified as P and Q".
        before = before or verb is not None and verb >= 2 and toks[verb - 1].text in _NAMERS \
            and toks[verb - 2 - (toks[verb - 2].text in ("whom", "that"))].text in _PERSON_OBJECTS
        # ... or be the passive's subject: "the slain official was identified as P".
        before = before or verb is not None and verb >= 2 and toks[verb - 1].text in ("was", "were") \
            and toks[verb - 2].text in _PERSON_OBJECTS | {"official", "officials"}
        if tok.text != "as" or verb is None or not (
                before or any(t.text in _PERSON_OBJECTS for t in toks[verb + 1:i])):
            continue   # "identified the drone as ...", "named the ship as ..." name no person
        name = _run(ctx, toks, i + 1, 1, 4)
        while name and (name[0].text in C.titles or name[0].text in _RANKS):
            name = name[1:]
        if len(name) >= 2 and not _titled(name) \
                and not ctx.covered.overlaps(name[0].start, name[-1].end):
            out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_identified"))
            named = True
    return out


_identified_persons.cues = (_AS,)

# A sentence without a person's role noun cannot hold such an apposition (one set test).
_apposition_persons.cues = (_PERSON_ROLES,)

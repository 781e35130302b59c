"""What a mention is, read from the words beside it, for the target rules
(:mod:`kg.pipeline.attacks.targets`): a quarter's name, a ship's flag, a described person, a
body of water, a listed target's head noun, a speaker after a comma, forces named by a
pronoun, a weapon set aside between commas, a stance prefix."""
from __future__ import annotations

from kg.lang.cues import cues
from kg.lexicon import default_lexicon
from kg.pipeline.attacks.cues import ATTACKERS, AttackCues, attack_cues
from kg.text.normalize import normalize_key


def in_neighbourhood(items, j, c: AttackCues) -> bool:
    """"استهدفت حي القائم": a town's name right after a quarter noun names that quarter,
    not the lexicon town of the same name (which may lie in another country)."""
    m = items[j].mention
    prev = items[j - 1].word if j > 0 else None
    return bool(m is not None and m.cls == "Place" and prev and normalize_key(prev) in c.neighbourhood_heads)


def flag_of(items, j, c: AttackCues) -> bool:
    """The state at j is the flag a ship flies: a flag word in the three words before it
    ("ترفع علم ليبيريا", "flying the flag of Panama", "flagged in Malta")."""
    return items[j].mention.cls == "State" and any(
        x.word and c.word(x.word, c.flag_words) for x in items[max(0, j - 3):j])


def person_described(items, j, c: AttackCues) -> int | None:
    """The index of the person whose description names the group at j: the person's name
    right after the group when a noun of membership stands before it ("القيادي في X فلان"),
    or after a noun of membership right after it ("X commander Fulan")."""
    def member_noun(word):
        return bool(word) and (c.word(word, c.members) is not None or
                               word.startswith("ال") and c.word(word[2:], c.members) is not None)

    after = j + 1
    if after < len(items) and member_noun(items[after].word):
        after += 1
    elif not any(member_noun(x.word) for x in items[max(0, j - 2):j]):
        return None
    if after < len(items) and items[after].mention is not None and items[after].mention.cls == "Person":
        return after
    return None


def is_water(key: str | None) -> bool:
    """Whether a target is a body of water ("البحر الأحمر", "Gulf of Aden"): a place no
    state holds whose name is headed by a sea word. Ships are struck there; the sea
    itself never is, so an attack left with it as target named nothing it struck."""
    lexicon = default_lexicon()
    if key is None or key not in lexicon:
        return False
    entry = lexicon[key]
    if entry.cls != "Place" or entry.country is not None:
        return False
    # The entry is named in both languages, so both languages' sea words apply.
    heads = attack_cues("ar").water_heads | attack_cues("en").water_heads
    names = [n for n in (entry.ar, entry.en) if n]
    return any(normalize_key(w) in heads for n in names for w in n.lower().split()[:2])


def listed_head(word: str, c: AttackCues) -> bool:
    """A noun naming what a listed target is, past the first target: "a US destroyer and
    the X vessel" (English: the first target's own noun too), "ميناء X وسفينة Y" (Arabic:
    joined by و, so it opens the next target)."""
    if c.lang == "ar" and not (word[:1] == "و" and len(word) > 3):
        return False
    return c.word(word, c.target_heads) is not None


def speaker_after_comma(items, j, c: AttackCues, text: str) -> bool:
    """A name after a comma and right before a verb of saying ("..., the IDF said") is who
    told the news. The comma is read from the text: English items drop "the" and the
    comma before it."""
    nxt = items[j + 1].word if j + 1 < len(items) else None
    if items[j].mention is None or not nxt or nxt.lower() not in cues(c.lang).speech_verbs:
        return False
    gap = text[items[j - 1].end:items[j].start]
    return items[j].comma or "," in gap or "،" in gap


def pronoun_forces_owner(items, passive: int, c: AttackCues) -> str | None:
    """"وشنت الولايات المتحدة الضربات بعد تعرض قواتها لقصف": a noun of forces with a
    pronoun suffix right after the verb of undergoing is the forces of the actor named
    last before it in the sentence (not a state's adjective)."""
    word = items[passive + 1].word if passive + 1 < len(items) else None
    if not word or not any(word.endswith(suffix) and c.word(word[:-len(suffix)], c.own_forces)
                           for suffix in ("هم", "ها", "ه")):
        return None
    # Not one inside a prepositional phrase ("ضربات على مواقع للفصائل"): what was struck.
    return next((items[j].mention.entity for j in range(passive - 1, -1, -1) if items[j].mention is not None
                 and items[j].mention.cls in ATTACKERS and items[j].mention.kind != "nisba"
                 and not items[j].clitic and not (j and items[j - 1].word and c.word(items[j - 1].word, c.target_preps))),
                None)


def instrument_aside(items, start: int, j: int, c: AttackCues) -> bool:
    """"استهدفت، بمسيرة، قاعدة حرير": the weapon set between two commas right after the
    verb is an aside on how; the object follows the second comma."""
    return c.lang == "ar" and items[start].comma and 0 < j - start <= 2 and all(
        it.mention is not None and it.mention.cls == "Weapon" for it in items[start:j])


def stance(items, j, c: AttackCues) -> bool:
    """"pro-Iran militia groups": a name glued by a hyphen to a stance prefix says whom
    the group stands with or against; the group, not that state, was struck."""
    glued = items[j].clitic.lower()
    if glued.endswith("-") and glued[:-1] in c.stance_prefixes:
        return True
    prev = items[j - 1] if j > 0 else None
    return bool(prev is not None and prev.word and prev.word in c.stance_prefixes
                and 0 <= items[j].start - prev.end <= 1)

"""Roles of an event read without a role frame (events.py): from any mention, generic
actors included ("مسلحون مجهولون", "الشرطة العراقية", "civilians").

* clash: both sides after "بين" ("اشتباكات بين X و Y"), or the sentence's actor and the
  one after "مع"; both are attacker and target (``mutual``);
* attacker: a state's adjective on a cue or its weapon ("غارة أميركية", "صاروخ
  إسرائيلي"), an agent phrase ("من قبل X", "على يد X", "شنه X", "by X"), the subject of a
  cue verb right after it ("اغتال مسلحون ...") or right before it in its clause;
* target: the object after a cue (after its subject) or a target preposition, the
  people killed or wounded ("مقتل X", "X قتلوا"), else a described group before the cue;
  never a state after an origin word ("قادمة من لبنان"), a place joined to a place
  after a locative ("في سوريا والأردن") or a responder who rushed to the scene;
* place: the first place after a locative ("في بغداد", "قرب الموصل").
"""
from __future__ import annotations

from kg.pipeline.attacks.items import Item
from kg.pipeline.attacks.cues import AttackCues
from kg.pipeline.attacks.cue_owners import AGENT_CLASSES
from kg.pipeline.attacks.event_role_mentions import (
    COMPLEMENTIZERS, ROLE_REACH, is_count as _is_count, role_mention as _role_mention)
from kg.pipeline.attacks.event_attackers import read_attacker as _attacker
from kg.pipeline.attacks.event_targets import read_target as _target


def read_roles(items: list[Item], cues: list[int], clash: int | None, casualties: list[int],
               c: AttackCues, speaker: str | None = None, numbers=frozenset(),
               killing=frozenset(), sites=frozenset()) -> tuple[str | None, str | None, bool]:
    """(attacker, target, mutual) of the event whose cue words stand at ``cues``;
    ``speaker``: who the sentence reports as saying it (an agent when it says "it
    killed"); ``numbers``: the number words; ``killing``: the killing verbs that can be
    active ("قتلت"), unlike "أصيب"; ``sites``: the items naming a state by a site or ship
    of its own ("القاعدة الأميركية"), which can be struck but strike nothing."""
    if clash is not None:
        sides = _clash_sides(items, clash)
        if sides:
            return sides[0], sides[1], True
    # "قتل جنديان", "جنديان قتلا": around a killing verb stand its victims, not its agent;
    # a count right after it makes it active ("قتلت القوات 11 مسلحا", "X قتلت 5 مسلحين").
    active = [k for k in casualties if k + 1 < len(items) and _is_count(items[k + 1], numbers)
              and items[k].word in killing]
    # ... and so does a pronoun subject: "قال الحلف إنه قتل عددا من ..." (the speaker killed).
    active += [k for k in casualties if k > 0 and k not in active and items[k].word in killing
               and items[k - 1].word and c.word(items[k - 1].word, c.pronoun_complementizers)]
    # ... or after the verb's own subject: "قتلت قوات الأمن ستة مسلحين".
    verb_first = [k for k in casualties if k + 2 < len(items) and items[k].word in killing
                  and ((_role_mention(items[k + 1], AGENT_CLASSES) and _is_count(items[k + 2], numbers))
                       or armed_subject_then_object(items[k + 1], items[k + 2]))]
    # ... or after armed men told before it with its object after it: "مسلحون قتلوا ضابطا".
    verb_first += [k for k in casualties if 0 < k < len(items) - 1 and items[k].word in killing
                   and k not in verb_first and armed_subject_then_object(items[k - 1], items[k + 1])]
    agents_at = [t for t in cues if t not in casualties or t in active or t in verb_first]
    attacker, subject_at = _attacker(items, agents_at + [k for k in active + verb_first if k not in agents_at], c,
                                     cues[0], speaker, frozenset(active), numbers, frozenset(casualties), sites)
    target = _target(items, cues, subject_at, casualties, c, attacker)
    return attacker, target, False



def _clash_sides(items: list[Item], t: int) -> tuple[str, str] | None:
    """"اشتباكات بين X و Y", "clashes between X and Y"; "اشتباكات مع X" with the
    sentence's other actor."""
    for j in range(t + 1, min(len(items), t + ROLE_REACH)):
        word = items[j].word
        if word in ("بين", "between"):
            sides = [m.entity for it in items[j + 1:j + 1 + ROLE_REACH]
                     if (m := _role_mention(it, AGENT_CLASSES | {"Civilians"}))]
            sides = list(dict.fromkeys(sides))
            return (sides[0], sides[1]) if len(sides) >= 2 else None
        if word in ("مع", "with"):
            other = next((m.entity for it in items[j + 1:j + 4] if (m := _role_mention(it, AGENT_CLASSES))), None)
            # The side before "مع" within the reported content: a speaker before "إن" ("ذكر
            # التحالف أن ثلاثين متمردا قتلوا في مواجهات مع ...") reports the clash.
            start = next((k + 1 for k in range(j - 1, -1, -1) if items[k].word in COMPLEMENTIZERS), 0)
            mine = next((m.entity for it in items[start:j] if (m := _role_mention(it, AGENT_CLASSES))
                         and m.entity != other and it.clitic[-1:] not in ("ل", "ب")), None)
            return (mine, other) if other and mine else None
    return _sides_before(items, t)


#: Items between the second side and the clash word ("X and Y have been engaged in daily
#: cross-border fire": the auxiliaries, the verb and the adjectives).
SIDES_GAP = 7


def _sides_before(items: list[Item], t: int) -> tuple[str, str] | None:
    """"X and Y clashed": two sides joined by "and" as the subject of the clash word,
    each striking the other (no "between" or "with" after it). English only: an Arabic
    verb stands before its subject."""
    for k in range(t - 1, max(-1, t - 1 - SIDES_GAP), -1):
        m = _role_mention(items[k], AGENT_CLASSES)
        if m is None:
            if items[k].mention is not None or items[k].comma:
                return None
            continue
        if k < 2 or items[k - 1].word != "and":
            return None
        first = _role_mention(items[k - 2], AGENT_CLASSES)
        return (first.entity, m.entity) if first is not None and first.entity != m.entity else None
    return None


#: Described subjects that kill: gunmen, soldiers, police (the victims of a passive are
#: anyone; an object after one of these tells whom they killed).
_ARMED_GENERIC = frozenset({"UnidentifiedArmedGroup", "SecurityForces"})
#: Oblique plurals after such a subject that describe it or others, not its object
#: ("قتل مسلحون تابعين لـ ...", "وآخرين").
_NOT_OBJECTS = frozenset({"تابعين", "اخرين", "منتمين"})


def armed_subject_then_object(subject: Item, after: Item) -> bool:
    """"قتل مسلحون ضابطا", "قتل جنود مدنيين", "قتل مسلحون عنصرين من الشرطة": armed men
    the text describes right after a killing verb, then the people they killed (another
    described or a named person, or a dual or plural in the oblique case): the verb is
    active. The passive "قُتل مسلحون" has no object after its subject."""
    m = subject.mention
    if m is None or m.kind != "generic" or m.cls not in _ARMED_GENERIC or subject.clitic or after.clitic:
        return False
    if after.mention is not None:
        other = after.mention
        return (other.kind == "generic" and other.entity != m.entity) or (other.kind == "name" and other.cls == "Person")
    word = after.word or ""
    return len(word) > 4 and word.endswith("ين") and not word.startswith("ال") and word not in _NOT_OBJECTS


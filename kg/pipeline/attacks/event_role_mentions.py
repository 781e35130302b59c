"""What can play a role in an event read without a role frame (event_roles.py): the
classes of mention that can be a side or a victim, and the small tests on a mention
shared by the attacker and target readers (a count, a state named by its people, an
owner after "تابعة لـ", a launch point after "من") — split from event_roles.py by role."""
from __future__ import annotations

from kg.model import Mention
from kg.pipeline.attacks.cues import PLACES, AttackCues
from kg.pipeline.attacks.items import Item
from kg.pipeline.attacks.event_cues import event_cues

#: Mentions that can play a role: named actors and the generic ones (gunmen, police ...).
ROLE_CLASSES = {"Person", "Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor",
                "GenericActor", "UnidentifiedArmedGroup", "SecurityForces", "Civilians",
                "MilitaryBase", "Facility", "Vessel"}
#: Who is hurt: the people a casualty word counts.
VICTIM_CLASSES = {"Person", "GenericActor", "SecurityForces", "Civilians", "UnidentifiedArmedGroup",
                  "ArmedGroup"}
#: Words that open reported content: the actor before them is the speaker.
COMPLEMENTIZERS = {"ان", "بان", "وان", "انه", "انها", "انهم", "that"}
ROLE_REACH = 8


def is_count(it: Item, numbers) -> bool:
    return bool(it.word) and (it.word.isdigit() or it.word in numbers)


def role_mention(it: Item | None, classes=ROLE_CLASSES) -> Mention | None:
    m = it.mention if it is not None else None
    if m is None or m.cls not in classes or m.kind == "nisba":
        return None
    return m


def proxy(it: Item) -> Mention | None:
    """A state named by its people ("جنود إثيوبيين", "Afghan soldiers"): people it can
    lose, so a victim of a casualty word."""
    m = it.mention
    return m if m is not None and m.cls == "State" and m.kind == "proxy" else None


def owned(items: list[Item], j: int, c: AttackCues) -> bool:
    """The mention at j follows an owner marker: "تابعة لـX", "belonging to X"."""
    prev = items[j - 1].word if j else None
    return bool(prev) and c.word(prev, c.owner_markers) is not None and \
        (items[j].clitic[-1:] == "ل" or c.lang == "en")



def origin(items: list[Item], j: int, c: AttackCues) -> bool:
    """The state at j is named after an origin word ("من لبنان", "from Lebanon"): where a
    drone or rocket came from; by its name only, not its people ("ثلاثة من الجنود")."""
    m = items[j].mention
    return j > 0 and m is not None and m.cls in PLACES and m.kind == "name" and \
        items[j - 1].word in event_cues(c.lang).origins


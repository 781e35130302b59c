"""The slots of relation rules beyond their own names, read from the document around a
match (:class:`kg.pipeline.relations.RelationExtractor`).

Besides slot names an emit may use:

* ``PREV``: the nearest actor mentioned before the match in the sentence (the antecedent
  of "التي تدعمها", "لأنها تدعم"); when none stands before it, the previous sentence's
  subject (see :func:`sentence_subject`): "أعلنت الجماعة ... . وقالت، عبر ناطقها ...";
* ``PREVGROUP``: the same, counting only groups (a role "فيها" or a body "مكتبها" is a
  group's: "وصل وفد الحركة إلى القاهرة يتقدمه رئيس مكتبها" is not Cairo's);
* ``PREVARMED``: the armed group a definite backed noun refers back to ("Hezbollah ...
  the Iran-backed movement"): the armed group named last before the match in the
  sentence, else in one of the two sentences before (collectives are no referent);
* ``PREVONE``: as ``PREV``, skipping collectives and generic nouns, for a singular pronoun
  ("وله صلات بفصائل مسلحة وهو ألد معارضي X": "he" is not the factions);
* ``DEADGROUP``: the group whose members' deaths the text counted before naming them
  (kg/pipeline/killed_members.py);
* ``PREVPERSON``: the person a "he" / "she" stands for: the last person named before the
  match in the sentence, else the previous sentence's first person;
* ``SUBJ``: the subject of the sentence up to the match (see :func:`sentence_subject`), else
  the previous sentence's: whose "its / their spokesman" is;
* ``FOCUS``: the state the document is about (the most mentioned), for unqualified
  titles such as "رئيس الوزراء" (``FOCUS.parliament``: its parliament in the lexicon);
* ``ARMY``: the state army named last before ("The Lebanese army ... . The army chief
  P": :func:`kg.pipeline.relation_filters.army_named_before`);
* ``SPEAKER``: who the reported speech around the match is attributed to ("ونفت طهران
  أن تكون تدعم ...": Tehran is who would support);
* ``ROLE``: an organisation named earlier with the same role ("المتحدث العسكري باسم
  جماعة الحوثي" ... "المتحدث العسكري يحيى سريع");
* ``G.backer``: the backer read off a collective mention in slot G ("an umbrella of
  Iran-backed groups": Iran).
* ``U.unit``: the unit named before whose name has the plain word captured as U
  ("آمر اللواء فلان" a sentence after "اللواء 45");
* ``G.state``: the state the body in slot G belongs to ("Iraq's parliament": Iraq);
* ``G.government``: the government the lexicon names after the group in slot G ("رئيس
  حكومتهم" after the Houthis: "حكومة الحوثيين");
* ``N.led``: what the person in slot N heads by the relations read so far (this
  sentence's earlier rules, earlier sentences): "N was succeeded by P" makes P head
  what N headed.
"""
from __future__ import annotations


from kg.model import Doc, Mention
from kg.pipeline.focus import focus_state
from kg.pipeline.killed_members import dead_members_group
from kg.pipeline.patterns import slot_mentions
from kg.pipeline.relation_filters import army_named_before, government_of, home_state, parliament_of
from kg.pipeline.unit_heads import unit_named_before

ACTORS = {"Person", "Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor"}
_GROUPS = {"Organization", "ArmedGroup", "Coalition", "Government"}
_ROLE_TTL = 6   # sentences a role named without its holder stays open


def sentence_subject(mentions: list[Mention]) -> str | None:
    """The actor a sentence is about, for a pronoun in the next one: its first group or
    state named (news sentences open with the verb, then the subject), else its first
    person. A nisba is no subject ("الحكومة العراقية")."""
    actors = [m for m in sorted(mentions, key=lambda m: m.nstart) if m.cls in ACTORS and m.kind != "nisba"]
    groups = [m for m in actors if m.cls != "Person"]
    first = groups[0] if groups else (actors[0] if actors else None)
    return first.entity if first else None


def backer_of(m: Mention) -> str | None:
    """The backer of a backed collective ("الفصائل العراقية المدعومة من إيران": Iran).
    Its node is one per backer, keyed "<backer>_backed_armed_groups" (see collectives);
    the mention's ``ref`` may hold the nisba instead (العراقية), who is no backer."""
    if m.kind != "collective" or m.rule != "collective.backed":
        return None
    suffix = "_backed_armed_groups"
    return m.entity[:-len(suffix)] if m.entity.endswith(suffix) else None


def fill_slot(doc, ms, match, slot, role, roles, sentence, speaker=None, raw=None) -> list[str]:
    if slot == "SPEAKER":
        return [speaker] if speaker else []
    if slot in ("PREV", "PREVGROUP", "PREVONE"):
        kinds = _GROUPS if slot == "PREVGROUP" else ACTORS
        skip = ("nisba", "collective", "generic") if slot == "PREVONE" else ("nisba",)
        before = [m for m in ms.mentions_in(0, match.start()) if m.cls in kinds and m.kind not in skip]
        if before:
            return [before[-1].entity]
        # Rare (no antecedent in the sentence): derived here, not kept on this shared
        # component between sentences, which threads of a Dask worker may run at once.
        previous = [m for m in doc.mentions if m.sentence == sentence.index - 1 and m.cls in kinds]
        if slot == "PREVONE":
            # "ويرتبط P بعلاقات مع إيران ... . وهو": the one named first, person or not,
            # is whom the singular pronoun continues with.
            named = sorted((m for m in previous if m.kind not in skip), key=lambda m: m.nstart)
            return [named[0].entity] if named else []
        subject = sentence_subject(previous)
        return [subject] if subject else []
    if slot == "PREVARMED":
        return _armed_named_before(doc, ms, match, sentence)
    if slot == "DEADGROUP":   # "مقتل قياديين في X" ... "القتيلان هما A وB" (killed_members.py)
        return dead_members_group(doc, sentence, ms, match.start())
    if slot == "PREVPERSON":
        # "He was later succeeded by P": the person named last before the pronoun in
        # its sentence, else the first person of the previous one (its subject).
        before = [m for m in ms.mentions_in(0, match.start()) if m.cls == "Person"]
        if before:
            return [before[-1].entity]
        previous = sorted((m for m in doc.mentions if m.sentence == sentence.index - 1
                           and m.cls == "Person"), key=lambda m: m.nstart)
        return [previous[0].entity] if previous else []
    if slot == "SUBJ":
        # "its / their spokesman": the subject of the sentence (its first group or
        # state named before the match), not the nearest actor; else the previous
        # sentence's subject.
        subject = sentence_subject([m for m in ms.mentions_in(0, match.start()) if m.cls in ACTORS])
        if subject is None:
            subject = sentence_subject([m for m in doc.mentions if m.sentence == sentence.index - 1])
        return [subject] if subject else []
    if slot == "ARMY":   # "the army chief P": the state army named last before
        army = army_named_before(doc, sentence.index, ms.to_normalized(match.start()),
                                 past_groups=bool(raw and raw.get("army_past_groups")))
        return [army] if army else []
    if slot == "FOCUS":
        state = focus_state(doc)
        return [state] if state else []
    if slot == "ROLE":
        held = roles.get(role)
        if held and sentence.index - held[1] <= ((raw or {}).get("role_ttl") or _ROLE_TTL):
            return [held[0]]
        return []
    if slot.endswith(".unit"):
        # "وقال آمر اللواء فلان": the unit named before with that head noun.
        unit = unit_named_before(doc, match.group(slot[:-len(".unit")]) or "", sentence.index,
                                 ms.to_normalized(match.start()))
        return [unit] if unit else []
    if slot.endswith(".state"):
        # "Iraq's parliament elected P as the country's ...": the state the body in
        # the slot belongs to (kg.pipeline.relation_filters.home_state).
        return [s for m in slot_mentions(ms, match, slot[:-len(".state")])
                if (s := home_state(doc, m.entity))]
    if slot.endswith((".government", ".parliament")):
        # "رئيس حكومتهم": the government the group named before runs, by its name; "رئيس
        # البرلمان P": the parliament of the state (relation_filters, the lexicon's identity)
        base, _, part = slot.rpartition(".")
        body = government_of if part == "government" else parliament_of
        return [g for k in fill_slot(doc, ms, match, base, role, roles, sentence, speaker) if (g := body(doc, k))]
    if slot.endswith(".backer"):
        # "an umbrella of Iran-backed groups": the backer named inside a collective
        # mention ("فصائل موالية لإيران") is read off the mention itself.
        return [b for m in slot_mentions(ms, match, slot[:-len(".backer")]) if (b := backer_of(m))]
    return [m.entity for m in slot_mentions(ms, match, slot)]


def _armed_named_before(doc: Doc, ms, match, sentence) -> list[str]:
    """The armed group named last before the match, in its sentence or the two before."""
    def named(m: Mention) -> bool:
        return m.cls == "ArmedGroup" and m.kind not in ("collective", "generic")
    tokens = ms.placed_mentions(0, match.start())
    before = [(at, m) for at, m in tokens if named(m)]
    if before:
        last_at, last = before[-1]
        between = [m for at, m in tokens if at > last_at and m.cls in ("ArmedGroup", "Organization", "Coalition")]
        # nothing group-like named after it: en.supports.backed_group_antecedent reads it
        return [last.entity] if between else []
    for back in (1, 2):
        earlier = sorted((m for m in doc.mentions if m.sentence == sentence.index - back and named(m)),
                         key=lambda m: m.nstart)
        if earlier:
            return [earlier[-1].entity]
    return []

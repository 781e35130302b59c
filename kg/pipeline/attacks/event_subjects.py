"""Told as done by its subject (split from events.py by role): a strong cue opening the
sentence with its subject after it, unnamed armed men right before a verb of attacking,
or launching the attack noun; and the item at a text offset."""
from __future__ import annotations

from kg.pipeline.attacks.items import Item
from kg.pipeline.attacks.event_cues import EventCues, Hit, matches
from kg.pipeline.attacks.event_roles import AGENT_CLASSES


def verb_first(items: list[Item], toks, hit: Hit, ec: EventCues) -> bool:
    """A strong cue opening the sentence with its subject right after it: "خطف مسلحون
    خمسة عمال", "وقصفت الطائرات": a finite verb even where its unvocalised form is also
    a verbal noun (خطف، قصف); a weak one ("هاجم مسلحون قرية") only with armed men as
    that subject."""
    opens = hit.start == 0 or hit.start == 1 and toks[0].text in ec.breaks   # "كما خطف"
    if not opens or hit.end >= len(toks):
        return False
    k = item_at(items, toks[hit.end].start)
    m = items[k].mention
    # A weak cue ("هاجم") also criticises; with armed men as its subject it is force.
    # Armed men describing a name after them ("هاجم المتمردون الحوثيون") leave the
    # named group to the role frames.
    if not hit.strong and (m is None or m.cls != "UnidentifiedArmedGroup" or k + 1 < len(items)
                           and items[k + 1].mention is not None and items[k + 1].mention.kind == "name"):
        return False
    return m is not None and m.cls in AGENT_CLASSES and m.kind != "nisba" and not items[k].clitic


def named_strike(items: list[Item], toks, hit: Hit, hits: list[Hit], words: list[str], ec: EventCues) -> bool:
    """"استهدف الحوثيون سفينة تجارية بصاروخ", "وقد هاجمت الفصائل موقعا بطائرة مسيرة": a past
    verb of attacking opening its clause, a named armed side right after it as subject, then
    the weapon it struck with ("بـ" + a munition, within a few words): force told as done
    even when the object is an indefinite noun nobody names. The weapon is what tells force
    from words ("هاجم الحزب الحكومة" criticises)."""
    if hit.strong or words[hit.start] not in ec.assault_verbs or hit.end >= len(toks):
        return False
    before = words[:hit.start]
    if before and not (len(before) <= 2 and all(w in ec.breaks or w in ("قد", "وقد", "فقد") for w in before)):
        return False   # "كما استهدف", "وقد استهدفت": the clause opens at the verb
    k = item_at(items, toks[hit.end].start)
    m = items[k].mention
    if m is None or m.kind != "name" or m.cls not in AGENT_CLASSES or items[k].clitic \
            or items[k].start != toks[hit.end].start:
        return False
    # The weapon: a munition cue or a named weapon glued to "بـ" ("بصاروخ", "بطائرة مسيرة").
    if any(h.strong and h.kind != "Attack" and hit.end < h.start <= hit.end + 7
           and words[h.start].startswith(("ب", "وب")) for h in hits):
        return True
    return any(it.mention is not None and it.mention.cls == "Weapon" and it.clitic in ("ب", "وب")
               for it in items[k + 1:k + 8])


def armed_subject(items: list[Item], toks, hit: Hit, ec: EventCues) -> bool:
    """"قالت الشرطة إن مسلحين هاجموا مسجدا": armed men nobody names right before a past
    verb of attacking, its subject: told as done, wherever the clause stands (the
    verb-first order is :func:`verb_first`). Not "المقاتلين" with the article: after a
    group's spokesman, the fighters it knows are its own."""
    if hit.start == 0 or toks[hit.start].text not in ec.assault_verbs \
            or toks[hit.start - 1].text.startswith(("ال", "وال", "فال")):
        return False
    k = item_at(items, toks[hit.start].start)
    if k == 0 or items[k].start != toks[hit.start].start:
        return False
    m = items[k - 1].mention
    return m is not None and m.kind == "generic" and m.cls == "UnidentifiedArmedGroup" and not items[k - 1].clitic


def armed_launch(items: list[Item], toks, hit: Hit, ec: EventCues) -> bool:
    """"شن مسلحون هجوما على حاجز", "ونفذ مسلحون مجهولون أمس هجوما": a past verb of
    launching, armed men nobody names as its subject, then the attack noun: told as done.
    Only unnamed armed men: a person launching one speaks (document._launched_by_a_person),
    and named groups are the role frames' (`launch_deeds` in events.yaml)."""
    for i in range(max(0, hit.start - 5), hit.start - 1):
        if toks[i].text not in ec.launch_deeds:
            continue
        k = item_at(items, toks[i + 1].start)
        m = items[k].mention if k < len(items) else None
        return m is not None and m.kind == "generic" and m.cls == "UnidentifiedArmedGroup" \
            and not items[k].clitic and items[k].start == toks[i + 1].start
    return False


#: How many words after a passive cue its agent phrase may stand ("خطف في وسط مدينة X (110
#: كلم شرق العاصمة) من قبل"): a place with its distance between.
AGENT_REACH = 12
#: Endings no passive verb has: an object pronoun, or ة (normalised ه) of a verbal noun.
PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


def passive_agent(items: list[Item], toks, words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"أعلنت الشرطة أن مهندسا خطف في وسط المدينة من قبل ثلاثة مسلحين": a bare strong cue
    (no article, no preposition: the verb, not a named topic) with its agent after it ("من
    قبل", "على أيدي" and armed men nobody names): the deed told as done. Not in a relative
    clause ("الذي خطف من قبل مسلحين" recalls someone's past), nor a word ending as a noun
    with a pronoun or the feminine ending ("بعد سرقتها وخطفها من قبل مجموعة مسلحة": a
    passive verb carries no object pronoun)."""
    word = words[hit.start]
    if not hit.strong or not ec.agent_phrases or word[:1] in ("ب", "ل") or word.endswith(PRONOUN_ENDINGS) \
            or word.startswith(("ال", "وال")) or hit.start and words[hit.start - 1] in ec.relatives:
        return False
    for j in range(hit.end, min(len(words), hit.end + AGENT_REACH)):
        if words[j] in ec.breaks:
            return False
        rest = next((r for r in ec.agent_phrases.get(words[j], ()) if matches(words, j, r)), None)
        if rest is None:
            continue
        at = j + 1 + len(rest)
        if at >= len(toks):
            return False
        k = item_at(items, toks[at].start)
        # the agent may be counted: "من قبل أربعة مسلحين"
        for it in items[k:k + 2]:
            m = it.mention
            if m is not None and m.kind == "generic" and m.cls == "UnidentifiedArmedGroup" and not it.clitic:
                return True
        return False
    return False


def item_at(items: list[Item], offset: int) -> int:
    for k, it in enumerate(items):
        if it.start <= offset < it.end or it.start >= offset:
            return k
    return max(0, len(items) - 1)

"""Whether a sentence tells its cue word's event as having happened (the second condition
of :mod:`kg.pipeline.attacks.events`): a count of people killed or wounded, a finite past
verb, a munition or a killer as the subject of its verb, an abduction on a stated day; and
a raid that only arrested people, which is no assault."""
from __future__ import annotations

from kg.pipeline.attacks.items import Item
from kg.pipeline.attacks.event_blocks import counted_casualties
from kg.pipeline.attacks.event_done import light_deed, operation_done, passing_blast
from kg.pipeline.attacks.event_cues import EventCues, Hit, matches
from kg.pipeline.attacks.event_roles import AGENT_CLASSES, armed_subject_then_object
from kg.pipeline.attacks.event_role_mentions import VICTIM_CLASSES
from kg.pipeline.attacks.event_subjects import item_at


def weapon_subject(hits: list[Hit], words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"قذائف هاون استهدفت مركزا للشرطة", "سيارة مفخخة هاجمت دورية": a munition right
    before a past verb of attacking is that verb's subject: it was fired or set off.
    Not glued to a preposition ("بقذائف هاون استهدفت": how, with a subject before), nor
    with the article ("القذائف التي"), nor a present tense (a habit). Its owner glued to ل
    may stand between ("قصف للاحتلال استهدف منزلا")."""
    word = words[hit.start]
    if word not in ec.assault_verbs or word[:1] in ("ي", "ت") and not word.endswith(("ت", "وا")):
        return False
    weapon = next((h for h in hits if h.end == hit.start and h.strong and h.kind != "Attack"), None)
    if weapon is None and hit.start >= 2 and words[hit.start - 1][:1] == "ل" and not any(
            h.start == hit.start - 1 for h in hits):
        # "في قصف للاحتلال استهدف منزلا": the owner glued to ل between the munition and its verb
        weapon = next((h for h in hits if h.end == hit.start - 1 and h.strong and h.kind != "Attack"), None)
    if weapon is None:
        return False
    head = words[weapon.start]
    return not head.startswith(("ب", "ل", "ال", "وال", "فال", "وب", "ول"))


def active_killing(items: list[Item], toks, hit: Hit, ec: EventCues) -> bool:
    """"قتلت قوات الأمن الهندية خمسة مسلحين": a killing verb, its subject, then a count
    of the people killed (however many words the subject's name takes)."""
    if hit.start + 1 >= len(toks) or toks[hit.start].text not in ec.killing:
        return False
    k = item_at(items, toks[hit.start + 1].start)
    m = items[k].mention
    if m is None or m.cls not in AGENT_CLASSES or items[k].clitic or k + 1 >= len(items):
        return False
    word = items[k + 1].word
    return (bool(word) and (word.isdigit() or word in ec.numbers)) or armed_subject_then_object(items[k], items[k + 1])


def taken_on_a_day(items: list[Item], toks, hit: Hit, words: list[str], ec: EventCues, dated: bool,
                    text: str) -> bool:
    """"لاغوس ـ ا.ف.ب: خطف موظف بريطاني ... أمس": a bare abduction verb opening the
    sentence (a dateline may stand before it) with the people taken right after it, on a
    stated day; being taken is the harm, as a casualty is for other kinds. Further in, the
    same word is mostly a verbal noun ("تكرار خطف الصحافيين")."""
    if hit.kind != "Abduction" or not hit.strong or hit.end >= len(toks) or \
            words[hit.start][:1] in ("ل", "ب", "و", "ف"):
        return False
    if hit.start and ":" not in text[toks[hit.start - 1].end:toks[hit.start].start]:
        return False   # opening the sentence, or right after a dateline "لاغوس ـ ا.ف.ب:"
    if not (dated or any(w in ec.occurrence for w in words)):
        return False
    k = item_at(items, toks[hit.end].start)
    m = items[k].mention
    return m is not None and m.kind in ("generic", "proxy") and m.cls in VICTIM_CLASSES | {"State"} \
        and items[k].start == toks[hit.end].start


def realised(words: list[str], hit: Hit, hits: list[Hit], ec: EventCues, dated: bool) -> bool:
    """Whether the sentence tells the cue's event as having happened: a count of people
    killed or wounded, a finite past verb ("اغتال", "exploded"), or, for a strong cue, a
    casualty or a second kind of cue ("تفجير سيارة مفخخة") on a stated day."""
    if counted_casualties(words, ec):
        return True
    if hit.past and hit.strong and not (hit.start and words[hit.start - 1] in ec.relatives):
        return True
    if light_deed(words, hit, ec) or passing_blast(words, hit, ec) or operation_done(words, hit, ec):
        return True   # "تعرضت دورية لهجوم", "قام مسلحون بخطف": a past verb carries the cue
    if not hit.strong:
        return False
    if not ec.harm_verbs.isdisjoint(words):
        return True   # "أصيب مدير المكتب بجروح إثر إطلاق نار": someone was hurt
    if hit.kind in ("Shelling", "Airstrike") and any(w in ec.launch_verbs for w in words[max(0, hit.start - 5):hit.start]):
        return True   # "أطلقت دبابة قذيفة على": a round fired
    if any(h.past and not h.strong and 0 < abs(h.start - hit.start) <= 2 for h in hits):
        return True   # "انفجرت سيارة مفخخة", "exploded": the bomb's own past verb
    when = dated or any(w in ec.occurrence for w in words)
    if when and any(matches(words, j, rest) and j + len(rest) < hit.start
                    for j in range(max(0, hit.start - 6), hit.start) for rest in (ec.deeds or {}).get(words[j], ())):
        return True   # "on Monday it carried out a drone attack", "claimed responsibility for"
    casualty = any(w in ec.casualties for k, w in enumerate(words) if not hit.start <= k < hit.end)
    # A second cue word that names a manner: "انفجرت سيارة مفخخة" (not just "هجوم").
    # or the bomb's own verb next to it: "انفجرت سيارة مفخخة".
    second = any(h.start != hit.start and (h.kind != hit.kind and (h.strong or h.kind != "Attack")
                                           or h.past and abs(h.start - hit.start) <= 3) for h in hits)
    return when and (casualty or second)


def arrest_operation(words: list[str], ec: EventCues) -> bool:
    """A raid or targeted sweep that ends in arrests, nobody hurt: "داهمت الشرطة الحي
    واعتقلت عشرة مطلوبين" is a security operation, not an assault."""
    return any(w in ec.arrests for w in words) and not any(
        w in ec.casualties and w not in ec.results for w in words)

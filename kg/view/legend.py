"""What the view calls things: node groups (shape, colour), relation colours, UI words.

Every ontology class maps to one *group*; a group has one vis-network shape and colour,
so shape and colour together tell the class family at a glance.  Shapes that draw the
label below the node are used throughout, so node size can show importance.
"""
from __future__ import annotations

from kg.vocab import ATTACK_KINDS, RELATIONS

#: group key -> (vis shape, fill colour, classes in the group, most specific first).
#: Actors the text describes instead of naming (gunmen, civilians, a state's police) share
#: the shape of their family with a paler colour: an unidentified armed group is a diamond
#: like a named one, security forces a square like their state.
GROUPS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "person": ("dot", "#4e79a7", ("Person",)),
    "unidentified": ("diamond", "#ff9da7", ("UnidentifiedArmedGroup",)),
    "armed_group": ("diamond", "#e15759", ("ArmedGroup",)),
    "security_forces": ("square", "#8cd17d", ("SecurityForces",)),
    "state": ("square", "#59a14f", ("State", "Government")),
    "generic": ("dot", "#edc948", ("Civilians", "GenericActor")),
    "organization": ("hexagon", "#b07aa1", ("Organization", "Coalition", "Actor")),
    "base": ("triangleDown", "#17a2b8", ("MilitaryBase", "Facility")),
    "place": ("triangle", "#9c755f", ("Region", "Place")),
    "vessel": ("hexagon", "#1f3b73", ("Vessel",)),
    "weapon": ("dot", "#f28e2b", ("Weapon",)),
    "attack": ("star", "#c21807", tuple(ATTACK_KINDS)),
    "other": ("dot", "#9e9e9e", ()),
}
CLASS_GROUP = {cls: group for group, (_, _, classes) in GROUPS.items() for cls in classes}
ATTACK_CLASSES = frozenset(ATTACK_KINDS)
#: Class preference when a node has several types: earlier wins (Person over Actor).
CLASS_RANK = {cls: i for i, cls in enumerate(c for _, _, cs in GROUPS.values() for c in cs)}

#: Roles linking an attack event node to its participants, then the attacker -> target
#: summary edge (offered with ``attacks="edges"``).
ATTACK_ROLES = ("attacker", "target", "place", "weapon")
ATTACK_EDGE = "attacks"
EDGE_KINDS = RELATIONS + ATTACK_ROLES + (ATTACK_EDGE,)

RELATION_COLOURS = {
    "supports": "#2e7d32", "memberOf": "#1565c0", "leaderOf": "#6a1b9a",
    "spokespersonOf": "#8e24aa", "officialOf": "#00838f", "alliedWith": "#558b2f",
    "opposes": "#c62828", "locatedIn": "#8d6e63", "operatedBy": "#5d4037",
    "attacker": "#d84315", "target": "#b71c1c", "place": "#a1887f", "weapon": "#ef6c00",
    "attacks": "#b71c1c",
}

CLASS_NAMES = {
    "Actor": ("فاعل", "Actor"), "Person": ("شخص", "Person"),
    "Organization": ("منظمة", "Organization"), "ArmedGroup": ("جماعة مسلحة", "Armed group"),
    "State": ("دولة", "State"), "Government": ("حكومة", "Government"),
    "Coalition": ("تحالف", "Coalition"), "Place": ("مكان", "Place"),
    "Region": ("منطقة", "Region"), "MilitaryBase": ("قاعدة عسكرية", "Military base"),
    "Facility": ("منشأة", "Facility"), "Vessel": ("سفينة", "Vessel"),
    "Weapon": ("سلاح", "Weapon"), "Event": ("حدث", "Event"), "Attack": ("هجوم", "Attack"),
    "DroneStrike": ("هجوم بطائرة مسيّرة", "Drone strike"),
    "Airstrike": ("غارة جوية", "Airstrike"), "MissileAttack": ("هجوم صاروخي", "Missile attack"),
    "RocketAttack": ("هجوم بالصواريخ", "Rocket attack"), "Shelling": ("قصف", "Shelling"),
    "Hijacking": ("اختطاف", "Hijacking"), "Bombing": ("تفجير", "Bombing"),
    "Assassination": ("اغتيال", "Assassination"),
    "ArmedClash": ("اشتباك مسلح", "Armed clash"), "SuicideBombing": ("تفجير انتحاري", "Suicide bombing"),
    "Shooting": ("إطلاق نار", "Shooting"), "Abduction": ("خطف", "Abduction"),
    "GrenadeAttack": ("هجوم بقنبلة يدوية", "Grenade attack"), "Raid": ("اقتحام", "Raid"),
    "Siege": ("حصار", "Siege"),
    "GenericActor": ("فاعل غير مسمى", "Unnamed actor"),
    "UnidentifiedArmedGroup": ("مسلحون مجهولون", "Unidentified armed group"),
    "SecurityForces": ("قوات أمنية", "Security forces"), "Civilians": ("مدنيون", "Civilians"),
}
GROUP_NAMES = {
    "person": ("أشخاص", "People"), "armed_group": ("جماعات مسلحة", "Armed groups"),
    "unidentified": ("مسلحون مجهولون", "Unidentified armed groups"),
    "security_forces": ("قوات أمنية", "Security forces"),
    "generic": ("مدنيون وفاعلون غير مسمين", "Civilians and other unnamed actors"),
    "state": ("دول وحكومات", "States and governments"),
    "organization": ("منظمات وتحالفات", "Organisations and coalitions"),
    "base": ("قواعد ومنشآت", "Bases and facilities"), "place": ("أماكن ومناطق", "Places and regions"),
    "vessel": ("سفن", "Vessels"), "weapon": ("أسلحة", "Weapons"), "attack": ("هجمات", "Attacks"),
    "other": ("أخرى", "Other"),
}
RELATION_NAMES = {
    "supports": ("يدعم", "supports"), "memberOf": ("عضو في", "member of"),
    "leaderOf": ("يقود", "leader of"), "spokespersonOf": ("متحدث باسم", "spokesperson of"),
    "officialOf": ("مسؤول في", "official of"), "alliedWith": ("متحالف مع", "allied with"),
    "opposes": ("يعادي", "opposes"), "locatedIn": ("يقع في", "located in"),
    "operatedBy": ("تديره", "operated by"), "attacker": ("المهاجم", "attacker"),
    "target": ("الهدف", "target"), "place": ("المكان", "place"), "weapon": ("السلاح", "weapon"),
    "attacks": ("هاجم", "attacked"),
}
UI_WORDS = {
    "search": ("ابحث عن اسم", "Find a name"), "filters": ("تصفية", "Filters"),
    "classes": ("الأصناف", "Classes"), "relations": ("العلاقات", "Relations"),
    "dates": ("التاريخ", "Date"), "from": ("من", "from"), "to": ("إلى", "to"),
    "show_denied": ("إظهار المنفي", "Show denied statements"),
    "hide_isolated": ("إخفاء العقد غير المرتبطة", "Hide unconnected nodes"),
    "edge_labels": ("أسماء الروابط", "Edge labels"), "language": ("اللغة", "Language"),
    "focus": ("التركيز على هذا الفاعل وجيرانه", "Focus on this actor and its neighbours"),
    "hops": ("خطوات", "hops"), "show_all": ("إظهار الكل", "Show all"),
    "details": ("التفاصيل", "Details"),
    "details_hint": ("مرّر المؤشر فوق عقدة أو رابط أو انقر عليه", "Hover or click a node or a link"),
    "no_match": ("لا نتيجة", "No match"), "class": ("الصنف", "Class"),
    "aliases": ("أسماء أخرى", "Other names"), "links": ("الروابط", "Links"),
    "mentioned_in": ("ورد في", "Mentioned in"), "evidence": ("الدليل", "Evidence"),
    "said_by": ("على لسان", "Said by"), "document": ("الوثيقة", "Document"),
    "date": ("التاريخ", "Date"), "denied": ("منفي", "denied"),
    "denied_note": ("هذا قول منفيّ في النص، وليس حقيقة مؤكدة",
                    "The text reports this as denied: it is not asserted"),
    "reported": ("منقول", "reported"), "asserted": ("مؤكد", "asserted"),
    "confidence": ("الثقة", "Confidence"), "nodes": ("عقد", "nodes"), "edges": ("روابط", "links"),
    "degree": ("الدرجة", "Degree"), "betweenness": ("البينية", "Betweenness"),
    "weapons": ("الأسلحة", "Weapons"), "wikidata": ("ويكي بيانات", "Wikidata"),
    "unknown": ("غير معروف", "unknown"), "legend": ("مفتاح الرموز", "Legend"),
    "no_evidence": ("لا دليل نصي في الرسم", "No text evidence in the graph"),
    "fatalities": ("القتلى", "Killed"), "injured": ("الجرحى", "Injured"),
    "cameo_event": ("رمز CAMEO للحدث", "CAMEO event code"),
    "acled": ("نوع الحدث في ACLED", "ACLED sub-event type"),
    "cameo_actor": ("رمز CAMEO للفاعل", "CAMEO actor code"),
}
#: How a reported count is qualified (kg.model.COUNT_QUALIFIERS), written before the number.
QUALIFIER_WORDS = {
    "exact": ("", ""), "at-least": ("ما لا يقل عن", "at least"), "more-than": ("أكثر من", "more than"),
    "about": ("نحو", "about"), "up-to": ("ما يصل إلى", "up to"),
}
#: Groups whose nodes are actors (they can attack, back, lead ...).
ACTOR_GROUPS = frozenset({"person", "unidentified", "armed_group", "security_forces", "state",
                          "generic", "organization"})


def group_of(cls: str) -> str:
    return CLASS_GROUP.get(cls, "other")


def words(lang: str) -> dict:
    """All localised names for the page, in one language (``ar`` or ``en``)."""
    i = 0 if lang == "ar" else 1
    return {
        "ui": {k: v[i] for k, v in UI_WORDS.items()},
        "classes": {k: v[i] for k, v in CLASS_NAMES.items()},
        "groups": {k: v[i] for k, v in GROUP_NAMES.items()},
        "relations": {k: v[i] for k, v in RELATION_NAMES.items()},
        "qualifiers": {k: v[i] for k, v in QUALIFIER_WORDS.items()},
    }

"""Writes tests/view/data/network.trig through the real RDF mapping (kg.rdf.mapping).

Hand-built analysed documents (two articles, Arabic and English) with relations, a
reported and a denied statement, attacks (one denied) and an isolated entity; run it
again when the mapping's shape changes:

    .venv/bin/python tests/view/data/make_fixture.py
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kg.model import ASSERTED, DENIED, REPORTED, Attack, Doc, Document, Entity, Evidence, Mention, Relation
from kg.rdf.mapping import doc_to_quads
from kg.rdf.serialize import write_quads
from kg.text.normalize import NormalizedText

ENTITIES = {  # key: (class, Arabic label, English label, other names)
    "iran": ("State", "إيران", "Iran", ["طهران"]),
    "usa": ("State", "الولايات المتحدة", "United States", ["واشنطن", "US"]),
    "israel": ("State", "إسرائيل", "Israel", []),
    "syria": ("State", "سوريا", "Syria", []),
    "palestine": ("State", "فلسطين", "Palestine", []),
    "houthis": ("ArmedGroup", "الحوثيون", "Houthis", ["أنصار الله", "جماعة الحوثي", "Ansar Allah"]),
    "nujaba": ("ArmedGroup", "حركة النجباء", "Harakat al-Nujaba", ["النجباء"]),
    "iranian_militias": ("ArmedGroup", "الميليشيات الإيرانية", "Iranian militias", []),
    "pro_iran_factions": ("ArmedGroup", "الفصائل المسلحة الموالية لإيران", "Iran-backed factions", []),
    "isis": ("ArmedGroup", "داعش", "ISIS", ["تنظيم داعش"]),
    "coordination_framework": ("Organization", "الإطار التنسيقي", "Coordination Framework", []),
    "sohr": ("Organization", "المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights", []),
    "coalition": ("Coalition", "التحالف الدولي", "International Coalition", []),
    "kaabi": ("Person", "أكرم الكعبي", "Akram al-Kaabi", ["الكعبي"]),
    "saree": ("Person", "يحيى سريع", "Yahya Saree", []),
    "ain_al_asad": ("MilitaryBase", "قاعدة عين الأسد", "Ain al-Asad", ["عين الأسد"]),
    "victory_base": ("MilitaryBase", "قاعدة فيكتوريا", "Victory Base", []),
    "al_tanf": ("MilitaryBase", "قاعدة التنف", "al-Tanf", ["التنف"]),
    "anbar": ("Place", "الأنبار", "Anbar", []),
    "red_sea": ("Region", "البحر الأحمر", "Red Sea", []),
    "galaxy_leader": ("Vessel", "غالاكسي ليدر", "Galaxy Leader", []),
    "drone": ("Weapon", "طائرة مسيرة", "drone", ["مسيّرات"]),
    "ballistic_missile": ("Weapon", "صاروخ باليستي", "ballistic missile", []),
}

AR_SENTENCES = [
    "وقال أكرم الكعبي الأمين العام لحركة النجباء إن المقاومة قررت تحرير العراق.",
    "وتنضوي حركة النجباء في الإطار التنسيقي.",
    "وجماعة الحوثي المدعومة من إيران أعلنت مسؤوليتها.",
    "ونفت طهران أنها تدعم حركة النجباء.",
    "وقال المرصد السوري إن الميليشيات الإيرانية تتلقى دعماً من إيران.",
    "وتعرضت قاعدة التنف لهجوم بطائرات مسيّرة تابعة للميليشيات الإيرانية في سوريا.",
    "واستهدفت الفصائل المسلحة الموالية لإيران قاعدة عين الأسد في الأنبار.",
    "ونفت حركة النجباء مسؤوليتها عن استهداف قاعدة فيكتوريا.",
    "وتقع قاعدة عين الأسد في الأنبار، والتنف قاعدة يديرها التحالف الدولي.",
    "ويحيى سريع هو المتحدث العسكري باسم جماعة الحوثي.",
    "ويخرج الفلسطينيون في فلسطين إلى الشوارع.",
]
EN_SENTENCES = [
    "The Houthis fired ballistic missiles and drones at Israel on Tuesday, Yahya Saree said.",
    "The United States leads the International Coalition against ISIS.",
    "The Houthis hijacked the Galaxy Leader in the Red Sea.",
]


def _doc(doc_id: str, title: str, date: dt.date, lang: str, sentences: list[str]) -> tuple[Doc, list[Evidence]]:
    text, spans = "", []
    for s in sentences:
        start = len(text)
        text += s + " "
        spans.append((start, start + len(s)))
    doc = Doc(Document(id=doc_id, text=text, title=title, date=date, language=lang,
                       source="fixture"), NormalizedText(text), lang)
    for key, (cls, ar, en, other) in ENTITIES.items():
        doc.entities[key] = Entity(key, cls, {"ar": ar, "en": en},
                                   {(ar, "ar"), (en, "en")} | {(o, "ar" if o[0] > "z" else "en") for o in other})
    return doc, [Evidence(doc_id, i, a, b) for i, (a, b) in enumerate(spans)]


def _said(ev: Evidence, who: str) -> Evidence:
    return Evidence(ev.doc_id, ev.sentence, ev.start, ev.end, who)


def build_docs() -> list[Doc]:
    ar, ev = _doc("fixture_ar", "إيران تشحن وكلاءها في العراق", dt.date(2023, 11, 1), "ar", AR_SENTENCES)
    ar.relations = [
        Relation("kaabi", "leaderOf", "nujaba", ev[0], "fixture", 0.9),
        Relation("nujaba", "memberOf", "coordination_framework", ev[1], "fixture", 0.8),
        Relation("iran", "supports", "houthis", ev[2], "fixture", 0.9),
        Relation("iran", "supports", "nujaba", _said(ev[3], "iran"), "fixture", 0.7, DENIED),
        Relation("iran", "supports", "iranian_militias", _said(ev[4], "sohr"), "fixture", 0.7, REPORTED),
        Relation("ain_al_asad", "locatedIn", "anbar", ev[8], "fixture", 0.9),
        Relation("al_tanf", "operatedBy", "coalition", ev[8], "fixture", 0.8),
        Relation("saree", "spokespersonOf", "houthis", ev[9], "fixture", 0.9),
    ]
    ar.attacks = [
        Attack("iranian_militias", "al_tanf", ev[5], "fixture", 0.8, place="syria",
               date=dt.date(2023, 10, 19), weapons=["drone"], kind="DroneStrike"),
        Attack("pro_iran_factions", "ain_al_asad", ev[6], "fixture", 0.8, place="anbar",
               date=dt.date(2023, 10, 18)),
        Attack("nujaba", "victory_base", _said(ev[7], "nujaba"), "fixture", 0.6,
               date=dt.date(2023, 10, 30), polarity=DENIED),
    ]
    pal = AR_SENTENCES[10].index("فلسطين") + ev[10].start
    ar.mentions = [Mention(pal, pal + len("فلسطين"), "palestine", "State", "fixture")]
    en, ev = _doc("fixture_en", "Houthis fire missiles at Israel", dt.date(2023, 11, 20), "en", EN_SENTENCES)
    en.relations = [
        Relation("usa", "leaderOf", "coalition", ev[1], "fixture", 0.9, ASSERTED),
        Relation("coalition", "opposes", "isis", ev[1], "fixture", 0.8),
    ]
    en.attacks = [
        Attack("houthis", "israel", _said(ev[0], "saree"), "fixture", 0.9, date=dt.date(2023, 10, 31),
               weapons=["ballistic_missile", "drone"], kind="MissileAttack"),
        Attack("houthis", "galaxy_leader", ev[2], "fixture", 0.9, place="red_sea",
               date=dt.date(2023, 11, 19), kind="Hijacking"),
    ]
    return [ar, en]


def write_fixture(path: Path) -> int:
    return write_quads([q for doc in build_docs() for q in doc_to_quads(doc)], path)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("network.trig")
    print(f"wrote {write_fixture(out)} quads to {out}")

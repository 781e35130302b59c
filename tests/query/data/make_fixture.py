"""Writes fixture.trig: two small hand-made documents mapped by kg.rdf.mapping.

The facts are chosen by hand so every query in queries/ has a known answer
(fixture_answers.yaml).  Entities repeat across the two document graphs (so a query
that forgets DISTINCT counts them twice under Oxigraph's union default graph), one claim
is denied by another source, one attack is reported and later denied.

Two more English documents report attacks as news does: sides unknown or described
(gunmen, civilians: document-scoped, so each document's gunmen are their own node),
armed clashes (both sides in both roles), casualties with qualifiers, one denied shooting.

Run from the repository root to regenerate:  .venv/bin/python tests/query/data/make_fixture.py
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.model import (ASSERTED, DENIED, REPORTED, Attack, Count, Doc, Document, Entity, Evidence,
                      Relation)
from kg.rdf.mapping import doc_to_quads
from kg.rdf.serialize import write_quads
from kg.text.normalize import NormalizedText

HERE = Path(__file__).parent

ENTITIES = {  # key: (class, en, ar, wikidata, cameo)
    "iran": ("State", "Iran", "إيران", "Q794", "IRN"),
    "usa": ("State", "United States", "الولايات المتحدة", "Q30", "USA"),
    "iraq": ("State", "Iraq", "العراق", "Q796", "IRQ"),
    "israel": ("State", "Israel", "إسرائيل", "Q801", "ISR"),
    "syria": ("State", "Syria", "سوريا", "Q858", "SYR"),
    "houthis": ("ArmedGroup", "Houthis", "الحوثيون", None, "REB"),
    "irq_resistance": ("ArmedGroup", "Islamic Resistance in Iraq", "المقاومة الإسلامية في العراق", None, "REB"),
    "nujaba": ("ArmedGroup", "Harakat al-Nujaba", "حركة النجباء", None, "REB"),
    "isis": ("ArmedGroup", "Islamic State", "تنظيم داعش", "Q2429253", "INS"),
    "axis": ("Coalition", "Axis of Resistance", "محور المقاومة", None, None),
    "coalition": ("Coalition", "International Coalition", "التحالف الدولي", None, None),
    "kaabi": ("Person", "Akram al-Kaabi", "أكرم الكعبي", None, None),
    "saree": ("Person", "Yahya Saree", "يحيى سريع", None, None),
    "romanowski": ("Person", "Alina Romanowski", "ألينا رومانوسكي", None, None),
    "ain_al_asad": ("MilitaryBase", "Ain al-Asad", "قاعدة عين الأسد", None, None),
    "al_tanf": ("MilitaryBase", "al-Tanf", "قاعدة التنف", None, None),
    "anbar": ("Place", "Anbar", "الأنبار", "Q187334", None),
    "eilat": ("Place", "Eilat", "إيلات", None, None),
    "drone": ("Weapon", "drone", "طائرة مسيرة", None, None),
    "missile": ("Weapon", "missile", "صاروخ", None, None),
}
EVENT_ENTITIES = {  # key: (class, en, ar, cameo, scoped to its document)
    "gunmen": ("UnidentifiedArmedGroup", "gunmen", "مسلحون", "---UAF", True),
    "civilians": ("Civilians", "civilians", "مدنيون", "---CVL", True),
    "iraq_police": ("SecurityForces", "Iraqi police", "الشرطة العراقية", "IRQCOP", False),
    "iraq_army": ("SecurityForces", "Iraqi army", "الجيش العراقي", "IRQMIL", False),
    "mahdi_army": ("ArmedGroup", "Mahdi Army", "جيش المهدي", "IRQREB", False),
    "baqubah": ("Place", "Baqubah", "بعقوبة", None, False),
    "mosul": ("Place", "Mosul", "الموصل", None, False),
    "car_bomb": ("Weapon", "car bomb", "سيارة مفخخة", None, False),
}
ALIASES = {
    "fx_ar": {"houthis": [("أنصار الله", "ar"), ("Ansar Allah", "en")], "iran": [("طهران", "ar")]},
    "fx_en": {"houthis": [("Houthi", "en")]},
    "fx_ev1": {}, "fx_ev2": {},
}

AR_SENTENCES = [
    "أكدت مصادر أن إيران تدعم جماعة الحوثي وتدعم المقاومة الإسلامية في العراق.",
    "وحركة النجباء جزء من المقاومة الإسلامية في العراق التي تنتمي إلى محور المقاومة.",
    "وقال أكرم الكعبي الأمين العام لحركة النجباء إن الولايات المتحدة تدعم داعش.",
    "وأعلن يحيى سريع المتحدث باسم الحوثيين استمرار العمليات.",
    "وتبنت المقاومة الإسلامية في العراق هجوماً بطائرة مسيرة على قاعدة عين الأسد في الأنبار يوم 24 تشرين الأول.",
    "وتقع قاعدة عين الأسد في محافظة الأنبار غرب العراق.",
]
EN_SENTENCES = [
    "Iran backs the Houthis, officials said.",
    "The United States denied that it supports ISIS.",
    "On October 31 the Houthis launched missiles and drones at Eilat in Israel.",
    "The Islamic Resistance in Iraq attacked the al-Tanf base, which is operated by the coalition in Syria.",
    "Iraq denied that the Islamic Resistance in Iraq struck Ain al-Asad with a drone.",
    "US ambassador Alina Romanowski met officials; the coalition fights ISIS.",
    "The Houthis are allied with the Islamic Resistance in Iraq.",
]

# Our own sentences, no real report's.
EVENT1_SENTENCES = [
    "A car bomb exploded near a market in Baqubah, killing at least twelve people and wounding 30.",
    "Gunmen opened fire on worshippers leaving a mosque in Baqubah, killing five.",
    "Gunmen kidnapped four engineers on the road to Mosul.",
    "The Mahdi Army clashed with the Iraqi army in Mosul; two soldiers were killed and about ten wounded.",
    "The Iraqi army clashed with men it did not identify near the border.",
]
EVENT2_SENTENCES = [
    "Unidentified gunmen attacked a police checkpoint in Mosul, killing more than three policemen.",
    "Police then fought the gunmen near the checkpoint for an hour.",
    "The Mahdi Army and the police exchanged grenades in Baqubah.",
    "The army denied that its soldiers shot four civilians in Mosul.",
    "A roadside bomb exploded on a highway, wounding two.",
]


def make_doc(doc_id, lang, title, date, sentences):
    text = " ".join(sentences)
    document = Document(id=doc_id, text=text, title=title, date=date, language=lang,
                        source="Shabaka test fixture")
    doc = Doc(document=document, norm=NormalizedText(text), lang=lang)
    for key, (cls, en, ar, wd, cameo) in ENTITIES.items():
        doc.entities[key] = Entity(key, cls, {"en": en, "ar": ar}, set(ALIASES[doc_id].get(key, [])),
                                   wikidata=wd, cameo=cameo)
    return doc


def make_event_doc(doc_id, title, date, sentences):
    text = " ".join(sentences)
    document = Document(id=doc_id, text=text, title=title, date=date, language="en",
                        source="Shabaka test fixture")
    doc = Doc(document=document, norm=NormalizedText(text), lang="en")
    for key, (cls, en, ar, cameo, scoped) in EVENT_ENTITIES.items():
        doc.entities[key] = Entity(key, cls, {"en": en, "ar": ar}, cameo=cameo,
                                   scope=doc_id if scoped else None)
    return doc


def ev(doc, i, said_by=None):
    sentences = {"fx_ar": AR_SENTENCES, "fx_en": EN_SENTENCES, "fx_ev1": EVENT1_SENTENCES,
                 "fx_ev2": EVENT2_SENTENCES}[doc.id]
    start = doc.document.text.index(sentences[i])
    return Evidence(doc.id, i, start, start + len(sentences[i]), said_by)


def rel(doc, s, p, o, i, polarity=ASSERTED, said_by=None):
    doc.relations.append(Relation(s, p, o, ev(doc, i, said_by), "fixture", 0.9, polarity))


def build() -> list:
    ar = make_doc("fx_ar", "ar", "الفصائل تصعد", dt.date(2023, 11, 1), AR_SENTENCES)
    rel(ar, "iran", "supports", "houthis", 0)
    rel(ar, "iran", "supports", "irq_resistance", 0)
    rel(ar, "nujaba", "memberOf", "irq_resistance", 1)
    rel(ar, "irq_resistance", "memberOf", "axis", 1)
    rel(ar, "kaabi", "leaderOf", "nujaba", 2)
    rel(ar, "usa", "supports", "isis", 2, REPORTED, said_by="kaabi")
    rel(ar, "saree", "spokespersonOf", "houthis", 3)
    ar.attacks.append(Attack("irq_resistance", "ain_al_asad", ev(ar, 4, "irq_resistance"), "fixture", 0.8,
                             place="anbar", date=dt.date(2023, 10, 24), weapons=["drone"],
                             kind="DroneStrike", polarity=REPORTED))
    rel(ar, "ain_al_asad", "locatedIn", "anbar", 5)
    rel(ar, "anbar", "locatedIn", "iraq", 5)

    en = make_doc("fx_en", "en", "Houthis fire at Israel", dt.date(2023, 11, 2), EN_SENTENCES)
    rel(en, "iran", "supports", "houthis", 0)
    rel(en, "usa", "supports", "isis", 1, DENIED, said_by="usa")
    en.attacks.append(Attack("houthis", "israel", ev(en, 2), "fixture", 0.9, place="eilat",
                             date=dt.date(2023, 10, 31), weapons=["missile", "drone"],
                             kind="MissileAttack"))
    rel(en, "eilat", "locatedIn", "israel", 2)
    en.attacks.append(Attack("irq_resistance", "al_tanf", ev(en, 3), "fixture", 0.7))
    rel(en, "al_tanf", "operatedBy", "coalition", 3)
    rel(en, "al_tanf", "locatedIn", "syria", 3)
    en.attacks.append(Attack("irq_resistance", "ain_al_asad", ev(en, 4, "iraq"), "fixture", 0.8,
                             weapons=["drone"], kind="DroneStrike", polarity=DENIED))
    rel(en, "romanowski", "officialOf", "usa", 5)
    rel(en, "coalition", "opposes", "isis", 5)
    rel(en, "houthis", "alliedWith", "irq_resistance", 6)

    ev1 = make_event_doc("fx_ev1", "Attacks in Diyala and Nineveh", dt.date(2007, 5, 3), EVENT1_SENTENCES)
    ev1.attacks += [
        Attack(None, None, ev(ev1, 0), "fixture", 0.8, place="baqubah", date=dt.date(2007, 5, 3),
               weapons=["car_bomb"], kind="Bombing", fatalities=Count(12, "at-least"),
               injured=Count(30)),
        Attack("gunmen", "civilians", ev(ev1, 1), "fixture", 0.8, place="baqubah",
               date=dt.date(2007, 5, 3), kind="Shooting", fatalities=Count(5)),
        Attack("gunmen", None, ev(ev1, 2), "fixture", 0.7, place="mosul", kind="Abduction"),
        Attack("mahdi_army", "iraq_army", ev(ev1, 3), "fixture", 0.8, place="mosul",
               date=dt.date(2007, 5, 2), kind="ArmedClash", mutual=True,
               fatalities=Count(2), injured=Count(10, "about")),
        Attack("iraq_army", None, ev(ev1, 4), "fixture", 0.6, kind="ArmedClash", mutual=True),
    ]
    ev2 = make_event_doc("fx_ev2", "Checkpoint attacked", dt.date(2007, 5, 4), EVENT2_SENTENCES)
    ev2.attacks += [
        Attack("gunmen", "iraq_police", ev(ev2, 0), "fixture", 0.8, place="mosul",
               date=dt.date(2007, 5, 4), kind="Shooting", fatalities=Count(3, "more-than")),
        Attack("iraq_police", "gunmen", ev(ev2, 1), "fixture", 0.7, place="mosul",
               date=dt.date(2007, 5, 4), kind="ArmedClash", mutual=True),
        Attack("iraq_army", "civilians", ev(ev2, 2, "iraq_army"), "fixture", 0.6, place="mosul",
               kind="Shooting", fatalities=Count(4), polarity=DENIED),
        Attack(None, None, ev(ev2, 4), "fixture", 0.6, kind="Bombing", injured=Count(2)),
        # two sides fighting with grenades: a clash by its roles, a grenade attack by its weapon
        Attack("iraq_police", "mahdi_army", ev(ev2, 3), "fixture", 0.6, place="baqubah",
               date=dt.date(2007, 5, 4), kind="GrenadeAttack", mutual=True, injured=Count(4, "up-to")),
    ]
    quads = []
    for doc in (ar, en, ev1, ev2):
        quads += doc_to_quads(doc)
    return quads


if __name__ == "__main__":
    n = write_quads(build(), HERE / "fixture.trig")
    print(f"wrote {HERE / 'fixture.trig'} ({n} quads)")

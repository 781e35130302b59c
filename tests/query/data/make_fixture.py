"""Writes fixture.trig: two small hand-made documents mapped by kg.rdf.mapping.

The facts are chosen by hand so every query in queries/ has a known answer
(fixture_answers.yaml).  Entities repeat across the two document graphs (so a query
that forgets DISTINCT counts them twice under Oxigraph's union default graph), one claim
is denied by another source, one attack is reported and later denied.

Run from the repository root to regenerate:  .venv/bin/python tests/query/data/make_fixture.py
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.model import ASSERTED, DENIED, REPORTED, Attack, Doc, Document, Entity, Evidence, Relation
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
ALIASES = {
    "fx_ar": {"houthis": [("أنصار الله", "ar"), ("Ansar Allah", "en")], "iran": [("طهران", "ar")]},
    "fx_en": {"houthis": [("Houthi", "en")]},
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


def make_doc(doc_id, lang, title, date, sentences):
    text = " ".join(sentences)
    document = Document(id=doc_id, text=text, title=title, date=date, language=lang,
                        source="Shabaka test fixture")
    doc = Doc(document=document, norm=NormalizedText(text), lang=lang)
    for key, (cls, en, ar, wd, cameo) in ENTITIES.items():
        doc.entities[key] = Entity(key, cls, {"en": en, "ar": ar}, set(ALIASES[doc_id].get(key, [])),
                                   wikidata=wd, cameo=cameo)
    return doc


def ev(doc, i, said_by=None):
    sentences = AR_SENTENCES if doc.lang == "ar" else EN_SENTENCES
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
    quads = []
    for doc in (ar, en):
        quads += doc_to_quads(doc)
    return quads


if __name__ == "__main__":
    n = write_quads(build(), HERE / "fixture.trig")
    print(f"wrote {HERE / 'fixture.trig'} ({n} quads)")

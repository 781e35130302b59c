"""Fixtures for the ontology layer: the seed graph, a small hand-made graph in
kg/rdf/mapping.py's shape, and the ontology itself."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

import kg.vocab
from kg.model import DENIED, REPORTED, Attack, Count, Document, Entity, Relation
from kg.ontology import Tbox, load_ontology

REPO = Path(kg.vocab.__file__).resolve().parents[1]

# Three sentences: a backing, a spokesman's report of a drone strike on a base in Anbar
# in Iraq, and a denial.  Entities are found by the real lexicon matcher; the facts are
# added by hand so the tests do not depend on the extraction rules.
MINI_TEXT = ("تدعم إيران جماعة الحوثي في اليمن. "
             "وقال يحيى سريع المتحدث باسم جماعة الحوثي إن طائرات مسيرة استهدفت قاعدة عين الأسد "
             "في الأنبار بالعراق. "
             "ونفت طهران أي علاقة بيحيى سريع.")
MINI_ENTITIES = {"iran", "houthis", "yemen", "saree", "drone", "ain_al_asad", "anbar", "iraq"}


def mini_doc():
    """An analysed Doc with hand-made relations (one denied) and one reported attack."""
    from kg.pipeline import analyze

    doc = analyze(Document(id="mini", text=MINI_TEXT, language="ar", title="mini",
                           date=dt.date(2023, 11, 1)))
    missing = MINI_ENTITIES - set(doc.entities)
    assert not missing, f"the lexicon no longer finds {missing} in the mini text"
    assert len(doc.sentences) == 3, doc.sentences
    doc.relations, doc.attacks = [], []
    s0, s1, s2 = doc.sentences
    backing = doc.evidence(s0)
    report = doc.evidence(s1, said_by="saree")
    denial = doc.evidence(s2, said_by="iran")
    doc.relations += [
        Relation("iran", "supports", "houthis", backing, "test-backing", 0.9),
        Relation("saree", "spokespersonOf", "houthis", report, "test-title", 0.8),
        Relation("ain_al_asad", "locatedIn", "anbar", report, "test-in", 0.7),
        Relation("anbar", "locatedIn", "iraq", report, "test-in", 0.7),
        Relation("iran", "supports", "saree", denial, "test-denial", 0.5, DENIED),
    ]
    doc.attacks.append(Attack("houthis", "ain_al_asad", report, "test-attack", 0.6, place="anbar",
                              date=dt.date(2023, 11, 1), weapons=["drone"], kind="DroneStrike",
                              polarity=REPORTED))
    return doc


# Our own sentences: a car bomb nobody is named for, with its dead and wounded, and a clash
# between unnamed gunmen and the Iraqi police. The described actors are added by hand in the
# shape the generic-actor component gives them (class, CAMEO code, document scope).
EVENTS_TEXT = ("انفجرت سيارة مفخخة قرب سوق شعبي في بغداد فقتل سبعة أشخاص على الأقل وأصيب عشرون. "
               "واشتبك مسلحون مجهولون مع الشرطة العراقية ساعتين.")


def events_doc():
    """An analysed Doc with an attack of unknown sides (casualties) and a mutual clash."""
    from kg.pipeline import analyze

    doc = analyze(Document(id="events", text=EVENTS_TEXT, language="ar", title="events",
                           date=dt.date(2007, 5, 2)))
    assert len(doc.sentences) == 2, doc.sentences
    assert "baghdad" in doc.entities, "the lexicon no longer finds Baghdad in the events text"
    doc.relations, doc.attacks = [], []
    doc.entities["gunmen"] = Entity("gunmen", "UnidentifiedArmedGroup",
                                    {"ar": "مسلحون مجهولون", "en": "unidentified gunmen"},
                                    cameo="---UAF", source="test", scope=doc.id)
    doc.entities["iraq_police"] = Entity("iraq_police", "SecurityForces",
                                         {"ar": "الشرطة العراقية", "en": "Iraqi police"},
                                         cameo="IRQCOP", source="test")
    doc.entities["civilians"] = Entity("civilians", "Civilians", {"ar": "أشخاص", "en": "people"},
                                       cameo="---CVL", source="test", scope=doc.id)
    s0, s1 = doc.sentences
    doc.attacks += [
        Attack(None, "civilians", doc.evidence(s0), "test-bomb", 0.7, place="baghdad",
               date=dt.date(2007, 5, 2), kind="Bombing", fatalities=Count(7, "at-least"),
               injured=Count(20)),
        Attack(None, None, doc.evidence(s0), "test-unknown", 0.5, kind="Attack"),
        Attack("gunmen", "iraq_police", doc.evidence(s1), "test-clash", 0.6, kind="ArmedClash",
               mutual=True),
    ]
    return doc


@pytest.fixture(scope="session")
def events():
    return events_doc()


@pytest.fixture(scope="session")
def events_graph(tmp_path_factory, events) -> Path:
    """The events document written as TriG through a store (counts come back xsd:integer)."""
    from kg.rdf.mapping import doc_to_quads
    from kg.rdf.serialize import write_quads

    path = tmp_path_factory.mktemp("events") / "events.trig"
    write_quads(doc_to_quads(events), path)
    return path


@pytest.fixture(scope="session")
def mini():
    return mini_doc()


@pytest.fixture(scope="session")
def mini_graph(tmp_path_factory, mini) -> Path:
    """The mini document mapped by kg.rdf.mapping and written as TriG (through a store)."""
    from kg.rdf.mapping import doc_to_quads
    from kg.rdf.serialize import write_quads

    path = tmp_path_factory.mktemp("mini") / "mini.trig"
    write_quads(doc_to_quads(mini), path)
    return path


@pytest.fixture(scope="session")
def mini_nquads(tmp_path_factory, mini) -> Path:
    """The same graph as N-Quads (streamed: literals keep their exact datatypes)."""
    from kg.rdf.mapping import doc_to_quads
    from kg.rdf.serialize import write_quads

    path = tmp_path_factory.mktemp("mini") / "mini.nq"
    write_quads(doc_to_quads(mini), path)
    return path


@pytest.fixture(scope="session")
def seed_graphs(tmp_path_factory) -> dict[str, Path]:
    """The seed article built by kg.build into Turtle and TriG."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed")
    paths = {"ttl": out / "g.ttl", "trig": out / "g.trig"}
    report = build([REPO / "seeds"], list(paths.values()))
    assert report.documents >= 1
    return paths


@pytest.fixture(scope="session")
def tbox() -> Tbox:
    return Tbox(load_ontology())


@pytest.fixture(scope="session")
def java() -> str:
    """The Java runtime HermiT needs (`make sysdeps` installs it)."""
    exe = shutil.which("java")
    assert exe, "no java on PATH: run `make sysdeps` (HermiT needs a Java runtime)"
    subprocess.run([exe, "-version"], check=True, capture_output=True)
    return exe

"""Fixtures for the view tests: graph files, and a real headless Chromium (see cdp.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from cdp import Browser, find_chromium

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip("Chromium is not installed (Debian package `chromium`; `make test` installs it)")
    return path


@pytest.fixture(scope="module")
def browser(chromium, tmp_path_factory):
    b = Browser(chromium, tmp_path_factory.mktemp("chromium") / "profile")
    yield b
    b.close()


@pytest.fixture
def page(browser):
    p = browser.new_page()
    yield p
    browser.close_page(p)


@pytest.fixture(scope="session")
def fixture_trig() -> Path:
    """Relations, a reported and a denied statement, attacks (one denied), two documents."""
    return DATA / "network.trig"


@pytest.fixture(scope="session")
def hostile_trig() -> Path:
    """Hand-written after kg/rdf/mapping.py: script and onerror payloads everywhere."""
    return DATA / "hostile.trig"


@pytest.fixture(scope="session")
def fixture_network(fixture_trig):
    from kg.view import load_network
    return load_network(fixture_trig)


# Our own sentences: a car bomb with nobody named, gunmen shooting civilians, a clash
# between a named group and a state's army (described actors are document-scoped).
EVENTS_SENTENCES = [
    "A car bomb exploded near a market in Baqubah, killing at least twelve people and wounding 30.",
    "Gunmen opened fire on worshippers leaving a mosque, killing five.",
    "The Mahdi Army clashed with the Iraqi army in Mosul.",
]


@pytest.fixture(scope="session")
def events_trig(tmp_path_factory) -> Path:
    """Attacks as news reports them, through the real RDF mapping: unknown sides, casualty
    counts with qualifiers, a mutual clash, generic actors with CAMEO actor codes."""
    import datetime as dt

    from kg.model import Attack, Count, Doc, Document, Entity, Evidence
    from kg.rdf.mapping import doc_to_quads
    from kg.rdf.serialize import write_quads
    from kg.text.normalize import NormalizedText

    text = " ".join(EVENTS_SENTENCES)
    doc = Doc(Document(id="events", text=text, title="Attacks", date=dt.date(2007, 5, 3), language="en"),
              NormalizedText(text), "en")
    for key, cls, ar, en, cameo, scoped in [
            ("gunmen", "UnidentifiedArmedGroup", "مسلحون", "gunmen", "---UAF", True),
            ("worshippers", "Civilians", "مصلون", "worshippers", "---CVL", True),
            ("iraq_army", "SecurityForces", "الجيش العراقي", "Iraqi army", "IRQMIL", False),
            ("mahdi_army", "ArmedGroup", "جيش المهدي", "Mahdi Army", "IRQREB", False),
            ("baqubah", "Place", "بعقوبة", "Baqubah", None, False),
            ("mosul", "Place", "الموصل", "Mosul", None, False)]:
        doc.entities[key] = Entity(key, cls, {"ar": ar, "en": en}, cameo=cameo,
                                   scope="events" if scoped else None)

    def ev(i):
        start = text.index(EVENTS_SENTENCES[i])
        return Evidence("events", i, start, start + len(EVENTS_SENTENCES[i]))

    doc.attacks = [
        Attack(None, None, ev(0), "test", 0.8, place="baqubah", date=dt.date(2007, 5, 3), kind="Bombing",
               fatalities=Count(12, "at-least"), injured=Count(30)),
        Attack("gunmen", "worshippers", ev(1), "test", 0.8, kind="Shooting", fatalities=Count(5)),
        Attack("mahdi_army", "iraq_army", ev(2), "test", 0.7, place="mosul", kind="ArmedClash", mutual=True),
    ]
    path = tmp_path_factory.mktemp("events") / "events.trig"
    write_quads(doc_to_quads(doc), path)
    return path

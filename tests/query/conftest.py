"""Fixtures for the query tests: the hand-made fixture graph, the seed graph, engines."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import load_folder
from kg.query.engines import OxigraphEngine, RdflibEngine

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
QUERIES = REPO / "queries"
FIXTURE = DATA / "fixture.trig"


@pytest.fixture(scope="session")
def fixture_graph() -> Path:
    return FIXTURE


@pytest.fixture(scope="session")
def library():
    return load_folder(QUERIES)


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory) -> Path:
    """The seed article built by the real pipeline (kg build seeds/ -o graph.trig)."""
    from kg.build import build
    out = tmp_path_factory.mktemp("seed") / "graph.trig"
    report = build([REPO / "seeds"], [out])
    assert report.documents >= 1
    return out


def store_engine(graph: Path, folder: Path) -> OxigraphEngine:
    """An engine over an on-disk store loaded from ``graph``."""
    from kg.store import open_store
    st = open_store(folder)
    st.load_files([graph])
    return OxigraphEngine.from_store(st)


@pytest.fixture(scope="session")
def fixture_engines(tmp_path_factory):
    engines = {"rdflib": RdflibEngine.from_file(FIXTURE),
               "oxigraph": OxigraphEngine.from_file(FIXTURE),
               "store": store_engine(FIXTURE, tmp_path_factory.mktemp("fixture_store"))}
    yield engines
    engines["store"].close()


@pytest.fixture(scope="session")
def seed_engines(seed_graph, tmp_path_factory):
    engines = {"rdflib": RdflibEngine.from_file(seed_graph),
               "oxigraph": OxigraphEngine.from_file(seed_graph),
               "store": store_engine(seed_graph, tmp_path_factory.mktemp("seed_store"))}
    yield engines
    engines["store"].close()

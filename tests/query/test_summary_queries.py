"""Library queries that read summaries of the facts graph give the rows their per-document
text gives (data/reference/NAME.rq: the same query reading the document graphs only), on
the fixture and the seed in every engine, and in a store after replacements and removals."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Quad

from kg.query import load_query, run_query
from kg.query.engines import OxigraphEngine
from kg.rdf.iris import document_iri

from kg.store import open_store

REFERENCE = Path(__file__).parent / "data" / "reference"
FIXTURE = Path(__file__).parent / "data" / "fixture.trig"
NAMES = sorted(p.stem for p in REFERENCE.glob("*.rq"))


def canonical(result) -> list:
    """Rows as sorted tuples of N-Triples strings (a multiset)."""
    return sorted(tuple("" if t is None else str(t) for t in row) for row in result.rows)


def _same(name: str, library, engine) -> list:
    query = next(q for q in library if q.name == name)
    new = canonical(run_query(query, engine))
    assert new == canonical(run_query(load_query(REFERENCE / f"{name}.rq"), engine)), name
    return new


@pytest.mark.parametrize("name", NAMES)
def test_summary_query_gives_the_per_document_rows(name, library, fixture_engines, seed_engines):
    for engines in (fixture_engines, seed_engines):
        for engine in engines.values():
            _same(name, library, engine)


def test_summary_queries_follow_replacements_and_removals(library, tmp_path):
    st = open_store(tmp_path / "s")
    st.load_files([FIXTURE])
    engine = OxigraphEngine.from_store(st)
    try:
        graph = st.oxigraph
        answers = {n: _same(n, library, engine) for n in NAMES}
        assert all(answers.values()), "the fixture gives every checked query rows"
        ev1 = [Quad(q.subject, q.predicate, q.object) for q in
               graph.quads_for_pattern(None, None, None, document_iri("fx_ev1"))]
        steps = [lambda: st.replace_document("copy_of_ev1", ev1),  # every statement held twice
                 lambda: st.remove_document("fx_ev1"),
                 lambda: st.remove_document("fx_ev2"),
                 lambda: st.replace_document("fx_en", ev1[: len(ev1) // 2]),
                 lambda: st.remove_document("copy_of_ev1")]
        for step in steps:
            step()  # the engine reads the store as it now is
            for name in NAMES:
                _same(name, library, engine)
    finally:
        engine.close()


def test_most_attacked_places_follows_a_class_stated_in_another_document(library, tmp_path):
    """An attack counts for its target only while the target is of a place class, which a
    document without the attack may be the only one to state."""
    from pyoxigraph import Literal

    from kg.vocab import ID, KGO, RDF
    port, attack = ID["entity/port_x"], ID["attack/t1"]
    st = open_store(tmp_path / "s")
    engine = OxigraphEngine.from_store(st)
    try:
        st.replace_document("a", [Quad(attack, KGO.target, port), Quad(attack, KGO.eventCode, Literal("190"))])
        st.replace_document("b", [Quad(port, RDF.type, KGO.Place)])
        assert len(_same("most_attacked_places", library, engine)) == 1
        st.remove_document("b")  # no longer a place: the attack on it no longer counts
        assert _same("most_attacked_places", library, engine) == []
    finally:
        engine.close()


def test_actors_within_hops_follows_a_denied_attack_two_hops_out(library, tmp_path):
    """actors_within_hops follows every attack, a denied one too, while the (attacker,
    target) summaries it reads count only the attacks not denied: a node reached only
    through a denied attack at the second hop is still there."""
    from kg.vocab import ID, KGO, RDF
    near, far = ID["entity/near_x"], ID["entity/far_x"]
    st = open_store(tmp_path / "s")
    engine = OxigraphEngine.from_store(st)
    try:
        st.replace_document("a", [Quad(ID["attack/h1"], KGO.attacker, ID["entity/iran"]),
                                  Quad(ID["attack/h1"], KGO.target, near),
                                  Quad(near, RDF.type, KGO.ArmedGroup), Quad(far, RDF.type, KGO.ArmedGroup)])
        st.replace_document("b", [Quad(ID["attack/h2"], KGO.attacker, near),
                                  Quad(ID["attack/h2"], KGO.target, far),
                                  Quad(ID["attack/h2"], KGO.polarity, KGO.Denied)])
        rows = _same("actors_within_hops", library, engine)
        hops = {r[2]: r[3].split('"')[1] for r in rows}  # rows are sorted: read them by node
        assert hops == {str(near): "1", str(far): "2"}
    finally:
        engine.close()

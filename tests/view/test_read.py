"""Reading graph files of any syntax into a store (kg/view/read.py)."""
from __future__ import annotations

import pytest
from pyoxigraph import DefaultGraph, Quad, RdfFormat, serialize

from kg.errors import InputError, UsageError
from kg.view.network import build_network
from kg.view.read import read_store


def _as(fixture_trig, tmp_path, suffix: str, fmt: RdfFormat):
    quads = list(read_store(fixture_trig))
    if fmt not in (RdfFormat.N_QUADS, RdfFormat.TRIG):
        quads = [Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads]
    path = tmp_path / f"graph{suffix}"
    path.write_bytes(serialize(quads, format=fmt))
    return path


@pytest.mark.parametrize("suffix,fmt", [(".ttl", RdfFormat.TURTLE), (".nq", RdfFormat.N_QUADS),
                                        (".nt", RdfFormat.N_TRIPLES), (".jsonld", RdfFormat.JSON_LD)])
def test_read_store_every_syntax_gives_the_same_network(fixture_trig, tmp_path, suffix, fmt):
    want = build_network(read_store(fixture_trig))
    got = build_network(read_store(_as(fixture_trig, tmp_path, suffix, fmt)))
    assert sorted(got.nodes) == sorted(want.nodes)
    assert sorted(got.edges(keys=True)) == sorted(want.edges(keys=True))


def test_read_store_missing_file_names_it(tmp_path):
    with pytest.raises(InputError, match="nope.trig: no such file"):
        read_store(tmp_path / "nope.trig")


def test_read_store_bad_syntax_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b .\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_store(bad)
    assert str(bad) in str(err.value) and "line 2" in str(err.value)
    assert "\n" not in str(err.value)


def test_read_store_unknown_extension_is_a_usage_error(tmp_path):
    odd = tmp_path / "graph.csv"
    odd.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(UsageError, match="unknown graph format '.csv'"):
        read_store(odd)

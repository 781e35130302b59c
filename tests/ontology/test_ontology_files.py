"""Locating the ontology files and reading graph files (kg.ontology.files)."""
from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat, parse

from kg.errors import InputError
from kg.ontology import ontology_dir, ontology_path, shapes_path
from kg.ontology.files import read_quads, short, to_rdflib


def test_ontology_files_live_in_the_repository_ontology_folder():
    assert ontology_dir().name == "ontology"
    assert (ontology_dir().parent / "kg" / "ontology" / "files.py").is_file()
    assert ontology_path().parent == ontology_dir() == shapes_path().parent


def test_read_quads_keeps_named_graphs_and_to_rdflib_takes_their_union(mini_graph, seed_graphs):
    quads = read_quads([mini_graph, seed_graphs["trig"]])
    expected = list(parse(path=str(mini_graph), format=RdfFormat.TRIG))
    assert quads[:len(expected)] == expected
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    assert len(to_rdflib(quads)) == len(triples)


@pytest.mark.parametrize("content, reason", [(None, "no such file"), ("<a> <b> .", "not valid")])
def test_bad_graph_file_names_the_file(tmp_path, content, reason):
    path = tmp_path / "g.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=f"g.ttl: {reason}"):
        read_quads([path])


def test_short_uses_the_graph_prefixes():
    from kg.rdf.iris import entity_iri
    from kg.vocab import KGO
    assert short(KGO.supports) == "kgo:supports"
    assert short(entity_iri("iran")) == "ent:iran"
    assert short("http://example.org/x") == "<http://example.org/x>"

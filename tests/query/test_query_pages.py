"""Page templates (queries/pages/, kg/query/pages.py) give exactly the pages of the full
answer, in every engine, whatever the number of units they start from."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import load_query, run_query
from kg.query.pages import KEYS, UNITS, page_template, run_page, split_template
from kg.query.params import bind
from kg.query.safety import projected_variables

QUERIES = Path(__file__).resolve().parents[2] / "queries"
TEMPLATES = sorted(p.stem for p in (QUERIES / "pages").glob("*.rq"))


def _order_by(text: str) -> str:
    return " ".join(text[text.rindex("ORDER BY"):].split())


def test_templates_belong_to_queries_and_keep_their_projection_and_order():
    assert TEMPLATES, "at least one page template"
    for name in TEMPLATES:
        query = load_query(QUERIES / f"{name}.rq")
        template = page_template(query)
        assert template is not None, name
        keys, rows = split_template(template)
        # the units in the (keys) query; a rows query may cut its keys' rows by them too
        assert UNITS in keys, name
        if rows is not None:  # two steps: the keys query has the units, the rows query the keys
            assert KEYS in rows and KEYS not in keys, name
            assert projected_variables(keys), name
            template = rows
        assert projected_variables(template) == projected_variables(query.text), name
        assert _order_by(template) == _order_by(query.text), name


def _cases():
    for name in TEMPLATES:
        for engines in ("fixture_engines", "seed_engines"):
            yield pytest.param(name, engines, id=f"{name}-{engines.split('_')[0]}")


@pytest.mark.parametrize("name,engines", list(_cases()))
def test_pages_are_slices_of_the_full_answer(name, engines, request):
    query = load_query(QUERIES / f"{name}.rq")
    template = page_template(query)
    for engine_name, engine in request.getfixturevalue(engines).items():
        full = run_query(query, engine).rows
        if len(full) < 3:  # nothing to page through here (the next test asks for one dataset)
            continue
        bindings = bind(query, {}, engine)
        used = 0
        for limit in (1, 3, len(full)):
            for offset in (0, 2, len(full) - 1):
                for units in (1, None):
                    page = run_page(template, engine, bindings, limit=limit, offset=offset,
                                    units=units)
                    if page is None:  # too few rows in the first units: the full query runs
                        continue
                    used += 1
                    where = (engine_name, limit, offset, units)
                    assert page.rows == full[offset:offset + limit], where
                    assert page.more == (offset + limit < len(full)), where
                got = run_query(query, engine, limit=limit, offset=offset)
                assert got.rows == full[offset:offset + limit]
                assert got.more == (offset + limit < len(full))
        assert used, f"the template answered some pages itself on {engine_name}"


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_has_rows_to_page_through(name, fixture_engines, seed_engines):
    query = load_query(QUERIES / f"{name}.rq")
    sizes = [len(run_query(query, engines["oxigraph"]).rows) for engines in (fixture_engines, seed_engines)]
    assert max(sizes) >= 3, f"{name}: the fixture or the seed has rows to page through ({sizes})"


def test_rows_per_unit_comes_from_the_template_line():
    from kg.query.pages import ROWS_PER_UNIT, rows_per_unit
    assert rows_per_unit("SELECT * WHERE { ?s ?p ?o } LIMIT {units}") == ROWS_PER_UNIT
    assert rows_per_unit("# a template\n# rows per unit: 50\nSELECT ...") == 50
    assert rows_per_unit("# rows per unit: 0\nSELECT ...") == 1   # at least one unit's row
    assert rows_per_unit("# rows per unit: 0.5\nSELECT ...") == 0.5  # most units give none


def test_the_first_try_reads_as_many_units_as_the_page_needs():
    from kg.query.engines import Result

    class Recorder:
        def __init__(self):
            self.texts = []

        def run(self, text, bindings, **kw):
            self.texts.append(text)
            return Result(["x"], [], more=False)

    engine = Recorder()
    template = "# rows per unit: 50\nSELECT ?x WHERE { } LIMIT {units}"
    assert run_page(template, engine, {}, limit=100, offset=0) is None  # no rows: full query
    assert engine.texts[0].endswith("LIMIT 2") and engine.texts[1].endswith("LIMIT 16")


def test_a_key_of_several_variables_is_one_row_of_the_values_block():
    from pyoxigraph import Literal, NamedNode

    from kg.query.engines import Result

    class Recorder:
        def __init__(self):
            self.texts = []

        def run(self, text, bindings, **kw):
            self.texts.append(text)
            if len(self.texts) == 1:  # the keys query: two variables, one unbound in a row
                return Result(["fact", "doc"], [(NamedNode("http://x/f1"), Literal("d 1")),
                                                (NamedNode("http://x/f2"), None)], more=False)
            return Result(["row"], [(Literal("r"),)] * 5, more=False)

    engine = Recorder()
    template = "SELECT ?fact ?doc WHERE { } LIMIT {units}\n# then, the rows of those keys:\nSELECT ?row WHERE { {keys} }"
    page = run_page(template, engine, {}, limit=2, offset=0)
    assert page is not None and len(page.rows) == 2
    assert 'VALUES (?fact ?doc) { (<http://x/f1> "d 1") (<http://x/f2> UNDEF) }' in engine.texts[1]


def test_membership_pages_follow_chains_of_memberships(tmp_path):
    """The fixture and the seed hold no chain of memberships; the membership template must
    still give the members reached through one (a memberOf b memberOf c ...)."""
    from kg.query.engines import OxigraphEngine, RdflibEngine
    links = [("a", "b"), ("b", "c"), ("c", "d"), ("e", "c"), ("f", "b"), ("g", "d"), ("h", "a")]
    ent, kgo = "https://w3id.org/shabaka/id/entity/", "https://w3id.org/shabaka/ontology#"
    doc = "https://w3id.org/shabaka/id/doc/"
    lines = [f"<{ent}{m}> <{kgo}memberOf> <{ent}{o}> <{doc}d{i % 3}> ." for i, (m, o) in enumerate(links)]
    path = tmp_path / "chains.nq"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    query = load_query(QUERIES / "membership_hierarchy.rq")
    template = page_template(query)
    for engine in (OxigraphEngine.from_file(path), RdflibEngine.from_file(path)):
        full = run_query(query, engine).rows
        assert len(full) > len(links), "chains give more pairs than the stated links"
        for limit, offset in ((1, 0), (3, 2), (5, 4), (2, len(full) - 3)):
            page = run_page(template, engine, bind(query, {}, engine), limit=limit, offset=offset, units=1)
            if page is not None:
                assert page.rows == full[offset:offset + limit], (engine.name, limit, offset)
            assert run_query(query, engine, limit=limit, offset=offset).rows == full[offset:offset + limit]


def test_conflicting_statement_pages_cut_inside_a_fact(tmp_path):
    """A conflicting_statements page must stay a slice of the full answer when it ends inside
    a fact with many claims and denials, and a statement's denials must not join an attack's
    claims between the same two sides (nor the reverse)."""
    from kg.query.engines import OxigraphEngine, RdflibEngine
    ent, kgo = "https://w3id.org/shabaka/id/entity/", "https://w3id.org/shabaka/ontology#"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    doc, prov = "https://w3id.org/shabaka/id/doc/", "http://www.w3.org/ns/prov#"
    lines = []

    def statement(name, s, p, o, polarity, d, speaker=None):
        node, g = f"<https://w3id.org/shabaka/id/statement/{name}>", f"<{doc}{d}>"
        lines.extend(f"{node} {pred} {obj} {g} ." for pred, obj in (
            (f"<{rdf}subject>", f"<{ent}{s}>"), (f"<{rdf}predicate>", f"<{kgo}{p}>"),
            (f"<{rdf}object>", f"<{ent}{o}>"), (f"<{kgo}polarity>", f"<{kgo}{polarity}>"),
            (f"<{prov}wasDerivedFrom>", g)))
        if speaker:
            lines.append(f"{node} <{kgo}saidBy> <{ent}{speaker}> {g} .")

    def attack(name, s, o, polarity, d):
        node, g = f"<https://w3id.org/shabaka/id/attack/{name}>", f"<{doc}{d}>"
        lines.extend(f"{node} {pred} {obj} {g} ." for pred, obj in (
            (f"<{rdf}type>", f"<{kgo}DroneStrike>"), (f"<{kgo}eventCode>", "<https://w3id.org/shabaka/cameo/1952>"),
            (f"<{kgo}attacker>", f"<{ent}{s}>"), (f"<{kgo}target>", f"<{ent}{o}>"),
            (f"<{kgo}polarity>", f"<{kgo}{polarity}>"), (f"<{prov}wasDerivedFrom>", g)))

    for i in range(5):  # one fact, five claiming documents, three denying ones
        statement(f"c{i}", "iran", "supports", "militia", "Asserted" if i % 2 else "Reported", f"d{i}")
    for i in range(3):
        statement(f"n{i}", "iran", "supports", "militia", "Denied", f"n{i}", speaker="ministry" if i else None)
    statement("o1", "hamas", "opposes", "fatah", "Asserted", "d1")
    statement("o2", "hamas", "opposes", "fatah", "Denied", "d2")
    for i in range(3):  # attacks between the same two sides as the statements
        attack(f"a{i}", "iran", "militia", "Asserted", f"d{i + 2}")
    attack("an", "iran", "militia", "Denied", "n5")
    path = tmp_path / "conflicts.nq"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    query = load_query(QUERIES / "conflicting_statements.rq")
    template = page_template(query)
    for engine in (OxigraphEngine.from_file(path), RdflibEngine.from_file(path)):
        full = run_query(query, engine).rows
        assert len(full) > 15, "claims times denials"
        used = 0
        for limit in (1, 3, 7):
            for offset in (0, 5, 11):
                page = run_page(template, engine, bind(query, {}, engine), limit=limit, offset=offset, units=1)
                if page is not None:
                    used += 1
                    assert page.rows == full[offset:offset + limit], (engine.name, limit, offset)
        assert used > 4, engine.name


def test_evidence_pages_order_documents_as_their_iris(tmp_path):
    """The evidence template orders the documents on their identifiers percent-encoded (their
    IRIs' order), which differs from the identifiers' own order: "é1" is after "z1" as text
    and before it encoded (%C3%A9). Each document is written as kg.rdf builds it."""
    from kg.query.engines import OxigraphEngine, RdflibEngine
    from kg.rdf.iris import document_text
    ent, kgo = "https://w3id.org/shabaka/id/entity/", "https://w3id.org/shabaka/ontology#"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    prov, dct = "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    lines = []
    ids = ["z1", "\u00e91", "a b", "a-b", "\u0639/2", "A~", "q(1)"]
    for n, doc_id in enumerate(ids):
        g = f"<{document_text(doc_id)}>"
        lines.append(f'{g} <{dct}identifier> "{doc_id}" {g} .')
        for k in range(2):
            node, ev = f"<https://w3id.org/shabaka/id/statement/s{n}-{k}>", f"<{document_text(doc_id)}#char={k},9>"
            lines.extend(f"{node} {pred} {obj} {g} ." for pred, obj in (
                (f"<{rdf}type>", f"<{kgo}Statement>"), (f"<{rdf}subject>", f"<{ent}e{k}>"),
                (f"<{rdf}predicate>", f"<{kgo}supports>"), (f"<{rdf}object>", f"<{ent}f{n}>"),
                (f"<{kgo}polarity>", f"<{kgo}Asserted>"), (f"<{kgo}evidence>", ev),
                (f"<{prov}wasDerivedFrom>", g)))
            lines.extend(f'{ev} <{nif}{p}> {o} {g} .' for p, o in (
                ("anchorOf", '"a sentence"'), ("beginIndex", f'"{k}"^^<{xsd}integer>'),
                ("endIndex", f'"9"^^<{xsd}integer>')))
    path = tmp_path / "evidence.nq"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    query = load_query(QUERIES / "evidence_for_facts.rq")
    template = page_template(query)
    for engine in (OxigraphEngine.from_file(path), RdflibEngine.from_file(path)):
        full = run_query(query, engine).rows
        assert len(full) == 2 * len(ids)
        used = 0
        for limit in (1, 3, 5):
            for offset in (0, 3, 8):
                page = run_page(template, engine, bind(query, {}, engine), limit=limit, offset=offset, units=1)
                if page is not None:
                    used += 1
                    assert page.rows == full[offset:offset + limit], (engine.name, limit, offset)
        assert used > 4, engine.name

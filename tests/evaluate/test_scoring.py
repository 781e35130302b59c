"""kg eval must agree with the team's reference scorer, document by document."""
import json

import pytest
import rdflib

from kg.cli import main
from kg.evaluate import evaluate, score_graph
from kg.evaluate.gold import gold_document_id, load_gold
from kg.evaluate.scoring import document_graph, gold_norm
from kg.rdf.iris import document_iri
from gold_paths import gold_files

pytestmark = pytest.mark.slow


def _dataset(path):
    ds = rdflib.Dataset()
    ds.parse(str(path), format="trig")
    return ds


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.name.split(".")[0])
def test_eval_agrees_with_reference_scorer(gold_path, built_corpus, reference_scorer):
    gold = load_gold(gold_path)
    ds = _dataset(built_corpus)
    graph = document_graph(ds, document_iri(gold_document_id(gold)).value)
    ours = score_graph(gold, graph).summary()
    ref = reference_scorer.score(reference_scorer.yaml.safe_load(open(gold_path, encoding="utf-8")), graph)
    for part in ("relations", "attacks"):
        for key in ("precision", "recall", "f1"):
            assert ours[part][key] == ref[part][key], (part, key)
        assert ours[part]["system_true"] == ref[part]["system_true"]
        assert ours[part]["system_false"] == ref[part]["system_false"]
    assert ours["entities"]["recall"] == ref["entities"]["recall"]
    assert ours["entities"]["type_accuracy"] == ref["entities"]["type_accuracy"]


def test_document_graph_keeps_only_that_document(built_corpus):
    ds = _dataset(built_corpus)
    seed = document_graph(ds, document_iri("000_4a950e12de890295").value)
    other = document_graph(ds, document_iri("dev_en_01").value)
    assert len(seed) and len(other)
    seed_docs = {str(o) for o in seed.objects(None, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))}
    assert seed_docs == {document_iri("000_4a950e12de890295").value}


def test_micro_average_sums_documents(built_corpus):
    golds = [load_gold(p) for p in gold_files()]
    per_doc, total = evaluate(golds, _dataset(built_corpus))
    assert total.relation_gold == sum(s.relation_gold for s in per_doc.values())
    assert total.attack_tp == sum(s.attack_tp for s in per_doc.values())


@pytest.mark.parametrize("text, expected", [
    ("الولايات المتحدة الأميركية", "ولايات المتحده الاميركيه"),
    ("The Houthis", "houthis"),
    ("al-Tanf", "tanf"),
    ("مُسيّرات", "مسيرات"),
])
def test_gold_norm_follows_the_gold_header(text, expected):
    assert gold_norm(text) == expected


def test_kg_eval_cli_json_on_seed(built_corpus, capsys):
    code = main(["eval", "--gold", str(gold_files()[0]), "--graph", str(built_corpus), "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    micro = out["micro"]
    assert set(micro) == {"entities", "relations", "attacks"}
    assert 0.0 <= micro["relations"]["f1"] <= 1.0


def test_kg_eval_builds_inputs_and_accepts_yaml_arguments(tmp_path, capsys):
    gold = gold_files()[0]
    code = main(["eval", "--gold", str(gold), str(gold_files()[1]), "seeds", str(gold_files()[1]).replace(".gold.yaml", ".md")])
    assert code == 0
    out = capsys.readouterr().out
    assert "000_4a950e12de890295" in out and "dev_ar_01" in out and "micro-average" in out


def test_kg_eval_usage_error_without_graph_or_inputs(capsys):
    assert main(["eval", "--gold", str(gold_files()[0])]) == 2
    assert "either --graph" in capsys.readouterr().err


def test_kg_eval_bad_gold_file_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.gold.yaml"
    bad.write_text("just: [unclosed", encoding="utf-8")
    assert main(["eval", "--gold", str(bad), "--graph", "nothing.trig"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.gold.yaml" in err[0]


def test_kg_eval_says_which_golds_had_no_input_document(capsys):
    # dev_ar_01's text is not among the inputs: it would silently score as an empty graph
    code = main(["eval", "--gold", str(gold_files()[0]), str(gold_files()[1]), "seeds"])
    assert code == 0
    captured = capsys.readouterr()
    assert "no input document for 1 gold file(s) (dev_ar_01)" in captured.err
    assert "000_4a950e12de890295" not in captured.err

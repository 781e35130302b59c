"""``import kg``: the library's entry points, by the names the README uses."""
import subprocess
import sys

import pytest

import kg


def test_every_public_name_resolves_to_its_definition():
    from kg.build import build
    from kg.pipeline import analyze
    assert kg.build_graph is build and kg.analyze is analyze
    for name in kg.__all__:
        assert callable(getattr(kg, name)), name


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_thing"):
        kg.no_such_thing  # noqa: B018


def test_import_kg_loads_no_stage():
    # The command line and every worker import kg first: the pipeline (and its lexicon)
    # loads only when asked for.
    code = "import sys, kg; print(any(m.startswith('kg.pipeline') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_readme_example_runs_on_the_seed(tmp_path):
    from pathlib import Path
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    docs = [kg.analyze(d) for d in kg.iter_documents([seeds])]
    assert docs and any(doc.relations for doc in docs)
    report = kg.build_graph([seeds], [tmp_path / "g.trig"])
    assert report.documents == len(docs) and (tmp_path / "g.trig").stat().st_size > 0
    with kg.open_store(tmp_path / "store") as store:
        store.load_files([tmp_path / "g.trig"])
        assert store.documents()

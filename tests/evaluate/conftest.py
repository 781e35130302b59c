import importlib.util
from pathlib import Path

import pytest

from kg.build import build

from gold_paths import GOLD, ROOT, dev_documents



@pytest.fixture(scope="session")
def reference_scorer():
    spec = importlib.util.spec_from_file_location("reference_score", Path(__file__).parent / "reference_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory):
    """The seed and the dev documents, built once into one TriG file."""
    out = tmp_path_factory.mktemp("eval") / "corpus.trig"
    report = build([ROOT / "seeds", *dev_documents()], out)
    assert report.documents == 15
    return out

"""Fixtures for the reader tests: running the real ``kg`` CLI and reading what it wrote."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyoxigraph import Dataset, NamedNode, RdfFormat, parse

KG = str(Path(sys.executable).with_name("kg"))
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
DCT = "http://purl.org/dc/terms/"


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [l for l in self.err.splitlines() if l.strip()]


@pytest.fixture
def kg(capsys):
    """Run ``kg ARGS`` in this process through :func:`kg.cli.main` (one worker)."""
    from kg.cli import main

    def run(*args) -> Run:
        args = [os.fspath(a) for a in args]
        if args and args[0] == "build" and "--workers" not in args and "-w" not in args:
            args += ["--workers", "1"]
        capsys.readouterr()
        code = main(args)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)
    return run


@pytest.fixture
def kg_process():
    """Run the installed ``kg`` console script in a subprocess (real exit status, real
    stderr: a traceback would show here)."""
    def run(*args, timeout=120, **kw) -> Run:
        p = subprocess.run([KG, *map(os.fspath, args)], capture_output=True, timeout=timeout, **kw)
        return Run(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))
    return run


def documents_of(path: Path) -> dict[str, str]:
    """dcterms:identifier -> nif:isString of every document in a graph file."""
    fmt = {".nq": RdfFormat.N_QUADS, ".trig": RdfFormat.TRIG, ".ttl": RdfFormat.TURTLE}[path.suffix]
    ids, texts = {}, {}
    for q in parse(path=str(path), format=fmt):
        if q.predicate == NamedNode(DCT + "identifier"):
            ids[q.subject] = q.object.value
        elif q.predicate == NamedNode(NIF + "isString"):
            texts[q.subject] = q.object.value
    return {ids[s]: texts[s] for s in ids}


def dataset_of(path: Path) -> Dataset:
    fmt = {".nq": RdfFormat.N_QUADS, ".trig": RdfFormat.TRIG, ".ttl": RdfFormat.TURTLE}[path.suffix]
    return Dataset(parse(path=str(path), format=fmt))


def assert_one_line_error(run: Run, path_fragment: str, reason_fragment: str) -> None:
    """The file is reported on exactly one stderr line with the reason, no traceback."""
    assert "Traceback" not in run.err
    hits = [l for l in run.err_lines if path_fragment in l and reason_fragment in l]
    assert len(hits) == 1, run.err


@pytest.fixture
def graph_documents():
    return documents_of


@pytest.fixture
def graph_dataset():
    return dataset_of


@pytest.fixture
def one_line_error():
    return assert_one_line_error

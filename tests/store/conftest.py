"""Fixtures for the store tests: small real documents, the seed graph, free ports."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURE_TRIG = REPO / "tests" / "query" / "data" / "fixture.trig"

ARTICLE = """---
title: اختبار
date: 2023-11-01
language: ar
---
أعلنت إيران دعمها للحوثيين في اليمن.

وقال أكرم الكعبي إن حركة النجباء مستعدة.
"""


@pytest.fixture(scope="session")
def fixture_trig() -> Path:
    return FIXTURE_TRIG


@pytest.fixture(scope="session")
def fixture_documents(fixture_trig) -> list[str]:
    """The ids of the documents whose graphs the fixture holds, sorted."""
    from urllib.parse import unquote

    from pyoxigraph import parse
    base = "https://w3id.org/shabaka/id/doc/"
    return sorted({unquote(q.graph_name.value[len(base):]) for q in parse(path=str(fixture_trig))
                   if q.graph_name.value.startswith(base)})


@pytest.fixture()
def article_text() -> str:
    return ARTICLE


@pytest.fixture()
def article_dir(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.md").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture()
def free_port() -> int:
    """A loopback port nobody listens on (bound to port 0, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

"""Fixtures every test folder may use."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seed_trig(tmp_path_factory) -> Path:
    """The seed article built by the real pipeline, once per run."""
    from kg.build import build
    out = tmp_path_factory.mktemp("seed") / "graph.trig"
    build([REPO / "seeds"], [out])
    return out

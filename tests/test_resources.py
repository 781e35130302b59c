"""The data folders are found in a checkout and in a wheel's install location."""
from __future__ import annotations

import tomllib
from pathlib import Path

import kg.resources as resources

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_reads_its_own_folders():
    assert resources.data_dir("ontology") == ROOT / "ontology"
    assert resources.data_dir("queries") == ROOT / "queries"


def test_without_a_checkout_the_installed_copy_is_used(tmp_path, monkeypatch):
    installed = tmp_path / "prefix" / "share" / "shabaka"
    (installed / "queries").mkdir(parents=True)
    monkeypatch.setattr(resources, "_CHECKOUT", tmp_path / "no-checkout")
    monkeypatch.setattr(resources, "_installed_roots", lambda: [tmp_path / "elsewhere", installed])
    assert resources.data_dir("queries") == installed / "queries"
    # Neither exists: the checkout's path, so the caller's "not found" error names it.
    assert resources.data_dir("ontology") == tmp_path / "no-checkout" / "ontology"


def test_the_wheel_ships_every_file_of_the_data_folders():
    """pyproject's data-files globs must cover each file (a new query or shapes file
    would otherwise be missing from wheels only)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = config["tool"]["setuptools"]["data-files"]
    for name in ("ontology", "queries"):
        shipped = {p for pattern in data_files[f"share/shabaka/{name}"] for p in ROOT.glob(pattern)}
        present = {p for p in (ROOT / name).iterdir() if p.is_file()}
        assert present and present <= shipped, sorted(str(p) for p in present - shipped)

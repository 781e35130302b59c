"""kg ontology-docs writes the documentation file."""
from __future__ import annotations

from kg.cli import main


def test_writes_markdown(tmp_path, capsys):
    output = tmp_path / "docs" / "ontology.md"
    assert main(["ontology-docs", "--output", str(output)]) == 0
    assert f"wrote {output}" in capsys.readouterr().out
    assert output.read_text(encoding="utf-8").startswith("# Shabaka ontology")


def test_bad_suffix_exits_2(tmp_path, capsys):
    assert main(["ontology-docs", "-o", str(tmp_path / "o.txt")]) == 2
    assert "o.txt" in capsys.readouterr().err

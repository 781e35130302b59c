"""The package's imports flow one way.

Read from the source (every ``import`` statement, also those inside functions, which
still tie two modules together): no two modules import each other, and no module of a
lower layer (model <- pipeline <- rdf <- store <- query/view/serve <- cli) imports one of
a higher layer.
"""
from __future__ import annotations

import ast
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent
# Layer of each top-level part of the package; parts not named here (errors, vocab, text,
# io, lexicon, lang, keys, parallel...) are shared machinery any layer may use, and are
# checked only for cycles.
LAYERS = {"model": 0, "pipeline": 1, "rdf": 2, "results": 2, "store": 3, "build": 3,
          "cluster": 3, "query": 4, "view": 4, "serve": 5, "evaluate": 5, "cli": 6}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ("kg",) + path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            for alias in node.names:
                # ``from kg.io import files`` imports the module kg.io.files
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(name: str) -> int | None:
    parts = name.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


def test_the_import_graph_is_read():
    # The check below is only as good as this graph: it must see function-level imports.
    assert "kg.pipeline.runner" in GRAPH and "kg.pipeline.relations" in GRAPH["kg.pipeline.runner"]
    assert "kg.results" in GRAPH["kg.cluster"]


def test_no_two_modules_import_each_other():
    pairs = sorted((a, b) for a in GRAPH for b in GRAPH[a] if a < b and a in GRAPH[b])
    assert not pairs, f"modules that import each other: {pairs}"


def test_no_module_imports_a_higher_layer():
    upward = sorted((a, b) for a in GRAPH for b in GRAPH[a]
                    if _layer(a) is not None and _layer(b) is not None and _layer(b) > _layer(a))
    assert not upward, f"imports against the layers (model <- pipeline <- rdf <- store <- query <- cli): {upward}"

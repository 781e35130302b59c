"""Quality next to speed: ours and the peer's graph of each gold document, scored alike.

The scorer is the reference one, ``shared/tools/score.py`` (found beside the repository,
as in CI), loaded by path; ``kg eval`` must agree with it.  Gold files are the seed's
(``tests/gold/*.gold.yaml``) and the development set's (``tests/gold/dev/``).
"""
from __future__ import annotations

import importlib.util
import statistics
from pathlib import Path

import yaml

from kg.io import iter_documents

METRICS = (("entities", "recall"), ("relations", "f1"), ("attacks", "f1"))


def text_bytes(path) -> int:
    return sum(len(d.text.encode()) for d in iter_documents([path], on_error=lambda e: None))


def find_scorer(root: Path):
    for candidate in (root.parent / "shared" / "tools" / "score.py", Path("/work/shared/tools/score.py")):
        if candidate.is_file():
            spec = importlib.util.spec_from_file_location("shabaka_reference_score", candidate)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module, str(candidate)
    return None, None


def gold_documents(root: Path) -> list[tuple[Path, Path]]:
    """(gold file, document file) pairs whose document is in the repository."""
    pairs = []
    for gold in sorted((root / "tests" / "gold").rglob("*.gold.yaml")):
        with open(gold, encoding="utf-8") as fh:
            name = (yaml.safe_load(fh) or {}).get("document")
        for folder in (gold.parent, root / "seeds"):
            if name and (folder / name).is_file():
                pairs.append((gold, folder / name))
                break
    return pairs


def compare(root: Path, work: Path, peer: bool = True) -> dict:
    """Per gold document and on average: entity recall, relation F1, attack F1."""
    scorer, where = find_scorer(root)
    if scorer is None:
        return {"note": "reference scorer shared/tools/score.py not found: quality not measured"}
    from kg.build import build
    work.mkdir(parents=True, exist_ok=True)
    systems = {"shabaka": {}, **({"peer": {}} if peer else {})}
    errors: list[str] = []
    for gold_path, doc_path in gold_documents(root):
        with open(gold_path, encoding="utf-8") as fh:
            gold = yaml.safe_load(fh)
        graphs = {"shabaka": work / f"{doc_path.stem}.ours.nq"}
        if peer:
            graphs["peer"] = work / f"{doc_path.stem}.peer.nt"
        for system, graph in graphs.items():
            try:   # a failure is reported in the results, not allowed to sink a long run
                if system == "shabaka":
                    build([doc_path], [graph], workers=1)
                else:
                    import peer as peer_module
                    peer_module.run([doc_path], graph)
                report = scorer.score(gold, scorer.load_graph([str(graph)]))
            except Exception as exc:  # noqa: BLE001
                errors.append(f"{system} on {doc_path.name}: {type(exc).__name__}: {exc}")
                continue
            systems[system][doc_path.name] = {f"{part}_{metric}": report[part][metric]
                                              for part, metric in METRICS}
    out = {"scorer": where, "documents": sorted(next(iter(systems.values())).keys()), "systems": {},
           **({"errors": errors} if errors else {})}
    for system, per_doc in systems.items():
        mean = {key: round(statistics.mean(d[key] for d in per_doc.values()), 3)
                for key in (f"{p}_{m}" for p, m in METRICS)} if per_doc else {}
        seed = next((v for k, v in per_doc.items() if k.startswith("000_")), None)
        out["systems"][system] = {"seed": seed, "mean_over_gold": mean, "per_document": per_doc}
    return out

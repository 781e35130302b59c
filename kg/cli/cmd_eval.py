"""kg eval: score extraction against gold annotations."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import List, Optional

import rdflib
import typer

from kg.cli.app import app, console, warn
from kg.errors import InputError, UsageError
from kg.evaluate import evaluate
from kg.evaluate.gold import gold_document_id, load_gold


def _load_dataset(path: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    fmt = rdflib.util.guess_format(str(path)) or "turtle"
    try:
        ds.parse(str(path), format=fmt)
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except Exception as exc:  # rdflib raises many parser exception types
        raise InputError(str(path), f"cannot parse as {fmt}: {str(exc).splitlines()[0][:200]}") from None
    return ds


@app.command("eval")
def eval_cmd(
    gold: List[Path] = typer.Option(..., "--gold", help="Gold annotation YAML file, or a folder of "
                                                      "*.gold.yaml. Further .yaml files may follow "
                                                      "as arguments (so a shell glob works)."),
    graph: Optional[Path] = typer.Option(None, "--graph", help="A built graph (.trig/.nq keep one graph per document)."),
    inputs: List[Path] = typer.Argument(None, help="Documents to build and score instead of --graph "
                                                   "(and extra gold .yaml files)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List misses and false positives."),
):
    """Score entities, relations and attacks against gold annotations.

    Examples:

      kg eval --gold tests/gold/000_4a950e12de890295.gold.yaml --graph out/graph.trig

      kg eval --gold tests/gold/dev/*.gold.yaml tests/gold/dev/
    """
    inputs = list(inputs or [])
    gold = list(gold) + [p for p in inputs if p.suffix in (".yaml", ".yml")]
    inputs = [p for p in inputs if p.suffix not in (".yaml", ".yml")]
    if (graph is None) == (not inputs):
        raise UsageError("give either --graph FILE or INPUT documents (not both)")
    gold_files = [f for g in gold for f in (sorted(g.glob("*.gold.yaml")) if g.is_dir() else [g])]
    if not gold_files:
        raise UsageError("no gold files found")
    golds = [load_gold(g) for g in gold_files]
    if graph is None:
        from kg.build import build
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "eval.trig"
            report = build(inputs, out, on_error=lambda e: warn(f"skipped {e}"))
            if report.documents == 0:
                raise InputError(", ".join(map(str, inputs)), "no document could be read")
            ds = _load_dataset(out)
        _warn_unread(golds, ds)
    else:
        ds = _load_dataset(graph)
    per_doc, total = evaluate(golds, ds)
    if as_json:
        out = {"documents": {d: s.summary() for d, s in per_doc.items()}, "micro": total.summary()}
        if verbose:
            out["errors"] = {d: _errors(s) for d, s in per_doc.items()}
        console.print_json(json.dumps(out, ensure_ascii=False, default=str))
        return
    console.print(f"{'document':32} {'ent.rec':>7} {'type':>5} {'rel.P':>6} {'rel.R':>6} {'rel.F1':>6} "
                  f"{'att.P':>6} {'att.R':>6} {'att.F1':>6}", markup=False)
    rows = list(per_doc.items()) + [("micro-average", total)]
    for doc_id, sc in rows:
        s = sc.summary()
        e, r, a = s["entities"], s["relations"], s["attacks"]
        console.print(f"{doc_id[:32]:32} {e['recall']:7.3f} {e['type_accuracy']:5.2f} {r['precision']:6.3f} "
                      f"{r['recall']:6.3f} {r['f1']:6.3f} {a['precision']:6.3f} {a['recall']:6.3f} "
                      f"{a['f1']:6.3f}", markup=False)
    attacks = total.summary()["attacks"]
    if attacks["paired"] != attacks["found"]:
        # One system attack matched several gold attacks (they share its target).
        console.print(f"attack recall one to one: {attacks['recall_one_to_one']:.3f} "
                      f"({attacks['paired']} of {attacks['gold']})", markup=False)
    fields = attacks["field_accuracy"]
    if fields:
        console.print("attack fields right: " + ", ".join(f"{k} {v}" for k, v in fields.items()), markup=False)
    if verbose:
        for doc_id, sc in per_doc.items():
            for kind, items in _errors(sc).items():
                for item in items:
                    console.print(f"  {doc_id} {kind}: {json.dumps(item, ensure_ascii=False, default=str)}",
                                  markup=False)


def _warn_unread(golds: list[dict], ds: rdflib.Dataset) -> None:
    """A gold whose document was not among the inputs would score as an empty graph and
    pull every figure down without a word (a cache folder missing some texts): say so."""
    from kg.rdf.iris import document_iri
    graphs = {str(c.identifier) for c in ds.graphs() if len(c)}
    missing = [gold_document_id(g) for g in golds
               if document_iri(gold_document_id(g)).value not in graphs]
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        warn(f"no input document for {len(missing)} gold file(s) ({shown}): they are scored as empty")


def _errors(sc) -> dict:
    return {"missing entity": sc.missing_entities, "missing relation": sc.missing_relations,
            "false relation": sc.false_relations, "missing attack": sc.missing_attacks,
            "false attack": sc.false_attacks}

"""The event table: one row per attack, for spreadsheets, pandas and ACLED-style counts.

The rows come from ONE library query, ``queries/attack_events.rq`` (the same that
``kg query`` runs), so the table and the query cannot drift apart.  This module adds
what a file needs: plain values (numbers as numbers), a stable order inside the
" | "-joined cells (SPARQL leaves the order of GROUP_CONCAT open), a deterministic row
order, ACLED's own spelling of the sub-event type, and an atomic write as CSV, JSON
Lines or Parquet (Parquet needs the ``parquet`` extra: pyarrow).
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from kg.errors import UsageError
from kg.rdf.serialize import atomic_output
from kg.resources import data_dir
from kg.vocab import ATTACK_KINDS, acled_slug

QUERY_FILE = data_dir("queries") / "attack_events.rq"
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet"}
SEPARATOR = " | "
#: Columns read as integers; every other column is text.
INTEGER_COLUMNS = ("fatalities", "injured", "sentence_start", "sentence_end")
#: Multi-valued columns sorted together (a label and its code stay side by side).
_PAIRED = (("attackers", "attacker_codes"), ("targets", "target_codes"), ("weapons",))
_ACLED_LABELS = {acled_slug(label): label for _, label in ATTACK_KINDS.values() if label}


def event_rows(engine) -> tuple[list[str], list[dict]]:
    """(columns, rows) of the event table of the graph behind ``engine``."""
    from kg.query import load_query, run_query
    result = run_query(load_query(QUERY_FILE), engine)
    columns = list(result.variables)
    rows = [_row(columns, values) for values in result.rows]
    rows.sort(key=lambda r: (r["document_id"] or "", r["sentence_start"] or 0, r["event_id"]))
    return columns, rows


def _row(columns: list[str], values) -> dict:
    row = {}
    for name, term in zip(columns, values):
        value = None if term is None else term.value
        if value is not None and name in INTEGER_COLUMNS:
            try:
                value = int(value)
            except ValueError:
                pass
        row[name] = value
    for group in _PAIRED:
        cells = [row.get(c) for c in group]
        if cells[0]:
            parts = [c.split(SEPARATOR) if c else [""] * len(cells[0].split(SEPARATOR)) for c in cells]
            ordered = sorted(zip(*parts))
            for c, items in zip(group, zip(*ordered)):
                row[c] = SEPARATOR.join(items)
    if row.get("acled_sub_event_type"):
        row["acled_sub_event_type"] = _ACLED_LABELS.get(row["acled_sub_event_type"], row["acled_sub_event_type"])
    return row


def event_format(path: str | os.PathLike) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise UsageError(f"--output must end in {', '.join(FORMATS)} for --to events, not {str(path)!r}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError("Parquet output needs pyarrow: pip install 'shabaka[parquet]'") from None
    return fmt


def write_events(columns: list[str], rows: list[dict], path: str | os.PathLike) -> None:
    """Write the table to ``path`` (format from its ending), atomically."""
    fmt = event_format(path)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        types = {c: pa.int64() if c in INTEGER_COLUMNS else pa.string() for c in columns}
        table = pa.table({c: pa.array([r.get(c) for r in rows], type=types[c]) for c in columns})
        with atomic_output(path, "wb") as fh:
            pq.write_table(table, fh)
        return
    with atomic_output(path, "w") as fh:
        if fmt == "csv":
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(columns)
            for r in rows:
                writer.writerow(["" if r.get(c) is None else r[c] for c in columns])
        else:
            for r in rows:
                fh.write(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False) + "\n")

"""The benchmark's one table (plain text, also valid Markdown for the README)."""
from __future__ import annotations

COLUMNS = ["docs", "system", "workers", "docs/s", "MB/s", "MB/s/core", "CPU s", "MB/CPU-s", "triples/s", "ms/doc",
           "peak RSS MB", "x peer", "store load s", "load triples/s", "queries p50<200ms",
           "query p50 max ms", "query p95 max ms"]


def _fmt(value, digits=0) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    return f"{value:,.{digits}f}"


def rows(result: dict) -> list[list[str]]:
    out = []
    for size in result["sizes"]:
        peer = size.get("peer")
        store = size["store"]
        queries = store.get("queries", {})
        latencies = [q for q in queries.values() if "p50_ms" in q]
        fast = f"{sum(1 for q in latencies if q['p50_ms'] < 200)}/{len(queries)}" if queries else ""
        before = size.get("baseline_builds", [])
        for b in before:
            # The baseline code (run.py --baseline), built just before the row after it.
            ratio = b["docs_per_s"] / peer["docs_per_s"] if peer else None
            out.append([_fmt(size["documents"]), f"shabaka before ({b['baseline'][:7]})", str(b["workers"]),
                        _fmt(b["docs_per_s"]), _fmt(b["mb_per_s"], 2), _fmt(b["mb_per_s_per_core"], 2),
                        _fmt(b.get("cpu_seconds"), 2), _fmt(b.get("mb_per_cpu_s"), 2),
                        _fmt(b["triples_per_s"]), _fmt(b["ms_per_doc"], 2),
                        _fmt(b.get("peak_tree_rss_mb", b["peak_rss_mb"])),
                        _fmt(ratio, 1) + "x" if ratio else "", "", "", "", "", ""])
        for i, b in enumerate(size["builds"]):
            ratio = b["docs_per_s"] / peer["docs_per_s"] if peer else None
            first = i == 0
            out.append([_fmt(size["documents"]), "shabaka after" if before else "shabaka", str(b["workers"]),
                        _fmt(b["docs_per_s"]), _fmt(b["mb_per_s"], 2), _fmt(b["mb_per_s_per_core"], 2),
                        _fmt(b.get("cpu_seconds"), 2), _fmt(b.get("mb_per_cpu_s"), 2), _fmt(b["triples_per_s"]),
                        _fmt(b["ms_per_doc"], 2), _fmt(b.get("peak_tree_rss_mb", b["peak_rss_mb"])),
                        _fmt(ratio, 1) + "x" if ratio else "",
                        _fmt(store["load_seconds"], 1) if first else "",
                        _fmt(store["triples_per_s"]) if first else "",
                        fast if first else "",
                        _fmt(max((q["p50_ms"] for q in latencies), default=None), 1) if first else "",
                        _fmt(max((q["p95_ms"] for q in latencies), default=None), 1) if first else ""])
        if peer:
            out.append([_fmt(size["documents"]), "peer (spaCy+rdflib)", "1", _fmt(peer["docs_per_s"]),
                        _fmt(peer["mb_per_s"], 2), _fmt(peer["mb_per_s_per_core"], 2), "", "",
                        _fmt(peer["triples_per_s"]), _fmt(peer["ms_per_doc"], 2),
                        _fmt(peer.get("peak_tree_rss_mb", peer["peak_rss_mb"])), "1.0x",
                        "", "", "", "", ""])
    return out


def table(result: dict) -> str:
    body = rows(result)
    widths = [max(len(c), *(len(r[i]) for r in body)) for i, c in enumerate(COLUMNS)]
    line = lambda cells: "| " + " | ".join(c.rjust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(COLUMNS), sep, *(line(r) for r in body)])


def notes(result: dict) -> list[str]:
    m = result["machine"]
    lines = [f"Machine: {m['cpu_model']}, {m['cores']} cores, {m['ram_gb']:.0f} GB RAM, "
             f"Python {m['python']}; load average at start "
             f"{', '.join(f'{x:.2f}' for x in m.get('load_average_at_start') or [])}.",
             "Corpus: GENERATED wire-style documents (benchmarks/generate.py: lexicon names in our own "
             "sentence templates, every document distinct) plus the seed article; docs = generated + seed."]
    q = result.get("quality", {})
    for system, s in q.get("systems", {}).items():
        mean = s.get("mean_over_gold") or {}
        seed = s.get("seed") or {}
        lines.append(f"Quality {system}: seed gold entity recall {seed.get('entities_recall')}, relation F1 "
                     f"{seed.get('relations_f1')}, attack F1 {seed.get('attacks_f1')}; mean over "
                     f"{len(q.get('documents', []))} gold documents: {mean}.")
    if q.get("note"):
        lines.append(q["note"])
    for error in q.get("errors", [])[:5]:
        lines.append(f"Quality not measured: {error}")
    for size in result["sizes"]:
        if size["store"].get("queries_note"):
            lines.append(size["store"]["queries_note"])
            break
        errors = {k: v["error"] for k, v in size["store"].get("queries", {}).items() if "error" in v}
        if errors:
            lines.append(f"Queries without an answer at {size['documents']:,} docs: {errors}")
    lines.append("peak RSS: summed over the build process and its workers (forked workers share "
                 "pages, so the sum overstates); every query latency is in the JSON.")
    curve = ", ".join(f"{n:,}: {ms:.2f} ms" for n, ms in result.get("cost_per_document_ms", []))
    lines.append(f"Cost per document (1 worker) by corpus size: {curve}.")
    if result.get("warc"):
        import warc
        lines.extend(warc.lines(result["warc"]))
    if result.get("real_text"):
        import real_text
        lines.extend(real_text.lines(result["real_text"]))
    return lines


def print_table(result: dict) -> None:
    print()
    print(table(result))
    print()
    for line in notes(result):
        print(line)

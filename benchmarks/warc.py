"""The WARC row of ``make bench``: a web archive in, N-Quads out.

Builds a ``.warc.gz`` from generated documents (``generate.py``), each wrapped in an
article page with the furniture news sites put around it (menu, cookie banner, ticker,
"read also" list, newsletter box, footer) and archived the way crawlers do: a request
record per page, and every fifth page an image and a redirect.  Then measures:

* reading the archive's records alone, with FastWARC and with warcio (why FastWARC);
* page-to-text (charset, trafilatura main text and metadata) per page;
* ``kg build ARCHIVE`` on one worker and on all: MB of archive per second, documents/s;
* the share of page-to-text in the time per document (target: under 20%).

    python benchmarks/warc.py --pages 200          # alone
    python benchmarks/run.py --sizes 1000 --quick   # as part of make bench
"""
from __future__ import annotations

import argparse
import html
import io
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

#: Share of the per-document time that page-to-text may take.
TARGET_SHARE = 0.20

_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T08:00:00Z">
<link rel="canonical" href="{url}"><script>var cfg = {{"ads": true}};</script></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<div class="ticker">Markets: oil prices rise; gold steady; currency markets calm</div>
<main><article><h1>{title}</h1>{body}</article>
<aside class="related"><h3>Read also</h3><ul><li><a href="/a">Ministers meet in the capital</a></li>
<li><a href="/b">Weather: a hot week ahead</a></li></ul></aside>
<div class="newsletter"><p>Subscribe to our daily newsletter</p><form><input type="email"></form></div>
</main><footer><p>All rights reserved, Example News</p></footer></body></html>
"""


def page_html(doc: dict) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in doc["text"].split("\n") if p.strip())
    return _PAGE.format(lang=doc["language"], title=html.escape(doc["title"] or ""), date=doc["date"],
                        url=doc["url"], body=body)


def make_archive(path: Path, pages: int, seed: int = 7, ar_share: float = 0.75) -> dict:
    """Write the benchmark archive; returns counts and sizes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html_bytes = text_bytes = records = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        def write(url, kind, payload=b"", status="200 OK", ctype="text/html; charset=utf-8"):
            nonlocal records
            records += 1
            if kind == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            else:
                http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, kind, payload=io.BytesIO(payload),
                                                          http_headers=http))

        for n, doc in enumerate(generate.iter_documents(pages, seed=seed, ar_share=ar_share)):
            page = page_html(doc).encode()
            html_bytes += len(page)
            text_bytes += len(doc["text"].encode())
            write(doc["url"], "request")
            write(doc["url"], "response", page)
            if n % 5 == 0:
                write(doc["url"] + "/logo.png", "response", b"\x89PNG\r\n\x1a\n" + bytes(2000), ctype="image/png")
                write(doc["url"] + "/old", "response", b"", status="301 Moved Permanently")
    return {"pages": pages, "records": records, "archive_bytes": path.stat().st_size,
            "html_bytes": html_bytes, "text_bytes": text_bytes}


def read_records(path: Path, rounds: int = 3) -> dict:
    """Seconds to stream every record's block with FastWARC and with warcio (best of
    ``rounds``, after one untimed read that puts the file in the page cache)."""
    from fastwarc.warc import ArchiveIterator as FastIterator
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    def fast():
        with open(path, "rb") as fh:
            return sum(len(r.reader.read()) >= 0 for r in FastIterator(fh, parse_http=False))

    def warcio():
        with open(path, "rb") as fh:
            return sum(len(r.content_stream().read()) >= 0 for r in WarcioIterator(fh))

    path.read_bytes()
    out = {"records_read": [fast(), warcio()]}
    for name, read in (("fastwarc", fast), ("warcio", warcio)):
        best = float("inf")
        for _ in range(rounds):
            t = time.perf_counter()
            read()
            best = min(best, time.perf_counter() - t)
        out[f"{name}_seconds"] = best
    return out


def page_to_text(path: Path) -> dict:
    """Seconds per page for decoding and main-text extraction, as the reader does it."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from kg.io.encoding import Replacements, decode_bytes, declared_charset
    from kg.io.pages import extract_article

    pages, seconds = 0, 0.0
    extract_article("warm-up", "<html><body><article><p>Warm up the extractor once.</p></article></body></html>")
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
            ctype = record.http_headers.get("Content-Type", "")
            if record.http_headers.status_code != 200 or not ctype.startswith("text/html"):
                continue
            body = record.reader.read()
            t = time.perf_counter()
            text = decode_bytes("bench", body, Replacements(), declared=declared_charset(ctype, body))
            extract_article("bench", text, record.headers.get("WARC-Target-URI"))
            seconds += time.perf_counter() - t
            pages += 1
    return {"pages_extracted": pages, "page_to_text_ms": 1000 * seconds / max(pages, 1)}


def bench(workdir: Path, pages: int, workers: list[int], run_step, seed: int = 7,
          ar_share: float = 0.75) -> dict:
    """The WARC row: archive made, read, converted and built (``run_step`` from run.py)."""
    workdir.mkdir(parents=True, exist_ok=True)
    archive = workdir / f"bench-{pages}.warc.gz"
    info = make_archive(archive, pages, seed, ar_share)
    info.update(read_records(archive))
    info.update(page_to_text(archive))
    mb = info["archive_bytes"] / 1e6
    info["fastwarc_mb_per_s"] = mb / info["fastwarc_seconds"]
    info["warcio_mb_per_s"] = mb / info["warcio_seconds"]
    info["builds"] = []
    for w in workers:
        out = workdir / f"warc-{pages}.nq"
        r = run_step(["ours", str(out), str(archive), "--workers", str(w)])
        r["archive_mb_per_s"] = mb / r["seconds"]
        r["docs_per_s"] = r["documents"] / r["seconds"]
        r["ms_per_doc"] = 1000 * r["seconds"] / r["documents"]
        info["builds"].append(r)
        out.unlink(missing_ok=True)
    one = info["builds"][0]
    info["page_to_text_share"] = info["page_to_text_ms"] / one["ms_per_doc"]
    info["page_to_text_vs_analysis"] = info["page_to_text_ms"] / max(one["ms_per_doc"] - info["page_to_text_ms"], 1e-9)
    archive.unlink(missing_ok=True)
    return info


def lines(info: dict) -> list[str]:
    out = [f"WARC: {info['pages']} pages in {info['records']} records, {info['archive_bytes'] / 1e6:.1f} MB "
           f"gzipped ({info['html_bytes'] / 1e6:.1f} MB of HTML, {info['text_bytes'] / 1e6:.1f} MB of article text); "
           f"reading records: FastWARC {info['fastwarc_mb_per_s']:.0f} MB/s, warcio {info['warcio_mb_per_s']:.0f} MB/s."]
    for b in info["builds"]:
        out.append(f"WARC build, {b['workers']} worker(s): {b['archive_mb_per_s']:.2f} MB of archive/s, "
                   f"{b['docs_per_s']:.1f} docs/s, {b['ms_per_doc']:.1f} ms/doc, peak RSS "
                   f"{b.get('peak_tree_rss_mb', b['peak_rss_mb']):.0f} MB.")
    verdict = "meets" if info["page_to_text_share"] < TARGET_SHARE else "MISSES"
    out.append(f"Page-to-text: {info['page_to_text_ms']:.1f} ms/page = {100 * info['page_to_text_share']:.0f}% "
               f"of the time per document on one worker ({100 * info['page_to_text_vs_analysis']:.0f}% of the "
               f"analysis alone); {verdict} the < {100 * TARGET_SHARE:.0f}% target.")
    return out


def main(argv=None) -> int:
    import run
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--workers", default="1,0", help="comma-separated, 0 = all cores")
    ap.add_argument("--workdir", type=Path, default=HERE / "work" / "warc")
    args = ap.parse_args(argv)
    info = bench(args.workdir, args.pages, [int(w) for w in args.workers.split(",")], run.run_step)
    for line in lines(info):
        print(line)
    print(json.dumps({k: v for k, v in info.items() if k != "builds"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

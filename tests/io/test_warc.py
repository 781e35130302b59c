"""Web archives: article pages in, everything else skipped and counted; duplicates once;
a cut archive or a corrupt gzip member loses only the damaged records."""
from __future__ import annotations

import gzip
import io

import pytest

from webpages import AR_PAGE, EN_PAGE, write_warc


def _records():
    third = EN_PAGE.__class__(**{**EN_PAGE.__dict__, "name": "third", "url": "https://news.example/en/third",
                                 "paragraphs": ["Iran supports the Houthis in Yemen, the minister said on Monday."]})
    return [
        ("request", AR_PAGE.url, b"", None),
        ("page", AR_PAGE.url, AR_PAGE.html().encode(), None),
        ("image", "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), None),
        ("redirect", "https://news.example/old", b"<html><body>moved</body></html>", None),
        ("404", "https://news.example/missing", b"<html><body><p>Not found</p></body></html>", None),
        ("page", EN_PAGE.url, EN_PAGE.html().encode(), None),
        ("page", AR_PAGE.url, AR_PAGE.html().encode(), None),          # the same page again
        ("metadata", "https://news.example/", b"crawl notes", None),
        ("page", third.url, third.html(charset=None).encode("utf-8"), None),
    ]


def _urls(path):
    from pyoxigraph import RdfFormat, parse
    return sorted(q.object.value for q in parse(path=str(path), format=RdfFormat.N_QUADS)
                  if q.predicate.value.endswith("#sourceUrl"))


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_pages_read_others_counted(kg, tmp_path, graph_documents, gz):
    name = "crawl.warc.gz" if gz else "crawl.warc"
    offsets = write_warc(tmp_path / name, _records(), gzip=gz)
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path / name, "-o", out)
    assert run.code == 0, run.err
    docs = graph_documents(out)
    assert set(docs) == {f"crawl@{offsets[i]}" for i in (1, 5, 8)}
    assert AR_PAGE.paragraphs[0] in docs[f"crawl@{offsets[1]}"]
    for line in AR_PAGE.furniture_lines():
        assert line not in docs[f"crawl@{offsets[1]}"]
    assert _urls(out) == sorted([AR_PAGE.url, EN_PAGE.url, "https://news.example/en/third"])
    summary = run.out.splitlines()[0]
    for counted in ("1 request records", "1 non-HTML responses", "1 redirects", "1 error responses",
                    "1 duplicate pages", "1 metadata records"):
        assert counted in summary, summary


def test_warc_date_is_the_fallback_date(kg, tmp_path):
    from pyoxigraph import RdfFormat, parse
    page = "<html><body><article><p>Iran supports Hezbollah in Lebanon, officials said today.</p></article></body></html>"
    write_warc(tmp_path / "a.warc.gz", [("page", "https://x.example/a", page.encode(), None)])
    out = tmp_path / "o.nq"
    assert kg("build", tmp_path / "a.warc.gz", "-o", out).code == 0
    issued = [q.object.value for q in parse(path=str(out), format=RdfFormat.N_QUADS)
              if q.predicate.value.endswith("/issued")]
    with gzip.open(tmp_path / "a.warc.gz", "rb") as fh:
        head = fh.read(2000).decode("latin-1")
    warc_date = head.split("WARC-Date: ")[1][:10]
    assert issued == [warc_date]


@pytest.mark.parametrize("where", [3, 30, 100, 0.5, -1], ids=["gzip-header", "warc-header-30",
                                                               "warc-header-100", "middle", "last-byte"])
@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_cut_archive_keeps_records_before_the_cut(kg, tmp_path, graph_documents, one_line_error, gz, where):
    name = "cut.warc.gz" if gz else "cut.warc"
    offsets = write_warc(tmp_path / "full", _records(), gzip=gz)
    data = (tmp_path / "full").read_bytes()
    # A cut inside the English page's record: in its headers, its middle, before its last byte.
    length = offsets[6] - offsets[5]
    cut_at = offsets[5] + (int(length * where) if isinstance(where, float) else
                           length + where if where < 0 else where)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data[:cut_at])
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path / "in", "-o", out)
    assert run.code == 0, run.err
    one_line_error(run, name, f"at byte {offsets[5]}")
    assert set(graph_documents(out)) == {f"cut@{offsets[1]}"}
    assert kg("build", tmp_path / "in", "-o", out, "--strict").code == 1


def test_corrupt_gzip_member_resynchronises(kg, tmp_path, graph_documents, one_line_error):
    offsets = write_warc(tmp_path / "a.warc.gz", _records())
    data = bytearray((tmp_path / "a.warc.gz").read_bytes())
    middle = (offsets[5] + offsets[6]) // 2                        # the English page's member
    data[middle:middle + 40] = bytes(40)
    (tmp_path / "a.warc.gz").write_bytes(bytes(data))
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path / "a.warc.gz", "-o", out)
    assert run.code == 0, run.err
    one_line_error(run, "a.warc.gz", f"at byte {offsets[5]}; resumed at byte {offsets[6]}")
    # Before and after the damage: the Arabic page (its duplicate skipped) and the third page.
    assert set(graph_documents(out)) == {f"a@{offsets[1]}", f"a@{offsets[8]}"}


def test_not_an_archive_is_one_line(kg, tmp_path, graph_documents, one_line_error):
    (tmp_path / "good.txt").write_text("Iran supports Hezbollah in Lebanon.\n", encoding="utf-8")
    (tmp_path / "junk.warc").write_bytes(b"this is not a web archive\n" * 10)
    (tmp_path / "junk.warc.gz").write_bytes(gzip.compress(b"nor is this\n"))
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path, "-o", out)
    assert run.code == 0
    one_line_error(run, "junk.warc:", "not a WARC archive")
    one_line_error(run, "junk.warc.gz", "not a WARC archive")
    assert set(graph_documents(out)) == {"good"}


def test_archive_output_is_identical_for_any_number_of_workers(kg_process, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        write_warc(folder / f"c{n}.warc.gz", _records())
    (folder / "p.html").write_text(EN_PAGE.html(), encoding="utf-8")
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.nq"
        run = kg_process("build", folder, "-o", out, "--workers", workers)
        assert run.code == 0, run.err
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_archive_on_dask_is_identical_to_one_worker(kg, tmp_path):
    # A real Dask cluster inside this process (in-process transport: no port opened).
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(2):
        write_warc(folder / f"c{n}.warc.gz", _records())
    assert kg("build", folder, "-o", tmp_path / "one.nq").code == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        run = kg("build", folder, "-o", tmp_path / "dask.nq", "--dask", cluster.scheduler_address,
                 "--partition-size", "2")
    assert run.code == 0, run.err
    assert (tmp_path / "dask.nq").read_bytes() == (tmp_path / "one.nq").read_bytes()


def test_memory_stays_flat_with_a_huge_record(tmp_path):
    # A 300 MB video record between two pages (uncompressed, so the test writes it fast):
    # the reader streams through it; peak memory stays far below its size.
    import subprocess
    import sys

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    class Zeros:
        def __init__(self, size):
            self.left = size

        def read(self, n=-1):
            n = self.left if n is None or n < 0 else min(n, self.left)
            self.left -= n
            return bytes(n)

    path = tmp_path / "big.warc"
    big = 300 * 1024 * 1024
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        page = ("<html><body><article><p>Iran supports Hezbollah in Lebanon, officials said.</p>"
                "</article></body></html>").encode()
        for url, payload, ctype, length in (("https://x.example/1", page, "text/html", None),
                                            ("https://x.example/v.mp4", Zeros(big), "video/mp4", big),
                                            ("https://x.example/2", page.replace(b"Iran", b"Syria"), "text/html", None)):
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            stream = payload if length else io.BytesIO(payload)
            w.write_record(w.create_warc_record(url, "response", payload=stream, length=length, http_headers=http))
    assert path.stat().st_size > big
    # VmHWM is this process's own peak; ru_maxrss would carry over the peak of the pytest
    # process that forked it (Linux keeps it across exec), which is large in a full run.
    script = ("import re, sys\nfrom kg.io import iter_documents\n"
              "docs = list(iter_documents([sys.argv[1]], on_error=print))\n"
              "peak = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())\n"
              "print(len(docs), int(peak.group(1)) // 1024)\n")
    run = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    count, peak_mb = map(int, run.stdout.split()[-2:])
    assert count == 2
    assert peak_mb < 250, peak_mb          # the record alone is 300 MB


def test_charset_from_the_http_header(kg, tmp_path, graph_documents):
    # The archived HTTP header says windows-1256 and wins over the page's (wrong) meta tag.
    body = AR_PAGE.html(charset="utf-8").encode("cp1256")
    offsets = write_warc(tmp_path / "a.warc.gz", [("page", AR_PAGE.url, body, "text/html; charset=windows-1256")])
    out = tmp_path / "o.nq"
    assert kg("build", tmp_path / "a.warc.gz", "-o", out).code == 0
    text = graph_documents(out)[f"a@{offsets[0]}"]
    assert AR_PAGE.paragraphs[0] in text and "\ufffd" not in text

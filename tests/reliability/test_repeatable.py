"""Building the same input twice gives byte-identical files, in every output format,
whatever the process (hash seed), the number of workers or where the input lives."""
from __future__ import annotations

import codecs
import json
import shutil

import pytest

FORMATS = ("ttl", "trig", "nq", "nt", "jsonld", "rdf")


@pytest.fixture(scope="module")
def inputs(corpus, tmp_path_factory):
    """The real articles plus odd ones: BOM, UTF-16, CRLF, HTML, bidi and joiners,
    Persian, JSON Lines with lone surrogates and a bad line, an empty file."""
    folder = tmp_path_factory.mktemp("inputs")
    for path in corpus.iterdir():
        shutil.copy(path, folder)
    text = "أعلنت إيران دعمها للحوثيين في اليمن.\nIran supports Hezbollah in Lebanon.\n"
    (folder / "bom.txt").write_bytes(codecs.BOM_UTF8 + text.encode())
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (folder / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode())
    (folder / "page.txt").write_text(f"<html><head><title>T</title></head><body><p>{text}</p>"
                                     "<div>x</div><br><span>y</span></body></html>", encoding="utf-8")
    (folder / "bidi.md").write_text("---\ntitle: \u202eعنوان\n---\n" + text.replace("إيران", "إي\u200dران"),
                                    encoding="utf-8")
    (folder / "fa.txt").write_text("ایران از حوثی‌ها حمایت می‌کند در ۱۴۰۲.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    lines = ['{"id": "s", "text": "Iran \\ud800 supports Hezbollah."}', "not json",
             json.dumps({"id": "j", "text": text, "date": "2023-11-01"})]
    (folder / "records.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return folder


def build(kg_process, source, folder, workers: int, seed: int) -> dict[str, bytes]:
    args = [a for ext in FORMATS for a in ("-o", folder / f"graph.{ext}")]
    run = kg_process("build", source, *args, "--workers", str(workers), "--quiet",
                     env={"PYTHONHASHSEED": str(seed)})
    assert run.code == 0, run.err
    assert len(run.err_lines) == 2            # the empty file and the bad JSON line, reported
    return {ext: (folder / f"graph.{ext}").read_bytes() for ext in FORMATS}


def test_repeatable_same_input_gives_byte_identical_files(inputs, tmp_path, kg_process):
    first = build(kg_process, inputs, tmp_path / "a", workers=1, seed=1)
    again = build(kg_process, inputs, tmp_path / "b", workers=1, seed=2)
    assert first == again
    assert all(len(data) > 1000 for data in first.values())


def test_repeatable_workers_and_location_do_not_change_the_bytes(inputs, tmp_path, kg_process):
    moved = tmp_path / "elsewhere" / "deeper" / "copy"
    shutil.copytree(inputs, moved)
    one = build(kg_process, inputs, tmp_path / "one", workers=1, seed=3)
    two = build(kg_process, moved, tmp_path / "two", workers=2, seed=4)
    assert one == two


def test_repeatable_rebuild_over_existing_output_is_identical(inputs, tmp_path, kg_process):
    first = build(kg_process, inputs, tmp_path, workers=1, seed=5)
    second = build(kg_process, inputs, tmp_path, workers=2, seed=6)   # same paths: replaced
    assert first == second
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"graph.{e}" for e in FORMATS)

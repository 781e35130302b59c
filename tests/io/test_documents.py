"""Bad and odd input through the real ``kg build`` (issue 8 "Bad and odd input", issue 2
"Bad input").  Every case: a clear one-line error naming the file and the reason, or
correct handling; never a traceback; no partial output; good files in the same run are
still processed; exit 0 unless --strict or nothing could be processed (1); usage 2."""
from __future__ import annotations

import codecs
import json
import os
import zlib

import pytest
from pyoxigraph import NamedNode

from kg.io.parts import PART_CHARS

GOOD = "أعلنت إيران دعمها للحوثيين في اليمن.\nIran supports Hezbollah in Lebanon.\n"
ENT = "https://w3id.org/shabaka/id/entity/"
DOC = "https://w3id.org/shabaka/id/doc/"
MENTIONED_IN = NamedNode("https://w3id.org/shabaka/ontology#mentionedIn")


def entities_in(dataset) -> set[str]:
    return {q.subject.value[len(ENT):] for q in dataset.quads_for_predicate(MENTIONED_IN)}


def values_of(dataset, subject: str) -> dict[str, set[str]]:
    """Local name of each predicate -> object values, for one subject."""
    out: dict[str, set[str]] = {}
    for q in dataset.quads_for_subject(NamedNode(subject)):
        out.setdefault(q.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1], set()).add(q.object.value)
    return out


@pytest.fixture
def good(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def build_one(kg, tmp_path, name: str, data: bytes, *extra):
    """Build ``data`` saved as ``name`` next to a good file; return (run, output path)."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    out = tmp_path / "out.nq"
    return kg("build", folder, "-o", out, *extra), out


# -- usage and missing paths -------------------------------------------------------------

def test_documents_missing_path_is_named_and_exits_1(kg, tmp_path, one_line_error):
    out = tmp_path / "out.ttl"
    run = kg("build", tmp_path / "nope.txt", "-o", out)
    assert run.code == 1
    one_line_error(run, "nope.txt", "no such file")
    assert not out.exists()


def test_documents_missing_path_beside_good_input_exits_0(kg, tmp_path, good, one_line_error,
                                                          graph_documents):
    out = tmp_path / "out.nq"
    run = kg("build", tmp_path / "nope.txt", good, "-o", out)
    assert run.code == 0
    one_line_error(run, "nope.txt", "no such file")
    assert set(graph_documents(out)) == {"good"}
    assert kg("build", tmp_path / "nope.txt", good, "-o", out, "--strict").code == 1


@pytest.mark.parametrize("args, message", [
    ((), "Missing argument"),
    (("IN",), "nothing to write"),
    (("IN", "-o", "graph.xyz"), "unknown output format"),
    (("IN", "-o", "g.ttl", "--no-such-option"), "No such option"),
    (("IN", "-o", "g.ttl", "--workers", "-3"), "--workers"),
])
def test_documents_usage_errors_exit_2(kg_process, tmp_path, good, args, message):
    args = [str(good) if a == "IN" else (str(tmp_path / a) if a.startswith("g") else a) for a in args]
    run = kg_process("build", *args)
    assert run.code == 2, run.err
    assert message in run.err and "Traceback" not in run.err
    assert not list(tmp_path.glob("g*"))


# -- empty, blank, binary, encodings ----------------------------------------------------------

@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b" \n\t\r\n  \n", "only whitespace"),
    ("bom-only.txt", codecs.BOM_UTF8, "empty file"),
    ("doc.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n", "PDF"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("nul.txt", "إيران\x00\x00تدعم".encode(), "NUL byte"),
    ("archive.jsonl", zlib.compress(b"{}") and b"\x1f\x8b\x08\x00" + os.urandom(40), "gzip"),
])
def test_documents_unreadable_content_is_reported(kg, tmp_path, one_line_error, graph_documents,
                                                  name, data, reason):
    run, out = build_one(kg, tmp_path, name, data)
    assert run.code == 0
    one_line_error(run, name, reason)
    assert set(graph_documents(out)) == {"good"}


# Without --strict these are decoded (see tests/io/test_encoding.py); --strict refuses them.
@pytest.mark.parametrize("name, data, reason", [
    ("latin1.txt", "café Iran".encode("latin-1"), "invalid UTF-8 at byte 3"),
    ("cut.md", "إيران".encode()[:-1], "invalid UTF-8 at byte 8"),
    ("utf16-nobom.txt", "Iran supports Hezbollah".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
])
def test_documents_strict_refuses_what_is_not_utf8(kg, tmp_path, one_line_error, graph_documents,
                                                   name, data, reason):
    run, out = build_one(kg, tmp_path, name, data, "--strict")
    assert run.code == 1
    one_line_error(run, name, reason)
    assert set(graph_documents(out)) == {"good"}


def test_documents_invalid_utf8_late_in_file_rejects_whole_file_when_strict(kg, tmp_path, one_line_error,
                                                                            graph_documents):
    # A bad byte after several parts' worth of text: nothing of the file is used.
    body = ("إيران تدعم الحوثيين في اليمن.\n\n" * 40000).encode()
    run, out = build_one(kg, tmp_path, "late.txt", body + b"\xc3(" + b"tail\n", "--strict")
    one_line_error(run, "late.txt", f"invalid UTF-8 at byte {len(body)}")
    assert set(graph_documents(out)) == {"good"}


@pytest.mark.parametrize("codec, bom", [
    ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_documents_byte_order_marks_are_decoded(kg, tmp_path, graph_documents, graph_dataset, codec, bom):
    plain = tmp_path / "plain"
    marked = tmp_path / "marked"
    plain.mkdir(), marked.mkdir()
    (plain / "a.txt").write_text(GOOD, encoding="utf-8")
    (marked / "a.txt").write_bytes(bom + GOOD.encode(codec))
    assert kg("build", plain, "-o", tmp_path / "plain.nq").code == 0
    run = kg("build", marked, "-o", tmp_path / "marked.nq")
    assert run.code == 0, run.err
    assert graph_documents(tmp_path / "marked.nq") == {"a": GOOD}      # no BOM in the text
    assert graph_dataset(tmp_path / "marked.nq") == graph_dataset(tmp_path / "plain.nq")


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_documents_crlf_and_lone_cr_read_as_lf(kg, tmp_path, graph_documents, graph_dataset, eol):
    for name, ending in (("lf", "\n"), ("other", eol)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_bytes(GOOD.replace("\n", ending).encode())
        assert kg("build", folder, "-o", tmp_path / f"{name}.nq").code == 0
    assert graph_documents(tmp_path / "other.nq") == {"a": GOOD}
    assert graph_dataset(tmp_path / "other.nq") == graph_dataset(tmp_path / "lf.nq")


def test_documents_crlf_split_across_read_blocks(tmp_path):
    # "\r" as the last byte of one read block and "\n" first of the next: one line end.
    from kg.io.documents import read_path
    from kg.io.files import BLOCK_BYTES
    head = "x" * (BLOCK_BYTES - 1)
    path = tmp_path / "a.txt"
    path.write_bytes((head + "\r\n" + "Iran\r\n").encode())
    text = "".join(d.text for d in read_path(path))
    assert text == head + "\nIran\n"


# -- HTML saved as text ------------------------------------------------------------------------

def test_documents_html_saved_as_txt_is_stripped(kg, tmp_path, graph_documents, graph_dataset):
    page = ("<!DOCTYPE html><html><head><title>Iran &amp; the Houthis</title>"
            "<style>p{color:red}</style><script>alert('اليمن')</script>"
            "<body><nav><a href='/'>Home</a></nav><p>أعلنت إيران دعمها للحوثيين.</p>"
            "<p onclick=\"x()\">Iran supports Hezbollah &lt;really&gt;.</p>"
            "<script>document.write('Lebanon')</script></body></html>")
    run, out = build_one(kg, tmp_path, "page.txt", page.encode())
    assert run.code == 0 and "Traceback" not in run.err
    text = graph_documents(out)["page"]
    assert "<" not in text.replace("<really>", "") and "alert" not in text and "color" not in text
    assert "أعلنت إيران دعمها للحوثيين." in text and "Iran supports Hezbollah <really>." in text
    assert "اليمن" not in text and "Lebanon" not in text      # script text is not article text
    assert values_of(graph_dataset(out), DOC + "page")["title"] == {"Iran & the Houthis"}


def test_documents_html_without_text_is_reported(kg, tmp_path, one_line_error):
    page = "<html><head><script>var a = 1;</script></head><body><div><span></span></div><br><p> </p></body></html>"
    run, _ = build_one(kg, tmp_path, "blank.txt", page.encode())
    one_line_error(run, "blank.txt", "HTML page with no text")


# -- front matter ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, front, reason", [
    ("pyobj.md", "title: !!python/object/apply:os.system ['echo pwned > PWNED']", "python/object"),
    ("pyname.md", "title: !!python/name:os.system", "python/name"),
    ("laughs.md", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
     "anchors and aliases"),
    ("anchor.md", "title: &t Big\nsource: *t", "anchors and aliases"),
    ("broken.md", "title: [unclosed", "invalid YAML"),
    ("tabs.md", "title:\n\t- x", "invalid YAML"),
    ("list.md", "- just\n- a list", "expected key: value pairs"),
    ("deep.md", "title: " + "[" * 5000 + "]" * 5000, "invalid YAML"),
    ("nested.md", "title: {a: 1}", "'title' must be a single text value"),
    ("binary.md", "title: !!binary aGVsbG8=", "'title' must be a single text value"),
    ("lang.md", "language: fr", "'language' must be one of ar, en"),
    ("feb30.md", "date: 2023-02-30", "'2023-02-30' is not a valid date (day is out of range for month)"),
    ("feb29.md", "date: 2023-02-29", "'2023-02-29' is not a valid date"),
    ("month13.md", "date: '2023-13-01'", "is not a valid date"),
    ("words.md", "date: last Tuesday", "'last Tuesday' is not a valid date (not ISO 8601)"),
    ("ts.md", "date: !!timestamp 2023-02-30", "invalid YAML"),
])
def test_documents_bad_front_matter_is_rejected(kg, tmp_path, one_line_error, graph_documents,
                                                monkeypatch, name, front, reason):
    monkeypatch.chdir(tmp_path)
    run, out = build_one(kg, tmp_path, name, f"---\n{front}\n---\n{GOOD}".encode())
    assert run.code == 0
    one_line_error(run, name, reason)
    assert set(graph_documents(out)) == {"good"}
    assert not (tmp_path / "PWNED").exists()


def test_documents_unclosed_front_matter_is_rejected(kg, tmp_path, one_line_error):
    run, _ = build_one(kg, tmp_path, "open.md", f"---\ntitle: x\n{GOOD}".encode())
    one_line_error(run, "open.md", "no closing '---'")


def test_documents_valid_front_matter_is_used(kg, tmp_path, graph_dataset):
    front = "title: إيران والحوثيون\ndate: 2024-02-29\nlanguage: AR\nurl: https://example.org/a b\n"
    run, out = build_one(kg, tmp_path, "ok.md", f"---\n{front}---\n{GOOD}".encode())
    assert run.code == 0 and run.err_lines == []
    values = values_of(graph_dataset(out), DOC + "ok")
    assert values["issued"] == {"2024-02-29"} and values["title"] == {"إيران والحوثيون"}
    assert values["language"] == {"ar"}


# -- scripts, invisible characters, long lines and names ---------------------------------------

def test_documents_mixed_arabic_latin_persian_script(kg, tmp_path, graph_dataset, graph_documents):
    # Persian yeh and keheh, Persian digits, Latin names and ZWNJ, in one article.
    text = ("ایران از حوثی‌ها حمایت می‌کند؛ Iran و Hezbollah در ۱۴۰۲.\n"
            "قالت إيران إن حزب الله في لبنان.\n")
    run, out = build_one(kg, tmp_path, "mixed.txt", text.encode())
    assert run.code == 0 and run.err_lines == []
    assert graph_documents(out)["mixed"] == text
    assert {"iran", "hezbollah", "lebanon"} <= entities_in(graph_dataset(out))


@pytest.mark.parametrize("invisible", ["\u200d", "\u200c", "\u202e", "\u2066", "\u200f", "\ufeff", "\u00ad"])
def test_documents_invisible_characters_inside_names(kg, tmp_path, graph_dataset, graph_documents, invisible):
    # A name broken by a joiner or a bidi override is still the same entity, and the
    # document text (with the character) is kept exactly as read.
    text = f"أعلنت إي{invisible}ران دعمها.\nThe Hez{invisible}bollah said so.\n"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    run = kg("build", folder, "-o", tmp_path / "out.nq")
    assert run.code == 0, run.err
    assert graph_documents(tmp_path / "out.nq") == {"a": text}
    assert {"iran", "hezbollah"} <= entities_in(graph_dataset(tmp_path / "out.nq"))


def test_documents_extremely_long_line_and_names(kg, tmp_path, graph_documents, one_line_error):
    folder = tmp_path / "in"
    folder.mkdir()
    line = ("إيران " + "ب" * 5000 + " ") * 120            # ~600k characters, no line break
    (folder / "long-line.txt").write_text(line, encoding="utf-8")
    long_name = "ا" * 120 + ".txt"                          # 244 bytes: near the 255-byte limit
    (folder / long_name).write_text(GOOD, encoding="utf-8")
    records = [{"id": "x" * 5000, "text": GOOD},
               {"id": "ok", "text": GOOD, "title": "t" * 100_000}]
    (folder / "ids.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    run = kg("build", folder, "-o", tmp_path / "out.nq")
    assert run.code == 0
    one_line_error(run, "ids.jsonl:1", "document id longer than")
    one_line_error(run, "ids.jsonl:2", "'title' is longer than")
    docs = graph_documents(tmp_path / "out.nq")
    parts = sorted((k for k in docs if k.startswith("long-line#part-")), key=lambda k: int(k.rsplit("-", 1)[1]))
    assert len(parts) >= len(line) // PART_CHARS and all(len(docs[k]) <= PART_CHARS for k in parts)
    assert "".join(docs[k] for k in parts) == line
    assert docs[long_name[:-4]] == GOOD


# -- folders: unreadable entries, loops, special files ---------------------------------------------

def test_documents_unreadable_file_and_folder(kg_process, tmp_path, one_line_error, graph_documents):
    import shutil
    import subprocess
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "secret.txt").write_text(GOOD, encoding="utf-8")
    (folder / "locked" / "inner.txt").write_text(GOOD, encoding="utf-8")
    os.chmod(folder / "secret.txt", 0)
    os.chmod(folder / "locked", 0)
    try:
        prefix = []
        if os.geteuid() == 0:
            # Root reads through mode 000.  Drop the capabilities that let it (keeping
            # uid 0, so the interpreter under /root stays reachable) when the system
            # allows; otherwise the permission assertion cannot be made honestly.
            setpriv = shutil.which("setpriv")
            caps = "-dac_override,-dac_read_search"
            prefix = [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"] if setpriv else []
            probe = subprocess.run([*prefix, "cat", str(folder / "secret.txt")], capture_output=True) \
                if prefix else None
            if probe is None or probe.returncode == 0:
                pytest.skip("running as root without a way to drop CAP_DAC_OVERRIDE: mode 000 "
                            "does not stop reads, so 'permission denied' cannot be observed")
        import sys
        kg_bin = os.path.join(os.path.dirname(sys.executable), "kg")
        p = subprocess.run([*prefix, kg_bin, "build", str(folder), "-o", str(tmp_path / "out.nq"),
                            "--workers", "1"], capture_output=True, timeout=120)
        from types import SimpleNamespace
        run = SimpleNamespace(code=p.returncode, err=p.stderr.decode(),
                              err_lines=[l for l in p.stderr.decode().splitlines() if l.strip()])
        assert run.code == 0, run.err
        one_line_error(run, "secret.txt", "permission denied")
        one_line_error(run, "locked", "permission denied")
        assert set(graph_documents(tmp_path / "out.nq")) == {"good"}
    finally:
        os.chmod(folder / "secret.txt", 0o644)
        os.chmod(folder / "locked", 0o755)


def test_documents_symlink_loops(kg, tmp_path, one_line_error, graph_documents):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "up").symlink_to("..")                   # folder loop
    (folder / "sub" / "self").symlink_to(".")                  # folder loop to itself
    (folder / "a.txt").symlink_to("b.txt")                     # file loop
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "gone.txt").symlink_to("missing.txt")            # dangling
    run = kg("build", folder, "-o", tmp_path / "out.nq")
    assert run.code == 0
    one_line_error(run, "sub/up", "symlink loop")
    one_line_error(run, "sub/self", "symlink loop")
    one_line_error(run, "/a.txt", "symlink loop")
    one_line_error(run, "/b.txt", "symlink loop")
    one_line_error(run, "gone.txt", "broken symlink")
    assert set(graph_documents(tmp_path / "out.nq")) == {"good"}


def test_documents_fifo_and_devices_are_not_read(kg, tmp_path, one_line_error, graph_documents):
    # Reading a FIFO would block forever and /dev/zero never ends: both are refused.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    run = kg("build", folder, "-o", tmp_path / "out.nq")
    assert run.code == 0
    one_line_error(run, "pipe.txt", "not a regular file")
    one_line_error(run, "zero.txt", "not a regular file")
    assert set(graph_documents(tmp_path / "out.nq")) == {"good"}


def test_documents_hostile_file_names_stay_on_one_line(kg, tmp_path, graph_documents):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\nkg: error: fake\u202etxt.md").write_bytes(b"")
    os.close(os.open(os.path.join(os.fsencode(folder), b"bad\xffname.txt"), os.O_CREAT | os.O_WRONLY))
    with open(os.path.join(os.fsencode(folder), b"ok\xfe.txt"), "wb") as fh:
        fh.write(GOOD.encode())
    run = kg("build", folder, "-o", tmp_path / "out.nq")
    assert run.code == 0 and "Traceback" not in run.err
    assert len(run.err_lines) == 2                         # one line per bad file
    assert any("evil\\nkg: error: fake\\u202etxt.md: empty file" in l for l in run.err_lines)
    assert any("bad\\xffname.txt: empty file" in l for l in run.err_lines)
    assert "\u202e" not in run.err
    assert set(graph_documents(tmp_path / "out.nq")) == {"ok\ufffd"}


# -- JSON Lines --------------------------------------------------------------------------------

def test_documents_jsonl_bad_lines_and_hostile_strings(kg, tmp_path, one_line_error, graph_documents):
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        "not json",
        json.dumps({"id": "b"}),
        "[1, 2]",
        '{"id": "lone", "text": "Iran \\ud800 supports \\udfff Hezbollah \\u0000 \\u0007."}',
        '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": "big", "text": "x", "title": ' + "9" * 5000 + "}",
        json.dumps({"id": True, "text": GOOD}),
        json.dumps({"id": "a", "text": "duplicate of a"}),
        json.dumps({"id": "c\ud83d\ude00", "text": GOOD, "date": "2023-02-30"}),
        "",
        json.dumps({"id": 7, "text": GOOD}),
    ]
    data = "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n\xff\xfe{}\n"
    run, out = build_one(kg, tmp_path, "docs.jsonl", data)
    assert run.code == 0
    for where, reason in [(":2", "invalid JSON"), (":3", "missing or empty 'text'"),
                          (":4", "expected a JSON object"), (":6", "nested too deeply"),
                          (":7", "invalid JSON"), (":8", "missing 'id'"),
                          (":9", "duplicate document id 'a'"), (":10", "is not a valid date"),
                          (":13", "invalid UTF-8")]:
        one_line_error(run, "docs.jsonl" + where, reason)
    docs = graph_documents(out)
    assert set(docs) == {"good", "a", "lone", "7"}
    assert docs["lone"] == "Iran \ufffd supports \ufffd Hezbollah \ufffd \ufffd."
    assert kg("build", tmp_path / "in", "-o", out, "--strict").code == 1


def test_documents_jsonl_utf16_is_decoded(kg, tmp_path, graph_documents):
    data = codecs.BOM_UTF16_LE + (json.dumps({"id": "u", "text": GOOD}, ensure_ascii=False) + "\r\n").encode("utf-16-le")
    run, out = build_one(kg, tmp_path, "u16.jsonl", data)
    assert run.code == 0 and run.err_lines == []
    assert graph_documents(out)["u"] == GOOD


# -- a run with bad files, and a run with nothing good -----------------------------------------

def test_documents_nothing_readable_exits_1_and_keeps_old_output(kg, tmp_path, good):
    out = tmp_path / "out.ttl"
    assert kg("build", good, "-o", out).code == 0
    before = out.read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "bin.txt").write_bytes(b"\x00\x01")
    run = kg("build", bad, "-o", out)
    assert run.code == 1
    assert run.err_lines[-1] == "kg: error: no document could be processed"
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad", "in", "out.ttl"]   # no temp files


def test_documents_empty_folder_exits_1(kg, tmp_path):
    (tmp_path / "empty").mkdir()
    run = kg("build", tmp_path / "empty", "-o", tmp_path / "out.ttl")
    assert run.code == 1 and not (tmp_path / "out.ttl").exists()


def test_documents_unwritable_output_is_one_line(kg, tmp_path, good):
    (tmp_path / "dir.ttl").mkdir()
    (tmp_path / "file").write_text("x")
    for target, reason in [(tmp_path / "dir.ttl", "is a directory"),
                           (tmp_path / "file" / "g.ttl", "is not a directory")]:
        run = kg("build", good, "-o", target)
        assert run.code == 1
        assert len(run.err_lines) == 1 and reason in run.err and "Traceback" not in run.err

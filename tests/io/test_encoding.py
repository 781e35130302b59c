"""Encodings as archives hold them: legacy Arabic codecs and UTF-16 without a mark are
decoded, a few invalid bytes become U+FFFD and are counted, real binaries are refused."""
from __future__ import annotations

import os

import pytest

from kg.errors import InputError
from kg.io.encoding import Replacements, decode_bytes, guess_codec

AR = "أعلنت إيران دعمها للحوثيين في اليمن، وقال المتحدث إن الهجوم جاء ردا على الغارات.\n"
EN = "Iran supports Hezbollah in Lebanon, the spokesman said on Sunday.\n"


@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6", "utf-16-le", "utf-16-be"])
def test_legacy_and_unmarked_codecs_are_decoded(kg, tmp_path, graph_documents, codec):
    text = AR * 3 if codec != "utf-16-le" else AR + EN
    (tmp_path / "a.txt").write_bytes(text.encode(codec))
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path, "-o", out)
    assert run.code == 0, run.err
    assert graph_documents(out) == {"a": text}


def test_a_few_invalid_bytes_are_replaced_and_counted(kg, tmp_path, graph_documents):
    # 100 files, each with a few corrupted bytes: all are read, the summary says how many.
    for n in range(100):
        data = bytearray((AR + EN).encode())
        data[10 + n % 7] = 0xFF
        data[-5] = 0xC3
        (tmp_path / f"d{n:03}.txt").write_bytes(bytes(data))
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path, "-o", out)
    assert run.code == 0, run.err
    docs = graph_documents(out)
    assert len(docs) == 100
    assert all(text.count("\ufffd") >= 2 and EN[:20] in text for text in docs.values())
    replaced = sum(text.count("\ufffd") for text in docs.values())
    assert f"; {replaced} invalid bytes replaced" in run.out
    assert sum("invalid byte(s) replaced" in line for line in run.err_lines) == 100


def test_strict_refuses_invalid_bytes(kg, tmp_path):
    (tmp_path / "a.txt").write_bytes(EN.encode() + b"\xff")
    assert kg("build", tmp_path, "-o", tmp_path / "o.nq", "--strict").code == 1


def test_decode_bytes_counts_and_keeps_offsets():
    counter = Replacements()
    text = decode_bytes("x", AR.encode() + b"Iran \xff\xfe supports", counter)
    assert text == AR + "Iran \ufffd\ufffd supports" and counter.count == 2


def test_declared_charset_wins():
    data = AR.encode("cp1256")
    assert decode_bytes("x", data, Replacements(), declared="cp1256") == AR


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 100, os.urandom(2048) + b"\x00"])
def test_real_binaries_are_refused(data):
    with pytest.raises(InputError, match="binary file"):
        guess_codec("x", data)


def test_strict_still_reads_a_declared_charset_but_never_guesses():
    data = AR.encode("cp1256")
    assert decode_bytes("x", data, Replacements(), strict=True, declared="cp1256") == AR
    with pytest.raises(InputError, match="invalid UTF-8 at byte 0"):
        decode_bytes("x", data, Replacements(), strict=True)


def test_csv_in_a_legacy_codec(kg, tmp_path, graph_documents):
    (tmp_path / "db.csv").write_bytes(("id,text\nr1," + AR.strip() + "\n").encode("cp1256"))
    out = tmp_path / "o.nq"
    assert kg("build", tmp_path, "-o", out).code == 0
    assert graph_documents(out) == {"r1": AR.strip()}

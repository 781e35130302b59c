"""A 50 MB input file: read in bounded memory as paragraph-aligned parts (kg.io.parts).

Design (docs/readme/reliability.md): a text longer than PART_CHARS characters becomes the
documents ``<stem>#part-<n>``; parts are exact consecutive slices of the file's text, so
offsets in each part's graph index that part's ``nif:isString``.
"""
from __future__ import annotations

import hashlib
import random
import re
import tracemalloc

import pytest

from kg.io.documents import read_path
from kg.io.parts import PART_CHARS

SIZE = 50 * 1024 * 1024
SENTENCES = ["أعلنت إيران دعمها للحوثيين في اليمن.", "Iran supports Hezbollah in Lebanon.",
             "قال مسؤول محلي إن الطريق سيفتح غدا."]


def write_big_file(path, size=SIZE, seed=8):
    """Arabic-script filler words in lines and paragraphs, with a real sentence now and
    then and CRLF line ends (so decoding, line ends and cutting are all exercised).
    Returns the SHA-256 of the text as the reader must see it (LF line ends)."""
    rnd = random.Random(seed)
    syllables = ["كا", "لو", "مي", "تا", "را", "سو", "نو", "بو", "دي", "فا", "ka", "lo"]
    words = [" ".join("".join(rnd.choice(syllables) for _ in range(rnd.randint(1, 4)))
                      for _ in range(rnd.randint(8, 30))) for _ in range(500)]
    digest = hashlib.sha256()
    written = 0
    with open(path, "wb") as fh:
        while written < size:
            lines = [rnd.choice(words) if rnd.random() > 0.1 else rnd.choice(SENTENCES)
                     for _ in range(rnd.randint(1, 8))]
            para = "\n".join(lines) + "\n\n"
            fh.write(para.replace("\n", "\r\n").encode())
            digest.update(para.encode())
            written += len(para.encode()) + para.count("\n")
    return digest.hexdigest()


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "dump.txt"
    return path, write_big_file(path)


def test_large_file_is_read_as_bounded_parts_in_bounded_memory(big_file):
    path, expected = big_file
    digest = hashlib.sha256()
    count = 0
    tracemalloc.start()
    try:
        for doc in read_path(path):
            count += 1
            assert doc.id == f"dump#part-{count}", getattr(doc, "reason", doc)
            assert 0 < len(doc.text) <= PART_CHARS
            digest.update(doc.text.encode())
            del doc
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == expected           # the parts are the file, in order
    assert count >= path.stat().st_size // (PART_CHARS * 4)
    # Holding the file as text would take > 50 MB; reading holds about one block.
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB"


@pytest.mark.slow
def test_large_file_through_kg_build(big_file, tmp_path, kg_process):
    """The real CLI on the 50 MB file (about a minute and a half on two cores)."""
    from pyoxigraph import RdfFormat, parse
    path, expected = big_file
    out = tmp_path / "dump.nq"
    run = kg_process("build", path, "-o", out, "--workers", "2", "--quiet", timeout=1800)
    assert run.code == 0 and run.err == "", run.err
    texts, ids = {}, {}
    for q in parse(path=str(out), format=RdfFormat.N_QUADS):
        if q.predicate.value.endswith("#isString"):
            texts[q.subject.value] = q.object.value
        elif q.predicate.value.endswith("/identifier"):
            ids[q.subject.value] = q.object.value
    numbers = sorted(int(re.fullmatch(r"dump#part-(\d+)", i).group(1)) for i in ids.values())
    assert numbers == list(range(1, len(numbers) + 1))
    by_id = {ids[s]: t for s, t in texts.items()}
    digest = hashlib.sha256()
    for n in numbers:
        assert len(by_id[f"dump#part-{n}"]) <= PART_CHARS
        digest.update(by_id[f"dump#part-{n}"].encode())
    assert digest.hexdigest() == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.nq"]

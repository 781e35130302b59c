"""The WARC benchmark's archive: every article page comes back as a document holding the
generated article's paragraphs and none of the page furniture."""
from __future__ import annotations

import generate
import warc
from kg.io import iter_documents


def test_benchmark_archive_reads_back_as_its_articles(tmp_path):
    info = warc.make_archive(tmp_path / "b.warc.gz", 12, seed=3, ar_share=0.5)
    assert info["records"] == 12 * 2 + 3 * 2
    notes = []
    docs = list(iter_documents([tmp_path / "b.warc.gz"], on_error=notes.append, on_note=notes.append))
    sources = list(generate.iter_documents(12, seed=3, ar_share=0.5))
    assert len(docs) == 12
    for doc, source in zip(docs, sources):
        assert doc.url == source["url"] and str(doc.date) == source["date"]
        assert doc.language == source["language"]
        for paragraph in source["text"].split("\n"):
            assert " ".join(paragraph.split()) in doc.text
        for furniture in ("cookies", "Read also", "newsletter", "All rights reserved", "Markets:"):
            assert furniture not in doc.text
    assert [str(n) for n in notes] == [f"{tmp_path / 'b.warc.gz'}: 12 page(s) read; skipped "
                                       "3 non-HTML responses, 3 redirects, 12 request records"]

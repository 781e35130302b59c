"""Saved pages (.html): the article's text and metadata reach the graph, the furniture
around it does not, and a page gives the same graph as its text saved as .txt."""
from __future__ import annotations

import pytest
from pyoxigraph import NamedNode, RdfFormat, parse

from webpages import AR_PAGE, EN_PAGE

DCT = "http://purl.org/dc/terms/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")


def _literals(path):
    return [q.object.value for q in parse(path=str(path), format=RdfFormat.N_QUADS)
            if hasattr(q.object, "value") and not isinstance(q.object, NamedNode)]


def _doc_meta(path, doc_id):
    doc = NamedNode(f"https://w3id.org/shabaka/id/doc/{doc_id}")
    return {q.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]: q.object.value
            for q in parse(path=str(path), format=RdfFormat.N_QUADS) if q.subject == doc}


@pytest.mark.parametrize("page", [AR_PAGE, EN_PAGE], ids=["ar", "en"])
def test_page_holds_article_and_no_furniture(kg, tmp_path, graph_documents, page):
    (tmp_path / f"{page.name}.html").write_text(page.html(), encoding="utf-8")
    out = tmp_path / "out.nq"
    run = kg("build", tmp_path / f"{page.name}.html", "-o", out)
    assert run.code == 0, run.err
    text = graph_documents(out)[page.name]
    for paragraph in page.paragraphs:
        assert paragraph in text
    literals = "\n".join(_literals(out))
    for line in page.furniture_lines():
        assert line not in literals, line
    # No entity from the furniture: its actors are named nowhere in the article.
    labels = {q.object.value for q in parse(path=str(out), format=RdfFormat.N_QUADS)
              if q.predicate in (RDFS_LABEL, SKOS_ALT)}
    for name in ("Russia", "Turkey", "Qatar", "Saudi Arabia", "Jordan", "Egypt",
                 "روسيا", "تركيا", "قطر", "السعودية", "الأردن", "مصر"):
        assert name not in labels
    meta = _doc_meta(out, page.name)
    assert meta["title"] == page.title
    assert meta["issued"] == page.date
    assert meta["sourceUrl"] == page.url
    assert meta["language"] == page.lang


@pytest.mark.parametrize("page", [AR_PAGE, EN_PAGE], ids=["ar", "en"])
def test_page_graph_equals_txt_graph(kg, tmp_path, graph_documents, graph_dataset, page):
    html_dir, txt_dir = tmp_path / "html", tmp_path / "txt"
    html_dir.mkdir(), txt_dir.mkdir()
    (html_dir / f"{page.name}.html").write_text(page.html(), encoding="utf-8")
    assert kg("build", html_dir, "-o", tmp_path / "html.nq").code == 0
    text = graph_documents(tmp_path / "html.nq")[page.name]
    front = (f"---\ntitle: {page.title}\ndate: {page.date}\nurl: {page.url}\n"
             f"language: {page.lang}\nsource: news.example\n---\n")
    (txt_dir / f"{page.name}.txt").write_text(front + text, encoding="utf-8")
    assert kg("build", txt_dir, "-o", tmp_path / "txt.nq").code == 0
    assert graph_dataset(tmp_path / "html.nq") == graph_dataset(tmp_path / "txt.nq")


def test_page_facts_come_from_the_article(kg, tmp_path):
    (tmp_path / "p.html").write_text(EN_PAGE.html(), encoding="utf-8")
    out = tmp_path / "p.nq"
    assert kg("build", tmp_path / "p.html", "-o", out).code == 0
    quads = list(parse(path=str(out), format=RdfFormat.N_QUADS))
    supports = [q for q in quads if q.predicate.value.endswith("#supports")]
    assert any(q.subject.value.endswith("/iran") and "hezbollah" in q.object.value for q in supports)
    assert any(q.predicate.value.endswith("#attacker") for q in quads)


def test_page_charset_from_meta_and_undeclared_legacy_page(kg, tmp_path, graph_documents):
    declared = AR_PAGE.html(charset="windows-1256").encode("cp1256")
    undeclared = AR_PAGE.html(charset=None).encode("cp1256")
    (tmp_path / "declared.html").write_bytes(declared)
    (tmp_path / "undeclared.html").write_bytes(undeclared)
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path, "-o", out)
    assert run.code == 0 and "Traceback" not in run.err
    docs = graph_documents(out)
    for name in ("declared", "undeclared"):
        assert AR_PAGE.paragraphs[0] in docs[name]
        assert "\ufffd" not in docs[name]


def test_page_without_article_text_is_one_line(kg, tmp_path, one_line_error, graph_documents):
    (tmp_path / "good.txt").write_text("Iran supports Hezbollah in Lebanon.\n", encoding="utf-8")
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path, "-o", out)
    assert run.code == 0
    one_line_error(run, "menu.html", "no article text")
    one_line_error(run, "image.html", "binary file")
    assert set(graph_documents(out)) == {"good"}
    assert kg("build", tmp_path, "-o", out, "--strict").code == 1


def test_huge_page_is_read_without_extraction_and_said_so(kg_process, tmp_path, graph_documents):
    # 50 MB, as pages with inline images and scripts are: far beyond any article; read
    # as plain HTML text (in parts), with one notice line.  The text is kept small so the
    # test measures reading, not the analysis of megabytes of text.
    blob = "<img src='data:image/png;base64," + "QUJD" * 250_000 + "'>\n"   # 1 MB of markup
    page = tmp_path / "dump.html"
    with open(page, "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html><html><head><title>dump</title></head><body>\n")
        for n in range(50):
            fh.write(blob)
            fh.write("<p>" + "Iran supports Hezbollah in Lebanon. " * 60 * (n % 2) + "</p>\n")
        fh.write("</body></html>\n")
    out = tmp_path / "o.nq"
    run = kg_process("build", page, "-o", out, "--workers", "1", timeout=900)
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    notes = [l for l in run.err_lines if "dump.html" in l]
    assert len(notes) == 1 and "without removing navigation" in notes[0]
    docs = graph_documents(out)
    assert list(docs) == ["dump"] and docs["dump"].count("Iran supports Hezbollah") == 25 * 60

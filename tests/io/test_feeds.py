"""Feeds: each entry a document with its link, title and date; content before summary."""
from __future__ import annotations

from pyoxigraph import RdfFormat, parse

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>News Example</title><link>https://news.example/</link><language>ar</language>
<item><title>دعم إيراني للحوثيين</title><link>https://news.example/ar/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>ملخص قصير لا يذكر أحدا</description>
<content:encoded><![CDATA[<p>أعلنت إيران دعمها للحوثيين في اليمن.</p><p>وقال المتحدث إن الدعم مستمر.</p>]]></content:encoded></item>
<item><title>Second entry</title><link>https://news.example/en/2</link>
<pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate><description>Iran supports Hezbollah in Lebanon.</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2024-04-01T00:00:00Z</updated>
<entry><title>Rockets</title><id>urn:1</id><link href="https://atom.example/1"/>
<published>2024-04-14T09:00:00Z</published><updated>2024-04-15T09:00:00Z</updated>
<content type="html">&lt;p&gt;Hezbollah fired rockets at an Israeli army post on Sunday.&lt;/p&gt;</content></entry>
</feed>
"""


def _meta(path):
    out = {}
    for q in parse(path=str(path), format=RdfFormat.N_QUADS):
        key = q.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        if key in ("title", "issued", "sourceUrl", "identifier"):
            out.setdefault(q.subject.value, {})[key] = q.object.value
    return {m["identifier"]: m for m in out.values() if "identifier" in m}


def test_rss_and_atom_entries_are_documents(kg, tmp_path, graph_documents):
    (tmp_path / "news.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "atom.xml").write_text(ATOM, encoding="utf-8")
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path, "-o", out)
    assert run.code == 0, run.err
    docs = graph_documents(out)
    assert set(docs) == {"news#1", "news#2", "atom#1"}
    assert "أعلنت إيران دعمها للحوثيين في اليمن." in docs["news#1"]      # content, not summary
    assert "ملخص" not in docs["news#1"] and "<p>" not in docs["news#1"]
    assert docs["news#2"].strip() == "Iran supports Hezbollah in Lebanon."  # summary when no content
    meta = _meta(out)
    assert meta["news#1"]["sourceUrl"] == "https://news.example/ar/1"
    assert meta["news#1"]["issued"] == "2024-03-05"
    assert meta["news#1"]["title"] == "دعم إيراني للحوثيين"
    assert meta["atom#1"]["issued"] == "2024-04-14"                       # published, not updated


def test_feed_that_is_not_xml_is_one_line(kg, tmp_path, graph_documents, one_line_error):
    (tmp_path / "good.txt").write_text("Iran supports Hezbollah in Lebanon.\n", encoding="utf-8")
    (tmp_path / "broken.rss").write_text("{\"this\": \"is json, not a feed\"}\n", encoding="utf-8")
    (tmp_path / "empty.atom").write_text("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'/>")
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path, "-o", out)
    assert run.code == 0
    one_line_error(run, "broken.rss", "not a news feed")
    one_line_error(run, "empty.atom", "not a news feed")
    assert set(graph_documents(out)) == {"good"}

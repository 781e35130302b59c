"""The HTML page as text (kg/view/page.py): self-contained, data safely embedded.
What it does in a browser is checked in test_page_in_browser.py."""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.view import load_network
from kg.view.page import page_data, render_html, script_json

SCRIPT_BLOCK = re.compile(r"<script([^>]*)>(.*?)</script>", re.S)


@given(st.recursive(st.text() | st.integers() | st.none(),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                    max_leaves=20))
@settings(max_examples=200, deadline=None)
def test_script_json_round_trips_and_cannot_close_the_script(value):
    text = script_json(value)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


@pytest.mark.parametrize("payload", ["</script><script>alert(1)</script>", "<!--<script>", "</SCRIPT >",
                                     "\u2028\u2029", "&lt;", "]]>"])
def test_script_json_escapes_html_significant_characters(payload):
    text = script_json({"s": payload})
    assert "</" not in text.lower() and "<!--" not in text and json.loads(text)["s"] == payload


@pytest.fixture(scope="module")
def hostile_page(hostile_trig):
    return render_html(load_network(hostile_trig), lang="en", title="</title><script>alert(1)</script>")


def test_render_html_has_exactly_the_page_scripts(hostile_page):
    blocks = SCRIPT_BLOCK.findall(hostile_page)
    assert [attrs.strip() for attrs, _ in blocks] == ['type="application/json" id="kg-data"', "", ""]


def test_render_html_embeds_the_graph_data_intact(hostile_trig, hostile_page):
    (data_block,) = [body for attrs, body in SCRIPT_BLOCK.findall(hostile_page) if "kg-data" in attrs]
    data = json.loads(data_block)
    G = load_network(hostile_trig)
    assert len(data["nodes"]) == G.number_of_nodes() and len(data["edges"]) == G.number_of_edges()
    names = {a for n in data["nodes"] for a in n["aliases"]}
    assert {a for _, d in G.nodes(data=True) for a in d["aliases"]} == names


def test_render_html_loads_nothing_from_anywhere(hostile_page):
    markup = SCRIPT_BLOCK.sub("", hostile_page)
    assert not re.search(r"<(link|iframe|img|object|embed|base)\b", markup, re.I)
    assert not re.search(r"\b(src|href)\s*=", markup, re.I)
    assert not re.search(r"@import|url\((?!\"?data:)", hostile_page.split("<script")[0])


def test_render_html_title_is_escaped(hostile_page):
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in hostile_page


def test_render_html_csp_allows_only_its_own_scripts(hostile_page):
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', hostile_page).group(1))
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    bodies = [body for attrs, body in SCRIPT_BLOCK.findall(hostile_page) if "kg-data" not in attrs]
    assert hashes == {base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in bodies}
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp


def test_page_data_languages_and_centre(fixture_network):
    data = page_data(fixture_network, lang="en", centre=next(iter(fixture_network.nodes)))
    assert data["lang"] == "en" and data["centre"] == 0
    assert set(data["words"]) == {"ar", "en"}
    assert {g["key"] for g in data["groups"]} == {d["group"] for _, d in fixture_network.nodes(data=True)}
    # The search table is kg.text.normalize's: alef forms, ta marbuta, diacritics.
    assert data["normalise"]["أ"] == "ا" and data["normalise"]["ة"] == "ه" and data["normalise"]["\u064e"] == ""


def test_render_html_rejects_unknown_language(fixture_network):
    with pytest.raises(ValueError):
        render_html(fixture_network, lang="fr")

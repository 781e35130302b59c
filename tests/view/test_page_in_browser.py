"""The HTML view in a real headless Chromium (over the DevTools protocol): it draws, it
matches the graph, it makes no request and logs no error, its controls work, and hostile
article text shows as text and runs nothing."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from cdp import REPO, open_view

from kg.cli import main as kg
from kg.view import load_network, write_view
from kg.view.focus import neighbourhood
from kg.view.legend import GROUPS, words
from kg.vocab import ATTACK_KINDS

pytestmark = pytest.mark.browser
MARKS = str.maketrans("", "", "\u200e\u200f")
HOSTILE_TITLE = "<script>window.pwned=99</script></title><img src=x onerror=window.pwned=98>"

CANVAS_PIXELS = """(function () {
  var c = document.querySelector('#network canvas'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  var drawn = 0, total = 0, colours = {};
  for (var i = 0; i < d.length; i += 4) {
    total++;
    if (d[i + 3] > 0) { drawn++; if (d[i + 3] === 255) { var k = d[i] + ',' + d[i + 1] + ',' + d[i + 2]; colours[k] = (colours[k] || 0) + 1; } }
  }
  return {drawn: drawn, total: total, colours: colours};
})()"""


@pytest.fixture(scope="module")
def fixture_html(fixture_trig, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("view") / "fixture.html"
    write_view(fixture_trig, out)
    return out


def assert_clean(page, html: Path) -> None:
    """No error in the console and no request but the page itself.

    data: URLs are inline (Chromium's own date-picker icon): nothing leaves the machine."""
    assert page.errors() == []
    requests = page.requests()
    assert [u for u in requests if not u.startswith("data:")] == [html.resolve().as_uri()]


def page_id(page, key: str) -> int:
    return page.evaluate(f"kgView.data.nodes.find(n => n.key === {json.dumps(key)}).id")


def test_view_draws_every_node_in_class_colours(page, fixture_html, fixture_network):
    open_view(page, fixture_html)
    assert page.evaluate("kgView.nodes.length") == fixture_network.number_of_nodes()
    assert page.evaluate("kgView.edges.length") == fixture_network.number_of_edges()
    pixels = page.evaluate(CANVAS_PIXELS)
    assert pixels["drawn"] > pixels["total"] * 0.01, "the network canvas is blank"
    groups = {d["group"] for _, d in fixture_network.nodes(data=True)}
    for group in groups:
        colour = GROUPS[group][1]
        rgb = ",".join(str(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
        assert pixels["colours"].get(rgb, 0) > 10, f"no {group} node drawn in {colour}"
    assert_clean(page, fixture_html)


def test_view_denied_statements_are_dashed_and_say_so(page, fixture_html, fixture_network):
    open_view(page, fixture_html)
    edges = page.evaluate("kgView.edges.get().map(e => [e.id, e.dashes, e.label])")
    status = {e["id"]: e["status"] for e in page.evaluate("kgView.data.edges")}
    denied_word = words("ar")["ui"]["denied"]
    denied = [e for e in edges if status[e[0]] == "denied"]
    assert len(denied) == sum(d["status"] == "denied" for *_, d in fixture_network.edges(data=True)) > 0
    for _, dashes, label in denied:
        assert dashes and label.translate(MARKS).startswith(denied_word + ":")
    for _, dashes, label in (e for e in edges if status[e[0]] == "asserted"):
        assert not dashes and denied_word not in label
    support = next(e["id"] for e in page.evaluate("kgView.data.edges")
                   if e["rel"] == "supports" and e["status"] == "denied")
    page.evaluate(f"kgView.selectEdge({support})")
    text = page.evaluate("document.getElementById('details-body').textContent")
    assert words("ar")["ui"]["denied_note"] in text and "ونفت طهران أنها تدعم حركة النجباء." in text


def test_view_hover_then_click_shows_details(page, fixture_html):
    open_view(page, fixture_html)
    houthis = page_id(page, "houthis")
    x, y = page.evaluate(f"""(function () {{
        var net = kgView.network, p = net.canvasToDOM(net.getPositions([{houthis}])[{houthis}]);
        var r = document.querySelector('#network canvas').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }})()""")
    page.mouse("mouseMoved", x, y)
    page.wait_for("document.querySelector('#details-body h3')")
    heading = page.evaluate("document.querySelector('#details-body h3').textContent")
    assert heading == "الحوثيون"
    details = page.evaluate("document.getElementById('details-body').textContent")
    assert "Houthis" in details and "Ansar Allah" in details and words("ar")["classes"]["ArmedGroup"] in details
    page.mouse("mousePressed", x, y)
    page.mouse("mouseReleased", x, y)
    page.mouse("mouseMoved", 5, 5)        # off the network: a clicked node stays shown
    assert page.evaluate("document.querySelector('#details-body h3').textContent") == "الحوثيون"
    assert page.evaluate("kgView.network.getSelectedNodes()") == [houthis]
    assert_clean(page, fixture_html)


@pytest.mark.parametrize("query,key", [("الكعبى", "kaabi"), ("اكرم الكعبي", "kaabi"), ("أَكْرَم", "kaabi"),
                                       ("AKRAM AL-KAABI", "kaabi"), ("انصار الله", "houthis"),
                                       ("جماعة الحوثى", "houthis"), ("قاعدة عين الاسد", "ain_al_asad"),
                                       ("الاطار التنسيقى", "coordination_framework")])
def test_view_search_finds_any_alias_with_arabic_variants(page, fixture_html, query, key):
    open_view(page, fixture_html)
    hits = page.evaluate(f"kgView.search({json.dumps(query)})")
    assert hits and hits[0] == page_id(page, key)


def test_view_search_box_selects_the_first_match(page, fixture_html):
    open_view(page, fixture_html)
    page.evaluate("document.getElementById('search').focus()")
    page.send("Input.insertText", {"text": "يحيى سريع"})
    first = page.evaluate("document.querySelector('#results button').textContent")
    assert first == "يحيى سريع"
    for kind in ("keyDown", "keyUp"):
        page.send("Input.dispatchKeyEvent", {"type": kind, "key": "Enter", "code": "Enter",
                                             "windowsVirtualKeyCode": 13, "text": "\r" if kind == "keyDown" else ""})
    assert page.evaluate("kgView.network.getSelectedNodes()") == [page_id(page, "saree")]
    assert page.evaluate("document.querySelector('#details-body h3').textContent") == "يحيى سريع"


@pytest.mark.parametrize("hops", [1, 2])
def test_view_focus_shows_the_same_neighbourhood_as_python(page, fixture_html, fixture_network, hops):
    open_view(page, fixture_html)
    centre = next(v for v, d in fixture_network.nodes(data=True) if d["key"] == "houthis")
    want = {fixture_network.nodes[v]["key"] for v in neighbourhood(fixture_network, centre, hops)}
    page.evaluate(f"kgView.selectNode({page_id(page, 'houthis')})")
    page.evaluate(f"document.querySelector('#details-body select').value = '{hops}'")
    page.evaluate("document.getElementById('focus-button').click()")
    shown = page.evaluate("kgView.nodes.get({filter: n => !n.hidden}).map(n => kgView.data.nodes[n.id].key)")
    assert set(shown) == want
    page.evaluate("document.getElementById('show-all').click()")
    assert page.evaluate("kgView.nodes.get({filter: n => !n.hidden}).length") == fixture_network.number_of_nodes()


def _visible(page):
    return page.evaluate("""({nodes: kgView.nodes.get({filter: n => !n.hidden}).map(n => n.id),
                              edges: kgView.edges.get({filter: e => !e.hidden}).map(e => e.id)})""")


def _click_filter(page, container: str, text: str) -> None:
    page.evaluate(f"""Array.from(document.querySelectorAll('#{container} label'))
        .find(l => l.textContent.indexOf({json.dumps(text)}) >= 0).querySelector('input').click()""")


def test_view_filters_by_relation_class_denial_and_date(page, fixture_html):
    open_view(page, fixture_html)
    data = page.evaluate("kgView.data")
    ar = words("ar")
    _click_filter(page, "relation-filters", ar["relations"]["supports"])
    assert set(_visible(page)["edges"]) == {e["id"] for e in data["edges"] if e["rel"] != "supports"}
    _click_filter(page, "relation-filters", ar["relations"]["supports"])
    _click_filter(page, "class-filters", ar["groups"]["attack"])
    shown = _visible(page)
    assert not [n for n in shown["nodes"] if data["nodes"][n]["kind"] == "attack"]
    assert not [e for e in shown["edges"] if data["edges"][e]["rel"] in ("attacker", "target", "place", "weapon")]
    _click_filter(page, "class-filters", ar["groups"]["attack"])
    page.evaluate("document.getElementById('show-denied').click()")
    shown = _visible(page)
    assert not [e for e in shown["edges"] if data["edges"][e]["status"] == "denied"]
    assert not [n for n in shown["nodes"] if data["nodes"][n].get("polarity") == "denied"]
    page.evaluate("document.getElementById('show-denied').click()")
    page.evaluate("""(function () { var f = document.getElementById('date-from'), t = document.getElementById('date-to');
        f.value = '2023-10-18'; t.value = '2023-10-31'; t.dispatchEvent(new Event('change')); })()""")
    shown = _visible(page)
    want = {e["id"] for e in data["edges"] if any("2023-10-18" <= d <= "2023-10-31" for d in e["dates"])}
    assert set(shown["edges"]) == want and want
    linked = {x for e in shown["edges"] for x in (data["edges"][e]["from"], data["edges"][e]["to"])}
    assert set(shown["nodes"]) == linked
    assert page.evaluate("document.getElementById('counts').textContent").startswith(f"{len(linked)} ")
    assert_clean(page, fixture_html)


def test_view_in_english(page, fixture_trig, tmp_path, fixture_network):
    out = tmp_path / "en.html"
    write_view(fixture_trig, out, lang="en", title="Fixture network")
    open_view(page, out)
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir, document.title]") == \
        ["en", "ltr", "Fixture network"]
    label = page.evaluate(f"kgView.nodes.get({page_id(page, 'houthis')}).label")
    assert label.translate(MARKS) == "Houthis"
    page.evaluate("kgView.setLang('ar')")
    assert page.evaluate(f"kgView.nodes.get({page_id(page, 'houthis')}).label").translate(MARKS) == "الحوثيون"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert_clean(page, out)


def _exercise_everything(page) -> None:
    """Show every node's and every edge's details, and search for a payload."""
    page.evaluate("""(function () {
        kgView.data.nodes.forEach(n => kgView.selectNode(n.id));
        kgView.data.edges.forEach(e => kgView.selectEdge(e.id));
        kgView.setLang(kgView.data.lang === 'ar' ? 'en' : 'ar');
        kgView.data.nodes.forEach(n => kgView.selectNode(n.id));
        var s = document.getElementById('search');
        s.value = '<script>'; s.dispatchEvent(new Event('input'));
        document.querySelectorAll('#results button').forEach(b => b.click());
        kgView.network.redraw();
    })()""")


def assert_nothing_ran(page, html: Path, title: str) -> None:
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.evaluate("document.title") == title
    assert page.evaluate("document.scripts.length") == 3
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, a, math, style:not(head style), "
                         "body svg:not(#class-filters svg)').length") == 0
    assert_clean(page, html)


def test_view_hostile_graph_shows_payloads_as_text(page, hostile_trig, tmp_path):
    out = tmp_path / "hostile.html"
    write_view(hostile_trig, out, title=HOSTILE_TITLE)
    open_view(page, out)
    _exercise_everything(page)
    assert_nothing_ran(page, out, HOSTILE_TITLE)
    G = load_network(hostile_trig)
    page.evaluate(f"kgView.selectEdge(kgView.data.edges.find(e => e.rel === 'supports').id)")
    text = page.evaluate("document.getElementById('details-body').textContent")
    (edge,) = [d for *_, d in G.edges(data=True) if d["relation"] == "supports"]
    assert edge["evidence"][0]["sentence"] in text             # shown verbatim, as text
    assert G.graph["documents"][edge["evidence"][0]["document"]]["title"] in text
    labels = page.evaluate("kgView.nodes.get().map(n => n.label)")
    assert "<script>window.pwned=4;document.title=\"pwned\"</script>" in [x.translate(MARKS) for x in labels]


def test_view_hostile_document_through_the_pipeline(page, tmp_path):
    graph = tmp_path / "hostile.trig"
    assert kg(["build", str(Path(__file__).parent / "data" / "hostile.md"), "-o", str(graph), "-q"]) == 0
    out = tmp_path / "hostile.html"
    assert kg(["view", "--graph", str(graph), "--output", str(out), "--title", HOSTILE_TITLE]) == 0
    open_view(page, out)
    G = load_network(graph)
    assert page.evaluate("kgView.nodes.length") == G.number_of_nodes() > 0
    _exercise_everything(page)
    assert_nothing_ran(page, out, HOSTILE_TITLE)
    (doc,) = G.graph["documents"].values()
    page.evaluate(f"kgView.selectNode(kgView.data.nodes.find(n => n.docs.length).id)")
    assert doc["title"] in page.evaluate("document.getElementById('details-body').textContent")


def test_view_seed_network_screenshot(page, tmp_path):
    graph = tmp_path / "seed.trig"
    assert kg(["build", str(REPO / "seeds"), "-o", str(graph), "-q"]) == 0
    out = tmp_path / "seed.html"
    assert kg(["view", "--graph", str(graph), "--output", str(out)]) == 0
    open_view(page, out)
    G = load_network(graph)
    assert page.evaluate("kgView.nodes.length") == G.number_of_nodes() > 0
    pixels = page.evaluate(CANVAS_PIXELS)
    assert pixels["drawn"] > pixels["total"] * 0.01
    assert_clean(page, out)
    # Click the most central actor, as a reader would, so its details show beside the network.
    hub = page.evaluate("kgView.data.nodes.filter(n => n.kind === 'entity')"
                        ".sort((a, b) => b.importance - a.importance)[0].id")
    x, y = page.evaluate(f"""(function () {{
        var net = kgView.network, p = net.canvasToDOM(net.getPositions([{hub}])[{hub}]);
        var r = document.querySelector('#network canvas').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }})()""")
    page.mouse("mousePressed", x, y)
    page.mouse("mouseReleased", x, y)
    assert page.evaluate("kgView.network.getSelectedNodes()") == [hub]
    shot = page.screenshot(tmp_path / "seed-network.png")
    assert shot.stat().st_size > 20_000
    if os.environ.get("KG_UPDATE_SCREENSHOT"):
        shutil.copyfile(shot, REPO / "docs" / "seed-network.png")


@pytest.mark.slow
def test_view_is_usable_at_2000_nodes(page, tmp_path):
    from big_graph import write_big_graph
    graph = write_big_graph(tmp_path / "big.nq", entities=2000)
    out = tmp_path / "big.html"
    G = write_view(graph, out, lang="en")
    open_view(page, out)
    assert page.evaluate("kgView.nodes.length") == G.number_of_nodes() >= 2000
    assert page.evaluate("kgView.network.physics.physicsEnabled") is False   # settled, nothing moves
    pixels = page.evaluate(CANVAS_PIXELS)
    assert pixels["drawn"] > pixels["total"] * 0.01
    hit = page.evaluate("kgView.search('كيان رقم 1234')[0]")
    assert page.evaluate(f"kgView.data.nodes[{hit}].en") == "Entity 1234"
    hub = max(G.nodes, key=G.degree)
    hub_id = page.evaluate(f"kgView.data.nodes.find(n => n.iri === {json.dumps(hub)}).id")
    page.evaluate(f"kgView.focus({hub_id}, 1)")
    shown = page.evaluate("kgView.nodes.get({filter: n => !n.hidden}).map(n => kgView.data.nodes[n.id].iri)")
    assert set(shown) == neighbourhood(G, hub, 1)
    assert_clean(page, out)


def test_view_of_a_graph_without_entities_opens(page, tmp_path):
    graph = tmp_path / "plain.ttl"
    graph.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    out = tmp_path / "plain.html"
    assert kg(["view", "--graph", str(graph), "--output", str(out), "--lang", "en"]) == 0
    open_view(page, out)
    assert page.evaluate("[kgView.nodes.length, document.getElementById('counts').textContent]") == [0, "0 nodes · 0 links"]
    assert_clean(page, out)


def _detail_rows(page) -> dict:
    """The side panel's key -> value rows, without direction marks."""
    rows = page.evaluate("Array.from(document.querySelectorAll('#details-body .kv'))"
                         ".filter(r => r.children.length > 1)"
                         ".map(r => [r.children[0].textContent, r.children[1].textContent])")
    return {k.translate(MARKS): v.translate(MARKS) for k, v in rows}


def test_view_draws_generic_actors_and_shows_casualties_and_codes(page, events_trig, tmp_path):
    out = tmp_path / "events.html"
    G = write_view(events_trig, out, lang="en")
    open_view(page, out)
    # Each generic-actor family is drawn in its colour and has a legend row with its name.
    pixels = page.evaluate(CANVAS_PIXELS)
    legend = page.evaluate("document.getElementById('class-filters').textContent")
    for group in ("unidentified", "security_forces", "generic"):
        colour = GROUPS[group][1]
        rgb = ",".join(str(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
        assert pixels["colours"].get(rgb, 0) > 10, f"no {group} node drawn in {colour}"
        assert words("en")["groups"][group] in legend
    bomb = page.evaluate("kgView.data.nodes.find(n => n.cls === 'Bombing').id")
    node = next(d for _, d in G.nodes(data=True) if d.get("cls") == "Bombing")
    ui, ui_ar = words("en")["ui"], words("ar")["ui"]
    page.evaluate(f"kgView.selectNode({bomb})")
    rows = _detail_rows(page)
    assert rows[ui["fatalities"]] == "at least 12" and rows[ui["injured"]] == "30"
    assert rows[ui["cameo_event"]] == node["event_code"] == ATTACK_KINDS["Bombing"][0]
    assert rows[ui["acled"]] == ATTACK_KINDS["Bombing"][1]
    shooting = page.evaluate("kgView.data.nodes.find(n => n.cls === 'Shooting').id")
    page.evaluate(f"kgView.selectNode({shooting})")
    rows = _detail_rows(page)
    assert rows[ui["fatalities"]] == "5" and ui["injured"] not in rows
    page.evaluate("kgView.setLang('ar')")
    page.evaluate(f"kgView.selectNode({bomb})")
    assert _detail_rows(page)[ui_ar["fatalities"]] == "ما لا يقل عن 12"
    gunmen = page.evaluate("kgView.data.nodes.find(n => n.key.endsWith('/gunmen')).id")
    page.evaluate(f"kgView.selectNode({gunmen})")
    rows = _detail_rows(page)
    assert rows[ui_ar["cameo_actor"]] == "---UAF"
    assert rows[ui_ar["class"]] == words("ar")["classes"]["UnidentifiedArmedGroup"]
    assert_clean(page, out)

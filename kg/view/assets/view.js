/* Shabaka network view. All data comes from the JSON block #kg-data and is untrusted
 * (article text): it reaches the page only through textContent, Text nodes and vis-network's
 * canvas labels. Never innerHTML, never a URL or an attribute built from data. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var N = DATA.nodes, E = DATA.edges;
  var lang = DATA.lang;
  var BIG = N.length > 400;
  var FONT = '"Noto Sans Arabic", "Noto Sans", "DejaVu Sans", "Segoe UI", Tahoma, Arial, sans-serif';
  var ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  var groupInfo = {}, relColour = {};
  DATA.groups.forEach(function (g) { groupInfo[g.key] = g; });
  DATA.relations.forEach(function (r) { relColour[r.key] = r.colour; });

  // ---- small helpers ---------------------------------------------------------------
  function W() { return DATA.words[lang]; }
  function t(key) { return W().ui[key] || key; }
  function relName(rel) { return W().relations[rel] || rel; }
  function className(cls) { return W().classes[cls] || cls || t("unknown"); }
  function other(l) { return l === "ar" ? "en" : "ar"; }
  function nameOf(x) { return (x && (x[lang] || x[other(lang)] || x.key)) || t("unknown"); }
  /* Direction marks around a canvas label so bidi resolves it by its own script. */
  function marked(s) { return (ARABIC.test(s) ? "\u200F" : "\u200E") + s + (ARABIC.test(s) ? "\u200F" : "\u200E"); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (text !== undefined) e.dir = "auto";
    return e;
  }
  function kv(parent, key, value) {
    var row = el("div", "kv");
    row.appendChild(el("span", "k", key));
    var v = value instanceof Node ? value : el("span", "v", value);
    row.appendChild(v);
    parent.appendChild(row);
    return row;
  }
  /* Dates and numbers read left to right inside Arabic text: isolate them. */
  function ltr(text) { var e = el("bdi", "", text); e.dir = "ltr"; return e; }
  function linkButton(text, onClick) {
    var b = el("button", "linkish", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  // ---- search normalisation (same table as kg.text.normalize) ------------------------
  var TABLE = DATA.normalise;
  function norm(s) {
    var out = "";
    for (var ch of String(s)) { out += Object.prototype.hasOwnProperty.call(TABLE, ch) ? TABLE[ch] : ch; }
    return out.toLowerCase().replace(/\s+/g, " ").trim();
  }
  function stripArticle(s) {
    var m = /^(ال|al-|al |the )(.+)$/.exec(s);
    return m && m[2].length > 1 ? m[2] : s;
  }
  var keys = N.map(function (n) {
    var names = [n.ar, n.en].concat(n.aliases || []).filter(Boolean).map(norm);
    return names.concat(names.map(stripArticle));
  });

  // ---- adjacency -------------------------------------------------------------------
  var adj = N.map(function () { return []; });
  var incident = N.map(function () { return []; });
  E.forEach(function (e) {
    adj[e.from].push(e.to); adj[e.to].push(e.from);
    incident[e.from].push(e.id); if (e.to !== e.from) incident[e.to].push(e.id);
  });

  // ---- vis data --------------------------------------------------------------------
  function nodeLabel(n) {
    if (n.kind !== "attack") return marked(nameOf(n));
    var kind = marked(className(n.cls));
    if (n.polarity === "denied") kind = marked(t("denied") + ": " + className(n.cls));
    return n.date ? kind + "\n" + n.date : kind;
  }
  function edgeLabel(e) {
    var text = relName(e.rel);
    if (e.attacks) {
      if (e.attacks.length === 1) {
        var a = e.attacks[0];
        text = [a.date].concat(a.weapons.map(nameOf)).filter(Boolean).join(" · ") || text;
      } else {
        text = e.attacks.length + " × " + relName(e.rel);
      }
    }
    if (e.status === "denied") text = t("denied") + ": " + text;
    return marked(text);
  }
  function visNode(n) {
    var g = groupInfo[n.group] || { shape: "dot", colour: "#9e9e9e" };
    var denied = n.kind === "attack" && n.polarity === "denied";
    return {
      id: n.id, label: nodeLabel(n), x: n.x, y: n.y, value: 1 + 20 * n.importance, shape: g.shape,
      color: { background: denied ? "#ffffff" : g.colour, border: denied ? "#b71c1c" : "#37474f",
               highlight: { background: g.colour, border: "#000000" }, hover: { background: g.colour, border: "#000000" } },
      borderWidth: denied ? 2 : 1, shapeProperties: { borderDashes: denied ? [4, 3] : false }
    };
  }
  var pairCount = {};
  function visEdge(e) {
    var pair = Math.min(e.from, e.to) + "-" + Math.max(e.from, e.to);
    var k = pairCount[pair] = (pairCount[pair] || 0) + 1;
    var denied = e.status === "denied";
    var colour = denied ? "#9e9e9e" : (relColour[e.rel] || "#607d8b");
    return {
      id: e.id, from: e.from, to: e.to, label: edgeLabel(e), dashes: denied ? [7, 5] : false,
      arrows: { to: { enabled: e.rel !== "alliedWith", scaleFactor: 0.6 } },
      color: { color: colour, highlight: colour, hover: colour, opacity: denied ? 0.9 : 1 },
      font: { color: denied ? "#b71c1c" : "#37474f" },
      smooth: k === 1 ? false : { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(k / 2) }
    };
  }
  var nodes = new vis.DataSet(N.map(visNode));
  var edges = new vis.DataSet(E.map(visEdge));
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    layout: { improvedLayout: false },
    physics: { enabled: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, keyboard: false },
    nodes: {
      font: { face: FONT, size: 14, color: "#212121", strokeWidth: 4, strokeColor: "#ffffff", background: "rgba(255,255,255,0.75)" },
      scaling: { min: 8, max: 30, label: { enabled: true, min: 13, max: 20, maxVisible: 26, drawThreshold: 7 } },
      widthConstraint: { maximum: 200 }
    },
    edges: { width: 1.4, selectionWidth: 2, hoverWidth: 1,
             font: { face: FONT, size: 12, strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" } }
  });

  // ---- filters and focus -----------------------------------------------------------
  var classOn = new Set(DATA.groups.map(function (g) { return g.key; }));
  var relOn = new Set(DATA.relations.map(function (r) { return r.key; }));
  var focusSet = null, focusCentre = null;
  var $ = function (id) { return document.getElementById(id); };

  function neighbourhood(id, hops) {
    /* Attack event nodes are not a hop: reaching one reaches its participants too. */
    var seen = new Set([id]), frontier = [id];
    for (var h = 0; h < hops; h++) {
      var next = [];
      frontier.forEach(function (v) {
        adj[v].forEach(function (w) {
          if (seen.has(w)) return;
          seen.add(w);
          if (N[w].kind === "attack") {
            adj[w].forEach(function (x) { if (!seen.has(x)) { seen.add(x); next.push(x); } });
          } else { next.push(w); }
        });
      });
      frontier = next;
    }
    return seen;
  }
  function apply() {
    var from = $("date-from").value, to = $("date-to").value, ranged = !!(from || to);
    var showDenied = $("show-denied").checked;
    function inRange(dates) {
      return (dates || []).some(function (d) { return (!from || d >= from) && (!to || d <= to); });
    }
    function nodeOk(n) {
      if (!classOn.has(n.group)) return false;
      if (focusSet && !focusSet.has(n.id)) return false;
      if (n.kind === "attack") {
        if (ranged && !inRange(n.dates)) return false;
        if (!showDenied && n.polarity === "denied") return false;
      }
      return true;
    }
    var okNode = N.map(nodeOk), visibleDegree = N.map(function () { return 0; });
    var edgeUpdates = [], shownEdges = 0;
    E.forEach(function (e) {
      var ok = okNode[e.from] && okNode[e.to] && relOn.has(e.rel)
        && (showDenied || e.status !== "denied") && (!ranged || inRange(e.dates));
      if (ok) { visibleDegree[e.from]++; visibleDegree[e.to]++; shownEdges++; }
      edgeUpdates.push({ id: e.id, hidden: !ok });
    });
    var pruneIsolated = $("hide-isolated").checked || ranged;
    var nodeUpdates = [], shownNodes = 0;
    N.forEach(function (n) {
      var ok = okNode[n.id] && (!pruneIsolated || visibleDegree[n.id] > 0 || n.id === focusCentre);
      if (ok) shownNodes++;
      nodeUpdates.push({ id: n.id, hidden: !ok });
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    $("counts").textContent = shownNodes + " " + t("nodes") + " · " + shownEdges + " " + t("edges");
    api.visibleNodes = shownNodes;
    api.visibleEdges = shownEdges;
  }
  function focusOn(id, hops) {
    focusCentre = id;
    focusSet = neighbourhood(id, hops);
    apply();
    network.fit({ nodes: Array.from(focusSet), animation: false });
  }
  function showAll() {
    focusSet = null; focusCentre = null;
    classOn = new Set(DATA.groups.map(function (g) { return g.key; }));
    relOn = new Set(DATA.relations.map(function (r) { return r.key; }));
    $("date-from").value = ""; $("date-to").value = "";
    $("show-denied").checked = true; $("hide-isolated").checked = false;
    buildFilters();
    apply();
    network.fit({ animation: false });
  }

  // ---- details panel ---------------------------------------------------------------
  var body = $("details-body");
  var pinned = false, current = null;
  function selectNode(id, keepView) {
    var n = N[id];
    if (focusSet && !focusSet.has(id)) { focusSet = null; focusCentre = null; }
    if (!classOn.has(n.group)) { classOn.add(n.group); buildFilters(); }
    apply();
    network.selectNodes([id]);
    if (!keepView) network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    pinned = true;
    showNode(id);
  }
  function selectEdge(id) {
    network.selectEdges([id]);
    pinned = true;
    showEdge(id);
  }
  function nodeRef(ref) {
    if (ref && ref.id !== null && ref.id !== undefined) {
      return linkButton(nameOf(N[ref.id]), function () { selectNode(ref.id); });
    }
    return el("span", "", nameOf(ref));
  }
  function refList(refs) {
    var span = el("span", "");
    refs.forEach(function (r, i) { if (i) span.appendChild(document.createTextNode(" · ")); span.appendChild(nodeRef(r)); });
    return span;
  }
  function relBadge(rel, status) {
    var b = el("span", "rel", (status === "denied" ? t("denied") + ": " : "") + relName(rel));
    b.style.background = status === "denied" ? "#9e9e9e" : (relColour[rel] || "#607d8b");
    return b;
  }
  function deniedNote(parent) {
    var row = el("div", "note denied");
    row.appendChild(el("span", "badge denied", t("denied")));
    row.appendChild(document.createTextNode(" "));
    row.appendChild(el("span", "", t("denied_note")));
    parent.appendChild(row);
  }
  function evidenceList(parent, items) {
    if (!items || !items.length) { parent.appendChild(el("div", "muted", t("no_evidence"))); return; }
    parent.appendChild(el("h2", "", t("evidence")));
    var shown = 0;
    function more(from) {
      items.slice(from, from + 20).forEach(function (ev) {
        var q = el("blockquote", "evidence" + (ev.polarity === "denied" ? " denied" : ""), ev.sentence || "—");
        parent.appendChild(q);
        var meta = el("div", "evmeta");
        var doc = ev.doc !== null && ev.doc !== undefined ? DATA.documents[ev.doc] : null;
        if (doc) {
          kv(meta, t("document"), doc.title || doc.iri);
          if (doc.date) kv(meta, t("date"), ltr(doc.date));
        }
        if (ev.said_by) kv(meta, t("said_by"), nodeRef(ev.said_by));
        var pol = el("span", "badge" + (ev.polarity === "denied" ? " denied" : ""), t(ev.polarity) || ev.polarity);
        var row = kv(meta, t("confidence"), ev.confidence === null ? "—" : ev.confidence.toFixed(2));
        row.appendChild(document.createTextNode(" "));
        row.appendChild(pol);
        parent.appendChild(meta);
      });
      shown = from + 20;
      if (shown < items.length) {
        var b = linkButton("+" + (items.length - shown), function () { b.remove(); more(shown); });
        parent.appendChild(b);
      }
    }
    more(0);
  }
  function header(n) {
    body.appendChild(el("h3", "", nameOf(n)));
    var second = n[other(lang)];
    if (second && second !== n[lang]) body.appendChild(el("div", "sub", second));
  }
  function showNode(id) {
    current = { node: id };
    var n = N[id];
    body.replaceChildren();
    header(n);
    kv(body, t("class"), className(n.cls));
    if (n.kind === "attack") {
      if (n.polarity === "denied") deniedNote(body);
      ["attacker", "target", "place", "weapon"].forEach(function (role) {
        var refs = (n.roles || {})[role] || [];
        if (refs.length) kv(body, relName(role), refList(refs));
      });
      if (n.date) kv(body, t("date"), ltr(n.date));
      [["fatalities", n.fatalities], ["injured", n.injured]].forEach(function (c) {
        if (c[1]) kv(body, t(c[0]), [W().qualifiers[c[1].qualifier] || "", String(c[1].value)].filter(Boolean).join(" "));
      });
      if (n.event_code) kv(body, t("cameo_event"), ltr(n.event_code));
      if (n.acled) kv(body, t("acled"), ltr(n.acled));
      if (n.description) body.appendChild(el("div", "muted", n.description));
      evidenceList(body, n.evidence);
    } else {
      var aliases = (n.aliases || []).filter(function (a) { return a !== n.ar && a !== n.en; });
      if (aliases.length) kv(body, t("aliases"), aliases.join(" · "));
      if (n.wikidata) kv(body, t("wikidata"), n.wikidata);
      if (n.cameo) kv(body, t("cameo_actor"), ltr(n.cameo));
    }
    kv(body, t("degree"), n.degree);
    kv(body, t("betweenness"), n.betweenness.toFixed(3));
    var row = el("div", "focus-row");
    var hops = el("select", "");
    [1, 2, 3].forEach(function (h) { var o = el("option", "", h + " " + t("hops")); o.value = String(h); hops.appendChild(o); });
    var fb = el("button", "", t("focus"));
    fb.type = "button"; fb.id = "focus-button";
    fb.addEventListener("click", function () { focusOn(id, Number(hops.value)); });
    row.appendChild(fb); row.appendChild(hops);
    body.appendChild(row);
    if (incident[id].length) {
      body.appendChild(el("h2", "", t("links")));
      var ul = el("ul", "links");
      incident[id].forEach(function (eid) {
        var e = E[eid], li = el("li", "");
        var out = e.from === id;
        li.appendChild(relBadge(e.rel, e.status));
        li.appendChild(document.createTextNode(out ? " → " : " ← "));
        li.appendChild(linkButton(nameOf(N[out ? e.to : e.from]), function () { selectEdge(eid); }));
        ul.appendChild(li);
      });
      body.appendChild(ul);
    }
    if (n.docs && n.docs.length) {
      body.appendChild(el("h2", "", t("mentioned_in")));
      n.docs.forEach(function (d) {
        var doc = DATA.documents[d], row = el("div", "kv");
        row.appendChild(el("span", "", doc.title || doc.iri));
        if (doc.date) { row.appendChild(document.createTextNode(" · ")); row.appendChild(ltr(doc.date)); }
        body.appendChild(row);
      });
    }
  }
  function showEdge(id) {
    current = { edge: id };
    var e = E[id];
    body.replaceChildren();
    var h = el("h3", "");
    h.appendChild(nodeRef({ id: e.from }));
    h.appendChild(document.createTextNode(" "));
    h.appendChild(relBadge(e.rel, e.status));
    h.appendChild(document.createTextNode(" "));
    h.appendChild(nodeRef({ id: e.to }));
    body.appendChild(h);
    if (e.status === "denied") deniedNote(body);
    if (e.dates.length) kv(body, t("date"), ltr(e.dates.join(" · ")));
    (e.attacks || []).forEach(function (a) {
      var row = kv(body, className(a.cls), ltr(a.date || ""));
      if (a.weapons.length) { row.appendChild(document.createTextNode(" · ")); row.appendChild(refList(a.weapons)); }
      if (a.places.length) { row.appendChild(document.createTextNode(" · ")); row.appendChild(refList(a.places)); }
    });
    evidenceList(body, e.evidence);
  }
  function hint() {
    current = null;
    body.replaceChildren(el("div", "muted", t("details_hint")));
  }
  network.on("hoverNode", function (p) { if (!pinned) showNode(p.node); });
  network.on("hoverEdge", function (p) { if (!pinned) showEdge(p.edge); });
  network.on("click", function (p) {
    if (p.nodes.length) { pinned = true; showNode(p.nodes[0]); }
    else if (p.edges.length) { pinned = true; showEdge(p.edges[0]); }
    else { pinned = false; hint(); }
  });

  // ---- search ----------------------------------------------------------------------
  function search(query) {
    var q = norm(query);
    if (!q) return [];
    var qa = stripArticle(q), scored = [];
    keys.forEach(function (ks, id) {
      var best = 9;
      ks.forEach(function (k) {
        var s = k === q || k === qa ? 0 : k.indexOf(q) === 0 || k.indexOf(qa) === 0 ? 1
          : k.indexOf(" " + qa) >= 0 ? 2 : k.indexOf(qa) >= 0 ? 3 : 9;
        if (s < best) best = s;
      });
      if (best < 9) scored.push([best, -N[id].importance, id]);
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return scored.map(function (s) { return s[2]; });
  }
  function showResults() {
    var ul = $("results"), q = $("search").value;
    ul.replaceChildren();
    if (!q.trim()) return;
    var hits = search(q);
    if (!hits.length) { ul.appendChild(el("li", "muted", t("no_match"))); return; }
    hits.slice(0, 12).forEach(function (id) {
      var li = el("li", "");
      li.appendChild(linkButton(nameOf(N[id]), function () { selectNode(id); }));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "cls", className(N[id].cls)));
      ul.appendChild(li);
    });
  }
  $("search").addEventListener("input", showResults);
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hits = search($("search").value); if (hits.length) selectNode(hits[0]); }
  });

  // ---- filter controls and legend --------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function shapeIcon(shape, colour) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 16 16");
    var pts = { diamond: "8,1 15,8 8,15 1,8", triangle: "8,1 15,14 1,14", triangleDown: "1,2 15,2 8,15",
                hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
                star: "8,0.5 10,6 15.5,6 11,9.5 12.7,15 8,11.7 3.3,15 5,9.5 0.5,6 6,6" }[shape];
    var s;
    if (pts) { s = document.createElementNS(SVG, "polygon"); s.setAttribute("points", pts); }
    else if (shape === "square") { s = document.createElementNS(SVG, "rect"); ["x", "y"].forEach(function (a) { s.setAttribute(a, "2"); }); s.setAttribute("width", "12"); s.setAttribute("height", "12"); }
    else { s = document.createElementNS(SVG, "circle"); s.setAttribute("cx", "8"); s.setAttribute("cy", "8"); s.setAttribute("r", "6.5"); }
    s.setAttribute("fill", colour); s.setAttribute("stroke", "#37474f");
    svg.appendChild(s);
    return svg;
  }
  function filterRow(on, icon, text, count, toggle) {
    var label = el("label", "filter");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = on;
    box.addEventListener("change", function () { toggle(box.checked); apply(); });
    label.appendChild(box); label.appendChild(icon); label.appendChild(el("span", "", text));
    label.appendChild(el("span", "count", count));
    return label;
  }
  function buildFilters() {
    var groupCount = {}, relCount = {};
    N.forEach(function (n) { groupCount[n.group] = (groupCount[n.group] || 0) + 1; });
    E.forEach(function (e) { relCount[e.rel] = (relCount[e.rel] || 0) + 1; });
    var cf = $("class-filters"), rf = $("relation-filters");
    cf.replaceChildren(); rf.replaceChildren();
    DATA.groups.forEach(function (g) {
      cf.appendChild(filterRow(classOn.has(g.key), shapeIcon(g.shape, g.colour), W().groups[g.key] || g.key,
        groupCount[g.key] || 0, function (on) { if (on) classOn.add(g.key); else classOn.delete(g.key); }));
    });
    DATA.relations.forEach(function (r) {
      var line = el("span", "swatch-line"); line.style.borderTopColor = r.colour;
      rf.appendChild(filterRow(relOn.has(r.key), line, relName(r.key), relCount[r.key] || 0,
        function (on) { if (on) relOn.add(r.key); else relOn.delete(r.key); }));
    });
  }
  function setDates() {
    var all = [];
    E.forEach(function (e) { all = all.concat(e.dates); });
    N.forEach(function (n) { if (n.dates) all = all.concat(n.dates); });
    all.sort();
    if (all.length) { ["date-from", "date-to"].forEach(function (i) { $(i).min = all[0]; $(i).max = all[all.length - 1]; }); }
  }
  function setWords() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    $("search").placeholder = t("search");
    [["h-classes", "classes"], ["h-relations", "relations"], ["h-dates", "dates"], ["h-details", "details"],
     ["l-from", "from"], ["l-to", "to"], ["l-show-denied", "show_denied"], ["l-hide-isolated", "hide_isolated"],
     ["l-edge-labels", "edge_labels"], ["show-all", "show_all"]].forEach(function (p) { $(p[0]).textContent = t(p[1]); });
    $("lang-switch").value = lang;
  }
  function setLang(l) {
    lang = l;
    setWords(); buildFilters();
    nodes.update(N.map(function (n) { return { id: n.id, label: nodeLabel(n) }; }));
    setEdgeLabels();
    apply(); showResults();
    if (current && current.node !== undefined) showNode(current.node);
    else if (current && current.edge !== undefined) showEdge(current.edge);
    else hint();
  }
  function setEdgeLabels() {
    var on = $("edge-labels").checked;
    edges.update(E.map(function (e) { return { id: e.id, label: on ? edgeLabel(e) : "" }; }));
  }
  ["show-denied", "hide-isolated", "date-from", "date-to"].forEach(function (i) { $(i).addEventListener("change", apply); });
  $("edge-labels").addEventListener("change", setEdgeLabels);
  $("show-all").addEventListener("click", showAll);
  $("lang-switch").addEventListener("change", function () { setLang($("lang-switch").value); });

  // ---- start -----------------------------------------------------------------------
  var api = {
    ready: false, network: network, nodes: nodes, edges: edges, data: DATA,
    nodeCount: N.length, edgeCount: E.length, visibleNodes: N.length, visibleEdges: E.length,
    search: search, selectNode: selectNode, selectEdge: selectEdge, focus: focusOn, showAll: showAll,
    apply: apply, setLang: setLang
  };
  window.kgView = api;
  if (BIG) $("edge-labels").checked = false;
  setWords(); setDates(); buildFilters(); setEdgeLabels(); hint(); apply();
  if (DATA.centre !== null && DATA.centre !== undefined) { selectNode(DATA.centre, true); }
  // Fit once the canvas has its real size, then report ready after that drawing.
  network.once("afterDrawing", function () {
    network.fit({ animation: false });
    network.once("afterDrawing", function () { api.ready = true; });
    network.redraw();
  });
})();

"""The knowledge graph as a networkx graph: entities and attacks as nodes, facts as edges.

Nodes are keyed by IRI.  Entity nodes carry ``kind="entity"``, their class, Arabic and
English labels and every alias; attack nodes (``kind="attack"``) carry kind, date,
polarity and evidence.  Edges (a ``MultiDiGraph``) are the canonical relations, with
``status`` ``"asserted"`` (a direct triple or a non-denied statement exists) or
``"denied"`` (only a denied statement: the text reports it as denied), each with its
evidence sentences; attacks add role edges (attacker -> attack -> target, place,
weapon) and/or one attacker -> target ``attacks`` edge per pair.

``G.graph["documents"]`` maps document IRIs to title, date, source and URL.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable
from urllib.parse import unquote

import networkx as nx
from pyoxigraph import Literal, NamedNode, Store

from kg.view.legend import (ACTOR_GROUPS, ATTACK_CLASSES, ATTACK_EDGE, CLASS_GROUP, CLASS_NAMES,
                            CLASS_RANK, group_of)
from kg.vocab import (ACLED, ATTACK_KINDS, CAMEO, DCTERMS, ID, KGO, NIF, PROV, RDF, RDFS, RELATIONS,
                      SKOS, WD, acled_slug)

ATTACK_MODES = ("events", "edges", "both")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_NOT_NODES = {KGO.iri(c) for c in ("Document", "Statement")} | {NIF.iri("Context"), NIF.iri("Sentence")}


def local_name(iri: str) -> str:
    return unquote(re.split(r"[#/]", iri.rstrip("/#"))[-1])


_ENTITY_BASE = ID.base + "entity/"


def node_key(iri: str) -> str:
    """The key a user types for a node: the entity key, with its document digest for a
    document-scoped actor (``3a640a01ccd1920f/gunmen``: each article's gunmen are their own)."""
    if iri.startswith(_ENTITY_BASE):
        return unquote(iri[len(_ENTITY_BASE):])
    return local_name(iri)


def text_lang(literal: Literal) -> str:
    """Language tag of a label, guessed from its script when untagged."""
    if literal.language:
        return literal.language.split("-")[0].lower()
    return "ar" if _ARABIC.search(literal.value) else "en"


class _Index:
    """subject -> objects for one predicate at a time, over the union of all graphs."""

    def __init__(self, store: Store):
        self.store = store
        self._cache: dict[str, dict] = {}

    def __call__(self, predicate: NamedNode) -> dict:
        table = self._cache.get(predicate.value)
        if table is None:
            table = defaultdict(dict)   # dict as an ordered set of objects
            for q in self.store.quads_for_pattern(None, predicate, None, None):
                table[q.subject.value if hasattr(q.subject, "value") else str(q.subject)][q.object] = None
            table = self._cache[predicate.value] = {s: list(o) for s, o in table.items()}
        return table

    def one(self, predicate: NamedNode, subject: str):
        values = self(predicate).get(subject)
        return values[0] if values else None

    def iris(self, predicate: NamedNode, subject: str) -> list[str]:
        return [o.value for o in self(predicate).get(subject, ()) if isinstance(o, NamedNode)]


def _classes(ix: _Index) -> dict[str, str]:
    """Node IRI -> its most specific known class (local name), following rdfs:subClassOf."""
    parents = {c: ix.iris(RDFS.subClassOf, c) for c in ix(RDFS.subClassOf)}

    def known(type_iri: str, seen=()) -> str | None:
        if type_iri in KGO and local_name(type_iri) in CLASS_RANK:
            return local_name(type_iri)
        for parent in parents.get(type_iri, ()):
            if parent not in seen:
                found = known(parent, (*seen, type_iri))
                if found:
                    return found
        return None

    out = {}
    for subject, types in ix(RDF.type).items():
        iris = [t.value for t in types if isinstance(t, NamedNode)]
        if any(t in _NOT_NODES for t in iris):
            continue
        found = [c for c in (known(t) for t in iris) if c]
        if found:
            out[subject] = min(found, key=CLASS_RANK.__getitem__)
        elif any(t in KGO for t in iris):
            out[subject] = local_name(next(t for t in iris if t in KGO))
    return out


def _labels(ix: _Index, node: str) -> tuple[dict[str, str], list[str]]:
    """Preferred label per language and all names (labels first), without duplicates."""
    preferred: dict[str, Counter] = defaultdict(Counter)
    for pred in (RDFS.label, SKOS.prefLabel):
        for lit in ix(pred).get(node, ()):
            if isinstance(lit, Literal):
                preferred[text_lang(lit)][lit.value] += 1
    other = sorted({lit.value for lit in ix(SKOS.altLabel).get(node, ()) if isinstance(lit, Literal)})
    best = {lang: min(c, key=lambda v: (-c[v], len(v), v)) for lang, c in preferred.items()}
    labels = sorted({v for c in preferred.values() for v in c}, key=lambda v: (v not in best.values(), v))
    return best, list(dict.fromkeys(labels + other))


def _date(value) -> str:
    return value.value[:10] if isinstance(value, Literal) else ""


def _evidence(ix: _Index, node: str) -> list[dict]:
    """The evidence of a statement or attack: one entry per evidence sentence."""
    polarity = ix.one(KGO.polarity, node)
    polarity = local_name(polarity.value).lower() if isinstance(polarity, NamedNode) else "asserted"
    confidence = ix.one(KGO.confidence, node)
    rule = ix.one(KGO.extractionRule, node)
    said_by = ix.iris(KGO.saidBy, node)
    derived = ix.iris(PROV.wasDerivedFrom, node)
    common = {"polarity": polarity, "said_by": said_by[0] if said_by else "",
              "confidence": float(confidence.value) if isinstance(confidence, Literal) else None,
              "rule": rule.value if isinstance(rule, Literal) else ""}
    out = []
    for sentence in ix.iris(KGO.evidence, node) or [""]:
        text = ix.one(NIF.anchorOf, sentence) if sentence else None
        docs = ix.iris(NIF.referenceContext, sentence) if sentence else []
        out.append({"sentence": text.value if isinstance(text, Literal) else "",
                    "document": (docs or derived or [""])[0], **common})
    return out


def _documents(ix: _Index) -> dict[str, dict]:
    docs = {}
    for subject, types in ix(RDF.type).items():
        if {t.value for t in types if isinstance(t, NamedNode)} & {KGO.iri("Document"), NIF.iri("Context")}:
            title, issued = ix.one(DCTERMS.title, subject), ix.one(DCTERMS.issued, subject)
            source, url = ix.one(DCTERMS.source, subject), ix.one(NIF.sourceUrl, subject)
            docs[subject] = {"title": title.value if isinstance(title, Literal) else "",
                             "date": _date(issued),
                             "source": source.value if isinstance(source, Literal) else "",
                             "url": url.value if isinstance(url, Literal) else ""}
    return docs


def _add_node(G: nx.MultiDiGraph, ix: _Index, iri: str, cls: str) -> None:
    best, names = _labels(ix, iri)
    wikidata = [w for w in ix.iris(SKOS.exactMatch, iri) if w.startswith(WD.base)]
    cameo = ix.one(KGO.cameoCode, iri)
    G.add_node(iri, kind="attack" if cls in ATTACK_CLASSES else "entity", cls=cls,
               group=group_of(cls), key=node_key(iri), label_ar=best.get("ar", ""),
               label_en=best.get("en", ""), aliases=names,
               wikidata=local_name(wikidata[0]) if wikidata else "",
               cameo=cameo.value if isinstance(cameo, Literal) else "",
               documents=ix.iris(KGO.mentionedIn, iri))


_ACLED_NAMES = {ACLED[acled_slug(name)].value: name for _, name in ATTACK_KINDS.values() if name}


def _count(ix: _Index, number: NamedNode, qualifier: NamedNode, node: str) -> dict | None:
    """A reported number of people and its qualifier, or None when the text gives none."""
    value = ix.one(number, node)
    if not isinstance(value, Literal) or not value.value.isdigit():
        return None
    q = ix.one(qualifier, node)
    return {"value": int(value.value), "qualifier": q.value if isinstance(q, Literal) else "exact"}


def _event_codes(ix: _Index, node: str) -> tuple[str, str]:
    """(CAMEO event code, ACLED sub-event type) of an attack node, as people write them."""
    cameo = next((c[len(CAMEO.base):] for c in ix.iris(KGO.eventCode, node) if c in CAMEO), "")
    acled = next((_ACLED_NAMES.get(a, local_name(a)) for a in ix.iris(KGO.acledSubEventType, node)), "")
    return cameo, acled


def _ensure_node(G: nx.MultiDiGraph, ix: _Index, iri: str) -> None:
    if iri not in G:
        _add_node(G, ix, iri, "")
        data = G.nodes[iri]
        if not (data["label_ar"] or data["label_en"]):
            data["label_en"] = local_name(iri)


def _edge_dates(G, evidence: Iterable[dict], own_date: str = "") -> list[str]:
    docs = G.graph["documents"]
    dates = {own_date} if own_date else {docs.get(e["document"], {}).get("date", "") for e in evidence}
    return sorted(d for d in dates if d)


def _add_relations(G: nx.MultiDiGraph, ix: _Index) -> None:
    edges: dict[tuple, list[dict]] = {}
    for rel in RELATIONS:
        for s, objects in ix(KGO[rel]).items():
            for o in objects:
                if isinstance(o, NamedNode):
                    edges.setdefault((s, o.value, rel, "asserted"), [])
    for stmt, types in ix(RDF.type).items():
        if KGO.Statement not in types:
            continue
        s, p, o = ix.one(RDF.subject, stmt), ix.one(RDF.predicate, stmt), ix.one(RDF.object, stmt)
        if not all(isinstance(t, NamedNode) for t in (s, p, o)) or p.value not in KGO:
            continue
        rel = local_name(p.value)
        if rel not in RELATIONS:
            continue
        for ev in _evidence(ix, stmt):
            status = "denied" if ev["polarity"] == "denied" else "asserted"
            edges.setdefault((s.value, o.value, rel, status), []).append(ev)
    for (s, o, rel, status), evidence in sorted(edges.items()):
        _ensure_node(G, ix, s)
        _ensure_node(G, ix, o)
        evidence.sort(key=lambda e: (e["document"], e["sentence"]))
        G.add_edge(s, o, key=f"{rel}:{status}", relation=rel, status=status,
                   evidence=evidence, dates=_edge_dates(G, evidence))


def _add_attacks(G: nx.MultiDiGraph, ix: _Index, classes: dict[str, str], mode: str) -> None:
    summary: dict[tuple, list[dict]] = defaultdict(list)
    for iri in sorted(a for a, c in classes.items() if c in ATTACK_CLASSES):
        evidence = _evidence(ix, iri)
        polarity = evidence[0]["polarity"]
        status = "denied" if polarity == "denied" else "asserted"
        attackers = ix.iris(KGO.attacker, iri)
        date = _date(ix.one(KGO.date, iri))
        data = G.nodes[iri]
        event_code, acled = _event_codes(ix, iri)
        data.update(date=date, polarity=polarity, evidence=evidence, event_code=event_code, acled=acled,
                    fatalities=_count(ix, KGO.fatalities, KGO.fatalitiesQualifier, iri),
                    injured=_count(ix, KGO.injured, KGO.injuredQualifier, iri),
                    description=data["label_en"] or data["label_ar"],
                    label_ar=" · ".join(x for x in (CLASS_NAMES.get(data["cls"], ("هجوم",))[0], date) if x),
                    label_en=" · ".join(x for x in (CLASS_NAMES.get(data["cls"], ("", "Attack"))[1], date) if x))
        roles = [("attacker", a) for a in attackers] + [
            (role, o) for role in ("target", "place", "weapon") for o in ix.iris(KGO[role], iri)]
        data["roles"] = {role: [o for r, o in roles if r == role] for role in ("attacker", "target", "place", "weapon")}
        for _, other in roles:
            _ensure_node(G, ix, other)
        dates = _edge_dates(G, evidence, date)
        data["dates"] = dates
        keep_node = mode != "edges" or not attackers
        if keep_node:
            for role, other in roles:
                s, o = (other, iri) if role == "attacker" else (iri, other)
                G.add_edge(s, o, key=role, relation=role, status=status, evidence=evidence, dates=dates)
        if mode != "events":
            info = {"iri": iri, "cls": data["cls"], "date": date, "dates": dates,
                    "evidence": evidence, "weapons": data["roles"]["weapon"],
                    "places": data["roles"]["place"]}
            for a in attackers:
                for t in data["roles"]["target"]:
                    if a != t:   # a clash names each side as attacker and as target
                        summary[(a, t, status)].append(info)
        if not keep_node:
            G.remove_node(iri)
    for (a, t, status), infos in sorted(summary.items()):
        G.add_edge(a, t, key=f"{ATTACK_EDGE}:{status}", relation=ATTACK_EDGE, status=status,
                   attacks=infos, evidence=[e for i in infos for e in i["evidence"]],
                   dates=sorted({d for i in infos for d in i["dates"]}))


def build_network(store: Store, attacks: str = "events") -> nx.MultiDiGraph:
    """The view's graph of a store (union of its graphs); ``attacks`` in ATTACK_MODES."""
    if attacks not in ATTACK_MODES:
        raise ValueError(f"attacks must be one of {ATTACK_MODES}")
    ix = _Index(store)
    G = nx.MultiDiGraph(documents=_documents(ix))
    classes = _classes(ix)
    for iri in sorted(classes):
        _add_node(G, ix, iri, classes[iri])
    _add_relations(G, ix)
    _add_attacks(G, ix, classes, attacks)
    # Labels of every node, kept when the graph is cut down (--focus), so evidence can
    # still name who said something.
    G.graph["labels"] = {v: (d["label_ar"], d["label_en"]) for v, d in G.nodes(data=True)}
    return G


def node_label(data: dict, lang: str = "en") -> str:
    other = "ar" if lang == "en" else "en"
    return data.get(f"label_{lang}") or data.get(f"label_{other}") or data.get("key", "")


def is_actor(data: dict) -> bool:
    return data.get("kind") == "entity" and CLASS_GROUP.get(data.get("cls")) in ACTOR_GROUPS

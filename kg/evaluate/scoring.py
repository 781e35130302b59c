"""Scores of an extracted graph against a gold annotation.

The matching follows the team's reference scorer (shared/tools/score.py) exactly, so
the numbers agree: entities match by any normalised label, terms by local name,
relations by any allowed option (symmetric ones both ways), attacks by attacker and
target.  On top of it this module restricts a multi-document graph to the gold's own
document graph, and sums counts over documents for micro-averaged scores.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import rdflib
from rdflib import RDF, RDFS, Literal, URIRef

RELATIONS = {"supports", "memberOf", "leaderOf", "spokespersonOf", "officialOf",
             "alliedWith", "opposes", "locatedIn", "operatedBy"}
SYMMETRIC = {"alliedWith"}
_SKOS = "http://www.w3.org/2004/02/skos/core#"
LABELS = {RDFS.label, URIRef(_SKOS + "prefLabel"), URIRef(_SKOS + "altLabel"),
          URIRef(_SKOS + "hiddenLabel"), URIRef("http://schema.org/name"),
          URIRef("https://schema.org/name"), URIRef("http://xmlns.com/foaf/0.1/name")}
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\s\-_'\"`’‘“”«»()\[\]{}.,:;!?/\\،؛؟]+")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def gold_norm(text) -> str:
    """The gold format's label normalisation (see the header of a gold file)."""
    t = unicodedata.normalize("NFKC", str(text))
    t = _DIACRITICS.sub("", t).translate(_LETTERS).lower()
    words = _PUNCT.sub(" ", t).strip().split()
    if words and words[0] in ("the", "al"):
        words = words[1:]
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return " ".join(words)


def local(term) -> str:
    return re.split(r"[#/]", str(term))[-1]


def _options(fact) -> list[tuple]:
    s, p, o = fact
    as_list = lambda x: x if isinstance(x, list) else [x]  # noqa: E731
    return [(a, b, c) for a in as_list(s) for b in as_list(p) for c in as_list(o)]


@dataclass
class Score:
    """Counts for one document (or a sum of documents)."""

    entity_gold: int = 0
    entity_found: int = 0
    entity_typed: int = 0
    relation_gold: int = 0
    relation_found: int = 0
    relation_tp: int = 0
    relation_fp: int = 0
    attack_gold: int = 0
    attack_found: int = 0
    attack_tp: int = 0
    attack_fp: int = 0
    #: Gold attacks matched one to one (each system attack stands for one gold attack at
    #: most); ``attack_found`` lets one system attack match every gold attack it agrees
    #: with, as the team's scorer does, which flatters recall when gold attacks share a target.
    attack_paired: int = 0
    fields_ok: dict = field(default_factory=lambda: defaultdict(int))
    fields_n: dict = field(default_factory=lambda: defaultdict(int))
    missing_entities: list = field(default_factory=list)
    missing_relations: list = field(default_factory=list)
    false_relations: list = field(default_factory=list)
    missing_attacks: list = field(default_factory=list)
    false_attacks: list = field(default_factory=list)

    def __add__(self, other: "Score") -> "Score":
        out = Score()
        for name in ("entity_gold", "entity_found", "entity_typed", "relation_gold", "relation_found",
                     "relation_tp", "relation_fp", "attack_gold", "attack_found", "attack_tp", "attack_fp",
                     "attack_paired"):
            setattr(out, name, getattr(self, name) + getattr(other, name))
        for name in ("fields_ok", "fields_n"):
            for k in set(getattr(self, name)) | set(getattr(other, name)):
                getattr(out, name)[k] = getattr(self, name)[k] + getattr(other, name)[k]
        for name in ("missing_entities", "missing_relations", "false_relations", "missing_attacks",
                     "false_attacks"):
            setattr(out, name, getattr(self, name) + getattr(other, name))
        return out

    @staticmethod
    def _prf(tp, fp, found, gold):
        rec = found / gold if gold else 1.0
        prec = tp / (tp + fp) if tp + fp else 1.0
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        return round(prec, 3), round(rec, 3), round(f1, 3)

    def summary(self) -> dict:
        rp, rr, rf = self._prf(self.relation_tp, self.relation_fp, self.relation_found, self.relation_gold)
        ap, ar, af = self._prf(self.attack_tp, self.attack_fp, self.attack_found, self.attack_gold)
        return {
            "entities": {"gold": self.entity_gold, "found": self.entity_found,
                         "recall": round(self.entity_found / max(1, self.entity_gold), 3),
                         "type_accuracy": round(self.entity_typed / max(1, self.entity_found), 3)},
            "relations": {"gold": self.relation_gold, "found": self.relation_found,
                          "system_true": self.relation_tp, "system_false": self.relation_fp,
                          "precision": rp, "recall": rr, "f1": rf},
            "attacks": {"gold": self.attack_gold, "found": self.attack_found,
                        "system_true": self.attack_tp, "system_false": self.attack_fp,
                        "precision": ap, "recall": ar, "f1": af,
                        "paired": self.attack_paired,
                        "recall_one_to_one": round(self.attack_paired / self.attack_gold, 3)
                        if self.attack_gold else 1.0,
                        "field_accuracy": {k: f"{self.fields_ok[k]}/{self.fields_n[k]}"
                                           for k in sorted(self.fields_n)}},
        }


def score_graph(gold: dict, g: rdflib.Graph) -> Score:
    """Score one graph against one gold annotation."""
    name_keys: dict[str, set] = defaultdict(set)
    for key, ent in gold["entities"].items():
        for n in ent.get("names", []):
            name_keys[gold_norm(n)].add(key)
    cache: dict = {}

    def keys(node) -> set:
        if node not in cache:
            labels = [node] if isinstance(node, Literal) else [o for p in LABELS for o in g.objects(node, p)]
            ks = set()
            for lab in labels:
                ks |= name_keys.get(gold_norm(lab), set())
            cache[node] = ks
        return cache[node]

    sc = Score()
    found = defaultdict(list)
    for node in set(g.subjects()):
        if not isinstance(node, Literal):
            for k in keys(node):
                found[k].append(node)
    ents = gold["entities"]
    ent_keys = [k for k, e in ents.items() if e.get("type") != "Weapon"]
    hits = [k for k in ent_keys if k in found]
    sc.entity_gold, sc.entity_found = len(ent_keys), len(hits)
    for k in hits:
        types = {local(t) for n in found[k] for t in g.objects(n, RDF.type)}
        types |= {local(s) for n in found[k] for t in g.objects(n, RDF.type)
                  for s in g.transitive_objects(t, RDFS.subClassOf)}
        sc.entity_typed += ents[k].get("type") in types
    sc.missing_entities = sorted(set(ent_keys) - set(hits))

    required = [_options(f) for f in gold["facts"]]
    optional = {o for f in gold["optional"] for o in _options(f)}

    def matches(opt, sk, p, ok):
        gs, gp, go = opt
        if gp != p:
            return False
        return (gs in sk and go in ok) or (p in SYMMETRIC and go in sk and gs in ok)

    hit = [False] * len(required)
    for s, p, o in g:
        pl = local(p)
        if pl not in RELATIONS:
            continue
        sk, ok = keys(s), keys(o)
        matched = False
        for i, opts in enumerate(required):
            if any(matches(x, sk, pl, ok) for x in opts):
                hit[i] = matched = True
        if matched:
            sc.relation_tp += 1
        elif not any(matches(x, sk, pl, ok) for x in optional):
            sc.relation_fp += 1
            sc.false_relations.append((sorted(sk) or [str(s)], pl, sorted(ok) or [str(o)]))
    sc.relation_gold, sc.relation_found = len(required), sum(hit)
    sc.missing_relations = [gold["facts"][i] for i, h in enumerate(hit) if not h]

    events = {s for s, p, _ in g if local(p) in ("attacker", "target")}
    gold_attacks, opt_attacks = gold["attacks"], gold["optional_attacks"]
    a_hit = [False] * len(gold_attacks)

    def role(e, name) -> set:
        out = set()
        for p, o in g.predicate_objects(e):
            if local(p) == name:
                out |= keys(o)
        return out

    def same(ga, att, tgt) -> bool:
        as_list = lambda x: x if isinstance(x, list) else [x]  # noqa: E731
        att_ok = ga.get("attacker") is None or set(as_list(ga["attacker"])) & att
        return bool(att_ok and set(as_list(ga["target"])) & tgt)

    agrees: list[list[int]] = []
    for e in sorted(events, key=str):
        att, tgt = role(e, "attacker"), role(e, "target")
        agrees.append([i for i, ga in enumerate(gold_attacks) if same(ga, att, tgt)])
        matched = False
        for i in agrees[-1]:
            ga = gold_attacks[i]
            matched = True
            if a_hit[i]:
                continue
            a_hit[i] = True
            as_list = lambda x: x if isinstance(x, list) else [x]  # noqa: E731
            if ga.get("place") and "place" not in ga.get("optional_fields", []):
                sc.fields_n["place"] += 1
                sc.fields_ok["place"] += bool(set(as_list(ga["place"])) & role(e, "place"))
            if ga.get("date"):
                sc.fields_n["date"] += 1
                sc.fields_ok["date"] += any(str(o)[:10] == str(ga["date"])
                                            for p, o in g.predicate_objects(e) if local(p) == "date")
            if ga.get("weapons"):
                sc.fields_n["weapon"] += 1
                sc.fields_ok["weapon"] += bool(set(as_list(ga["weapons"])) & role(e, "weapon"))
        if matched:
            sc.attack_tp += 1
        elif not any(same(ga, att, tgt) for ga in opt_attacks):
            sc.attack_fp += 1
            sc.false_attacks.append((sorted(att), sorted(tgt)))
    sc.attack_gold, sc.attack_found = len(gold_attacks), sum(a_hit)
    sc.attack_paired = _one_to_one(agrees)
    sc.missing_attacks = [ga for i, ga in enumerate(gold_attacks) if not a_hit[i]]
    return sc


def _one_to_one(agrees: list[list[int]]) -> int:
    """The most gold attacks that distinct system attacks can stand for (a maximum
    bipartite matching by augmenting paths; a document has tens of attacks at most)."""
    owner: dict[int, int] = {}

    def claim(e: int, seen: set) -> bool:
        for i in agrees[e]:
            if i not in seen:
                seen.add(i)
                if i not in owner or claim(owner[i], seen):
                    owner[i] = e
                    return True
        return False

    return sum(claim(e, set()) for e in range(len(agrees)))


def document_graph(ds: rdflib.Dataset, doc_iri: str) -> rdflib.Graph:
    """The triples of one document's named graph; the whole dataset when the file kept
    no named graphs (Turtle, N-Triples)."""
    g = rdflib.Graph()
    named = {str(c.identifier) for c in ds.graphs()
             if str(c.identifier) != str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID) and len(c)}
    if not named:
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    for s, p, o, _ in ds.quads((None, None, None, URIRef(doc_iri))):
        g.add((s, p, o))
    return g


def evaluate(golds: list[dict], ds: rdflib.Dataset) -> tuple[dict[str, Score], Score]:
    """Per-document scores (keyed by document id) and their sum."""
    from kg.evaluate.gold import gold_document_id
    from kg.rdf.iris import document_iri
    per_doc: dict[str, Score] = {}
    total = Score()
    for gold in golds:
        doc_id = gold_document_id(gold)
        sc = score_graph(gold, document_graph(ds, document_iri(doc_id).value))
        per_doc[doc_id] = sc
        total = total + sc
    return per_doc, total

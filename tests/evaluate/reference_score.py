# Copy of the team reference scorer (shared/tools/score.py), kept so that the agreement
# test of kg eval runs on a clean clone. Do not edit: refresh it from shared/tools.
#!/usr/bin/env python3
"""Score an extracted RDF graph against a gold annotation (YAML).

Usage: score.py GOLD.yaml GRAPH [GRAPH ...] [--json] [--verbose]

GRAPH files are parsed by rdflib from their extension (.ttl .nt .nq .trig .jsonld .rdf).
All graphs (default and named) are merged. Terms are matched by local name (the part
after the last '#' or '/'), so any namespace works. See the header of a gold file for
the annotation format and the label normalisation.

Needs: rdflib, pyyaml.
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict

import rdflib
import yaml
from rdflib import RDF, RDFS, Literal, URIRef

SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
LABEL_PREDICATES = {RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel,
                    URIRef("http://schema.org/name"), URIRef("https://schema.org/name"),
                    URIRef("http://xmlns.com/foaf/0.1/name")}
RELATIONS = {"supports", "memberOf", "leaderOf", "spokespersonOf", "officialOf",
             "alliedWith", "opposes", "locatedIn", "operatedBy"}
SYMMETRIC = {"alliedWith"}
ATTACK_ROLES = {"attacker", "target", "place", "date", "weapon"}

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\s\-_'\"`’‘“”«»()\[\]{}.,:;!?/\\،؛؟]+")


def norm(text):
    t = unicodedata.normalize("NFKC", str(text))
    t = _DIACRITICS.sub("", t)
    t = t.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}))
    t = t.lower()
    t = _PUNCT.sub(" ", t).strip()
    words = t.split()
    if words and words[0] in ("the", "al"):
        words = words[1:]
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return " ".join(words)


def local(term):
    s = str(term)
    return re.split(r"[#/]", s)[-1]


def as_list(x):
    if x is None:
        return []
    return x if isinstance(x, list) else [x]


def load_graph(paths):
    ds = rdflib.Dataset()
    for p in paths:
        fmt = rdflib.util.guess_format(p) or "turtle"
        ds.parse(p, format=fmt)
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


class Matcher:
    def __init__(self, gold, g):
        self.gold = gold
        self.g = g
        self.name_to_keys = defaultdict(set)
        for key, ent in gold["entities"].items():
            for n in ent["names"]:
                self.name_to_keys[norm(n)].add(key)
        self.node_keys = {}

    def keys(self, node):
        """Gold entity keys that an output node (IRI, blank node or literal) denotes."""
        if node in self.node_keys:
            return self.node_keys[node]
        labels = []
        if isinstance(node, Literal):
            labels.append(node)
        else:
            for p in LABEL_PREDICATES:
                labels.extend(self.g.objects(node, p))
        ks = set()
        for lab in labels:
            ks |= self.name_to_keys.get(norm(lab), set())
        self.node_keys[node] = ks
        return ks


def fact_options(f):
    s, p, o = f
    return [(si, pi, oi) for si in as_list(s) for pi in as_list(p) for oi in as_list(o)]


def score(gold, g, verbose=False):
    m = Matcher(gold, g)
    report = {}

    # Entities: a gold entity is found when some node carries one of its names.
    found = defaultdict(list)
    for node in set(g.subjects()):
        if isinstance(node, Literal):
            continue
        for k in m.keys(node):
            found[k].append(node)
    ents = gold["entities"]
    ent_keys = [k for k, e in ents.items() if e.get("type") != "Weapon"]
    ent_found = [k for k in ent_keys if k in found]
    typed_ok = 0
    for k in ent_found:
        want = ents[k].get("type")
        types = {local(t) for n in found[k] for t in g.objects(n, RDF.type)}
        types |= {local(sup) for n in found[k] for t in g.objects(n, RDF.type)
                  for sup in g.transitive_objects(t, RDFS.subClassOf)}
        if want in types:
            typed_ok += 1
    dup = sum(1 for k in ent_found if len(found[k]) > 1)
    report["entities"] = {"gold": len(ent_keys), "found": len(ent_found),
                          "recall": round(len(ent_found) / max(1, len(ent_keys)), 3),
                          "type_accuracy": round(typed_ok / max(1, len(ent_found)), 3),
                          "split_into_several_nodes": dup,
                          "missing": sorted(set(ent_keys) - set(ent_found))}

    # Relations.
    required = [fact_options(f) for f in gold.get("facts", [])]
    optional = {opt for f in gold.get("optional", []) for opt in fact_options(f)}

    def matches(opt, s_keys, p, o_keys):
        gs, gp, go = opt
        if gp != p:
            return False
        if gs in s_keys and go in o_keys:
            return True
        return p in SYMMETRIC and go in s_keys and gs in o_keys

    hit = [False] * len(required)
    tp = fp = ignored = 0
    false_pos = []
    for s, p, o in g:
        pl = local(p)
        if pl not in RELATIONS:
            continue
        sk, ok = m.keys(s), m.keys(o)
        matched = False
        for i, opts in enumerate(required):
            if any(matches(opt, sk, pl, ok) for opt in opts):
                hit[i] = True
                matched = True
        if matched:
            tp += 1
        elif any(matches(opt, sk, pl, ok) for opt in optional):
            ignored += 1
        else:
            fp += 1
            false_pos.append((sorted(sk) or [str(s)], pl, sorted(ok) or [str(o)]))
    # Vacuous cases count as perfect: nothing to find, or nothing claimed.
    rec = sum(hit) / len(required) if required else 1.0
    prec = tp / (tp + fp) if tp + fp else 1.0
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    report["relations"] = {"gold": len(required), "found": sum(hit), "recall": round(rec, 3),
                           "system_true": tp, "system_false": fp, "optional_seen": ignored,
                           "precision": round(prec, 3), "f1": round(f1, 3),
                           "missing": [gold["facts"][i] for i, h in enumerate(hit) if not h]}
    if verbose:
        report["relations"]["false_positives"] = false_pos

    # Attacks: an event node with an attacker and/or target.
    events = set()
    for p in ("attacker", "target"):
        for s, pp, o in g:
            if local(pp) == p:
                events.add(s)
    gold_attacks = gold.get("attacks", [])
    opt_attacks = gold.get("optional_attacks", [])
    a_hit = [False] * len(gold_attacks)
    field_ok = defaultdict(int)
    field_n = defaultdict(int)
    a_tp = a_fp = a_ign = 0
    a_false = []

    def role_keys(e, role):
        ks = set()
        for pp, o in g.predicate_objects(e):
            if local(pp) == role:
                ks |= m.keys(o)
        return ks

    def role_values(e, role):
        return [o for pp, o in g.predicate_objects(e) if local(pp) == role]

    def same_event(ga, att, tgt):
        """Attacker and target both match; a gold attacker of null (unstated) matches any."""
        att_ok = ga.get("attacker") is None or set(as_list(ga["attacker"])) & att
        return bool(att_ok and set(as_list(ga["target"])) & tgt)

    for e in events:
        att, tgt = role_keys(e, "attacker"), role_keys(e, "target")
        matched = False
        for i, ga in enumerate(gold_attacks):
            if same_event(ga, att, tgt):
                matched = True
                if not a_hit[i]:
                    a_hit[i] = True
                    if ga.get("place") and "place" not in ga.get("optional_fields", []):
                        field_n["place"] += 1
                        field_ok["place"] += bool(set(as_list(ga["place"])) & role_keys(e, "place"))
                    if ga.get("date"):
                        field_n["date"] += 1
                        field_ok["date"] += any(str(v)[:10] == str(ga["date"]) for v in role_values(e, "date"))
                    if ga.get("weapons"):
                        field_n["weapon"] += 1
                        field_ok["weapon"] += bool(set(as_list(ga["weapons"])) & role_keys(e, "weapon"))
        if matched:
            a_tp += 1
        elif any(same_event(ga, att, tgt) for ga in opt_attacks):
            a_ign += 1
        else:
            a_fp += 1
            a_false.append((sorted(att), sorted(tgt)))
    a_rec = sum(a_hit) / len(gold_attacks) if gold_attacks else 1.0
    a_prec = a_tp / (a_tp + a_fp) if a_tp + a_fp else 1.0
    report["attacks"] = {"gold": len(gold_attacks), "found": sum(a_hit), "recall": round(a_rec, 3),
                         "system_events": len(events), "system_true": a_tp, "system_false": a_fp,
                         "precision": round(a_prec, 3),
                         "f1": round(2 * a_prec * a_rec / max(1e-9, a_prec + a_rec), 3),
                         "field_accuracy": {k: f"{field_ok[k]}/{field_n[k]}" for k in field_n},
                         "missing": [ga for i, ga in enumerate(gold_attacks) if not a_hit[i]]}
    if verbose:
        report["attacks"]["false_positives"] = a_false
    return report


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as fh:
        gold = yaml.safe_load(fh)
    g = load_graph(args[1:])
    rep = score(gold, g, verbose="--verbose" in argv)
    if "--json" in argv:
        print(json.dumps(rep, ensure_ascii=False, indent=1, default=str))
    else:
        for part in ("entities", "relations", "attacks"):
            r = rep[part]
            print(f"{part}: " + ", ".join(f"{k}={v}" for k, v in r.items()
                                           if k not in ("missing", "false_positives")))
            if r.get("missing"):
                print(f"  missing: {json.dumps(r['missing'], ensure_ascii=False, default=str)}")
            if r.get("false_positives"):
                print(f"  false: {json.dumps(r['false_positives'], ensure_ascii=False, default=str)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The neighbour set of the facts graph (:mod:`kg.store.summaries`): every link between two
entities once, what ``actors_within_hops`` follows hop by hop.

A link is a stated relation of one of :data:`LINK_PREDICATES` in the facts graph, or an
attack (attacker to target, any graph, also one reported as denied: the query's chains
always took those).  The query read its links from the relations in both directions and
the attack pairs joined with themselves; from Iran's 361 first-hop nodes that is about
140,000 joined rows before the second hop's DISTINCT (250-300 ms of CPU at 10,000
documents).  The facts graph now holds each link once, as one triple whose two ends are
the entities, the smaller IRI (by its text) first::

    GRAPH graph:facts { ent:houthis kgo:linkedWith ent:iran . }

so both directions are found by index (subject and object) and the second hop reads
plain triples, no join of pair nodes.  An attack of an entity on itself is no link (a
shortest chain never goes round it), nor is a relation to a literal.

The attacks come from the pair summaries (attacks not denied, the target not the
attacker; written before this kind) plus the denied attacks, read whole by index on their
polarity (a few hundred at 10,000 documents): together every attack with a target other
than its attacker.  Not counted: the links of every entity that a graph coming or going
names as an end of a link (subject or object of a link predicate, attacker or target) are
deleted and found again, in the same update as the facts and the pairs.  The links sit in
the facts graph under entity subjects, so the facts' own refresh and counts leave them out
(:data:`LINKED_WITH` in :mod:`kg.store.facts`).
"""
from __future__ import annotations

from pyoxigraph import NamedNode

from kg.vocab import FACTS_GRAPH, KGO

#: The relations actors_within_hops follows (queries/actors_within_hops.rq).
LINK_PREDICATES = (KGO.supports, KGO.memberOf, KGO.leaderOf, KGO.spokespersonOf,
                   KGO.officialOf, KGO.alliedWith, KGO.opposes)
_LINK_PREDICATES = frozenset(LINK_PREDICATES)
_ATTACK_ENDS = frozenset({KGO.attacker, KGO.target})


def link_keys(quad) -> list[NamedNode]:
    """The entities whose links a quad of a graph that comes or goes may change: both ends
    of a link relation, an attack's attacker or target."""
    if quad.predicate in _LINK_PREDICATES:
        return [t for t in (quad.subject, quad.object) if isinstance(t, NamedNode)]
    if quad.predicate in _ATTACK_ENDS and isinstance(quad.object, NamedNode):
        return [quad.object]
    return []


# The ends (?e, ?x) of every link, each direction: the relations one pattern per predicate
# (with ?p from a VALUES block Oxigraph read every triple of the entity: 220 ms of CPU for
# one document's 21 entities at 10,000 documents against 30), the attack pairs from their
# summary nodes.  A VALUES block of entities before them makes each a lookup from the
# entity.  The denied attacks' ends come from a subquery of their own (found by index on
# the polarity, then joined), apart: in the same UNION it made Oxigraph read every branch
# whole (3.1 s for those 21 entities).
_RELATIONS = [f"{{ GRAPH {FACTS_GRAPH} {{ ?e {p} ?x }} }}" for p in LINK_PREDICATES]
_FORWARD = " UNION ".join(_RELATIONS + [
    f"{{ GRAPH {FACTS_GRAPH} {{ ?n {KGO.attacksBy} ?e ; {KGO.attackTarget} ?x }} }}"])
_BACKWARD = " UNION ".join([f"{{ GRAPH {FACTS_GRAPH} {{ ?x {p} ?e }} }}" for p in LINK_PREDICATES] + [
    f"{{ GRAPH {FACTS_GRAPH} {{ ?n {KGO.attackTarget} ?e ; {KGO.attacksBy} ?x }} }}"])
_DENIED = f"""{{ SELECT DISTINCT ?attacker ?target WHERE {{
        GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }}
        GRAPH ?ga {{ ?attack {KGO.attacker} ?attacker }}
        GRAPH ?gt {{ ?attack {KGO.target} ?target }} }} }}"""


def _ends(values: str) -> str:
    """The link ends of the entities of ``values`` (a VALUES block of ?e)."""
    return f"""{{ {values}
      {{ {_FORWARD} }} UNION {{ {_BACKWARD} }} }}
    UNION {{ {_DENIED} BIND (?attacker AS ?e) BIND (?target AS ?x) {values} }}
    UNION {{ {_DENIED} BIND (?target AS ?e) BIND (?attacker AS ?x) {values} }}"""


# The same for all entities: one direction is enough (the triple is written in order).
_ENDS_OF_ALL = f"""{{ {_FORWARD} }}
    UNION {{ {_DENIED} BIND (?attacker AS ?e) BIND (?target AS ?x) }}"""


def links_update(entities: list[NamedNode] | None) -> str:
    """A SPARQL update finding again the links of ``entities`` (all when None), after the
    facts and the attack pairs are up to date."""
    if entities is None:
        delete = f"DELETE WHERE {{ GRAPH {FACTS_GRAPH} {{ ?a {KGO.linkedWith} ?b }} }}"
        ends = _ENDS_OF_ALL
    else:
        values = "VALUES ?e { " + " ".join(str(e) for e in entities) + " }"
        delete = f"""DELETE {{ GRAPH {FACTS_GRAPH} {{ ?a {KGO.linkedWith} ?b }} }} WHERE {{
  {values}
  {{ GRAPH {FACTS_GRAPH} {{ ?e {KGO.linkedWith} ?b }} BIND (?e AS ?a) }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?a {KGO.linkedWith} ?e }} BIND (?e AS ?b) }}
}}"""
        ends = _ends(values)
    return delete + f""" ;
INSERT {{ GRAPH {FACTS_GRAPH} {{ ?a {KGO.linkedWith} ?b }} }} WHERE {{
  {{ SELECT DISTINCT ?e ?x WHERE {{
    {ends}
  }} }}
  FILTER (isIRI(?e) && isIRI(?x) && !sameTerm(?e, ?x))
  BIND (IF(STR(?e) < STR(?x), ?e, ?x) AS ?a)
  BIND (IF(STR(?e) < STR(?x), ?x, ?e) AS ?b)
}}"""

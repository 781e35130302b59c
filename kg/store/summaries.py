"""Summaries in the facts graph: per-attacker attack counts, kept exact like the facts.

``attacks_by_backer`` orders its answer by the number of attacks each attacker made, and
that number is a grouping over every attack of the store (85,000 at 10,000 documents):
2.1 s of CPU for an answer of 82 rows.  So the facts graph also holds, for each attacker,
one summary node with what the query reads::

    GRAPH graph:facts {
      summary:attacks/9c1e… kgo:attacksBy ent:houthis ; kgo:attackCount 412 ;
          kgo:firstDate "2023-10-19"^^xsd:date ; kgo:lastDate "2024-02-03"^^xsd:date ;
          kgo:exampleAttack attack:0a3f… .
    }

counting the attacks not reported as denied whose target is not the attacker itself (each
side of a clash is named in both roles), as the query did.  ``hostile_relations`` orders
its pairs by the number of attacks one actor made on another, so each (attacker, target)
pair has a node too, with the attacks naming that target (not denied, the target not the
attacker)::

    summary:attack-pairs/51d0… kgo:attacksBy ent:houthis ; kgo:attackTarget ent:us_navy ;
        kgo:attackCount 57 .

A first and a last date are not kept by counting (removing the attack of the last date
leaves no way to know the one before), so a summary is not updated by a delta: the
summaries of the attackers a change touches are recomputed from the document graphs, by
index from the attacker.  An attack lives in one document graph (its IRI hashes the
document id) with all its roles, so the attackers a change touches are the objects of
``kgo:attacker`` in the graphs that come and go: :func:`attackers_in`.  The update runs in
the same SPARQL update as a document's replacement or removal, after a bulk load's facts
delta, and after every whole recomputation of the facts graph.
"""
from __future__ import annotations

from typing import Iterable

from pyoxigraph import NamedNode

from kg.vocab import FACTS_GRAPH, KGO, SUMMARY_BASE

ATTACKS_BASE = SUMMARY_BASE + "attacks/"
PAIRS_BASE = SUMMARY_BASE + "attack-pairs/"
#: Attackers whose summaries one update recomputes (the VALUES block of one update).
ATTACKER_BATCH = 500

_NODE = f'IRI(CONCAT("{ATTACKS_BASE}", SUBSTR(SHA1(STR(?attacker)), 1, 24)))'
_PAIR_NODE = (f'IRI(CONCAT("{PAIRS_BASE}", '
              f'SUBSTR(SHA1(CONCAT(STR(?attacker), " ", STR(?target))), 1, 24)))')

# The attacks counted for an attacker, as attacks_by_backer counted them: each role read in
# the graphs of the documents (never the facts graph: no attack is an entity), denied ones
# out, a clash's sides out (an attack with no target, or another target, stays).  For some
# attackers their attacks' roles are looked up attack by attack, from the attacker; for all
# of them each role is read once and joined by hash (looking up 85,000 attacks' targets one
# by one made the whole update 13 s of CPU at 10,000 documents instead of 2.5 s).
_COUNTED_OF_SOME = f"""GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ GRAPH ?gt {{ ?attack {KGO.target} ?target }} }}
      FILTER (!COALESCE(sameTerm(?attacker, ?target), false))"""
_COUNTED_OF_ALL = f"""{{ SELECT ?attack ?attacker WHERE {{ GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ SELECT ?attack ?target WHERE {{ GRAPH ?gt {{ ?attack {KGO.target} ?target }} }} }}
      FILTER (!COALESCE(sameTerm(?attacker, ?target), false))"""
# The attacks of each (attacker, target) pair, as hostile_relations counts them: a target
# named, not the attacker itself, the attack not denied.
_PAIRS_OF_SOME = f"""GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }}
      GRAPH ?gt {{ ?attack {KGO.target} ?target }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      FILTER (!sameTerm(?attacker, ?target))"""
_PAIRS_OF_ALL = f"""{{ SELECT ?attack ?attacker WHERE {{ GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }} }} }}
      {{ SELECT ?attack ?target WHERE {{ GRAPH ?gt {{ ?attack {KGO.target} ?target }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      FILTER (!sameTerm(?attacker, ?target))"""
_DATES_OF_SOME = f"GRAPH ?gdate {{ ?attack {KGO.date} ?date }}"
_DATES_OF_ALL = f"{{ SELECT ?attack ?date WHERE {{ GRAPH ?gdate {{ ?attack {KGO.date} ?date }} }} }}"


def _values(attackers: Iterable[NamedNode] | None) -> str:
    if attackers is None:
        return ""
    return "VALUES ?attacker { " + " ".join(str(a) for a in sorted(set(attackers), key=str)) + " }"


def summary_update(attackers: Iterable[NamedNode] | None = None) -> str:
    """A SPARQL update recomputing the attack summaries of ``attackers`` (all when None);
    "" when there are none to recompute."""
    if attackers is not None:
        attackers = set(attackers)
        if not attackers:
            return ""
    values, facts = _values(attackers), str(FACTS_GRAPH)
    counted, dates, pairs = ((_COUNTED_OF_ALL, _DATES_OF_ALL, _PAIRS_OF_ALL) if attackers is None
                             else (_COUNTED_OF_SOME, _DATES_OF_SOME, _PAIRS_OF_SOME))
    return f"""DELETE {{ GRAPH {facts} {{ ?n ?p ?o }} }} WHERE {{
  {values}
  GRAPH {facts} {{ ?n {KGO.attacksBy} ?attacker . ?n ?p ?o }}
}} ;
INSERT {{ GRAPH {facts} {{
    ?n {KGO.attacksBy} ?attacker ; {KGO.attackCount} ?attacks ; {KGO.exampleAttack} ?example ;
       {KGO.firstDate} ?first ; {KGO.lastDate} ?last .
}} }}
WHERE {{
  {{ SELECT ?attacker (COUNT(DISTINCT ?attack) AS ?attacks) (MIN(STR(?attack)) AS ?example_key)
    WHERE {{
      {values}
      {counted}
    }}
    GROUP BY ?attacker }}
  # the dates apart: MIN over a group where some attacks have no date is unbound in Oxigraph
  OPTIONAL {{
    SELECT ?attacker (MIN(?date) AS ?first) (MAX(?date) AS ?last)
    WHERE {{
      {values}
      {counted}
      {dates}
    }}
    GROUP BY ?attacker }}
  # rdflib may give a group with no attacks one row with no count
  FILTER (?attacks > 0)
  BIND ({_NODE} AS ?n)
  BIND (IRI(?example_key) AS ?example)
}} ;
INSERT {{ GRAPH {facts} {{
    ?n {KGO.attacksBy} ?attacker ; {KGO.attackTarget} ?target ; {KGO.attackCount} ?attacks .
}} }}
WHERE {{
  {{ SELECT ?attacker ?target (COUNT(DISTINCT ?attack) AS ?attacks)
    WHERE {{
      {values}
      {pairs}
    }}
    GROUP BY ?attacker ?target }}
  FILTER (?attacks > 0)
  BIND ({_PAIR_NODE} AS ?n)
}}"""


def summary_updates(attackers: Iterable[NamedNode] | None = None) -> list[str]:
    """:func:`summary_update` in batches of :data:`ATTACKER_BATCH` attackers (one update
    when all are recomputed), so no VALUES block grows with the store."""
    if attackers is None:
        return [summary_update(None)]
    ordered = sorted(set(attackers), key=str)
    return [summary_update(ordered[i:i + ATTACKER_BATCH]) for i in range(0, len(ordered), ATTACKER_BATCH)]


def refresh_summaries(store, attackers: set[NamedNode]) -> None:
    """Recompute the summaries of ``attackers`` in a pyoxigraph Store after a bulk load.

    Looking attacks up from their attacker costs about its number of attacks in index
    reads, the grouping of every attack a pass over them: for a quarter of the attackers
    or more the whole update is the cheaper (all 122 attackers of 10,000 documents: 8.5 s
    of CPU one by one, 2.3 s whole)."""
    if not attackers:
        return
    known = sum(1 for _ in store.quads_for_pattern(None, KGO.attacksBy, None, FACTS_GRAPH))
    for update in summary_updates(None if 4 * len(attackers) >= known else attackers):
        store.update(update)


def attackers_in(quads) -> set[NamedNode]:
    """The attackers named in some quads or triples: whose summaries a change touches."""
    return {q.object for q in quads if q.predicate == KGO.attacker and isinstance(q.object, NamedNode)}


#: How many quads of the facts graph are summaries (left out of the facts' own count).
SUMMARY_SIZE = f"""SELECT (COUNT(*) AS ?n) WHERE {{
  GRAPH {FACTS_GRAPH} {{ ?s {KGO.attacksBy} ?attacker . ?s ?p ?o }}
}}"""

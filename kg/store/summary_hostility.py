"""The hostility flag of the attack pairs in the facts graph (:mod:`kg.store.summaries`).

A pair that ``hostile_relations`` shows (its attacker states that it opposes the target, or
the target is of an actor class, both in the facts graph) holds its count once more, so
the query's first page takes the highest counts among those pairs alone (at 10,000
documents the highest pair counts are of attacks on bases, which it does not show: a
cut-off over every pair's count needed 3,000 of 14,000 pairs for a page of 100 rows)::

    summary:attack-pairs/51d0… kgo:pairAttackCount 57 ; kgo:hostileAttackCount 57 .

The flag follows facts that other documents may change, so it is not counted: it is set
again from the pair node and the facts graph for the pairs of every entity that a graph
coming or going gives an actor class (its pairs as target) or a kgo:opposes (as attacker),
and of every attacker whose pairs were counted again (their nodes are rewritten)."""
from __future__ import annotations

from pyoxigraph import NamedNode

from kg.vocab import FACTS_GRAPH, KGO, RDF


def _values(variable: str, keys: list[NamedNode]) -> str:
    return f"VALUES ?{variable} {{ " + " ".join(str(k) for k in keys) + " }"


#: The classes of an actor, as hostile_relations tests a target (queries/hostile_relations.rq).
ACTOR_CLASSES = frozenset(KGO[c] for c in (
    "Actor", "Person", "Organization", "ArmedGroup", "State", "Government", "Coalition",
    "SecurityForces", "GenericActor", "UnidentifiedArmedGroup", "Civilians"))
_ACTOR_CLASSES = " ".join(sorted(str(c) for c in ACTOR_CLASSES))


def hostility_keys(quad) -> tuple[NamedNode, NamedNode] | None:
    """(the entity, the side) whose pairs' flag a quad of a graph that comes or goes may
    change: the subject of an actor class, its pairs as target (kgo:attackTarget); the
    subject of kgo:opposes, its pairs as attacker (kgo:attacksBy; the attackers whose pairs
    are counted again are added by :class:`kg.store.summaries.Touched`). A fact is the
    union of the graphs' triples, so only such a triple can change the flag."""
    if not isinstance(quad.subject, NamedNode):
        return None
    if quad.predicate == KGO.opposes:
        return quad.subject, KGO.attacksBy
    if quad.predicate == RDF.type and quad.object in ACTOR_CLASSES:
        return quad.subject, KGO.attackTarget
    return None


def hostility_update(entities: list[NamedNode] | None, side: NamedNode = KGO.attacksBy) -> str:
    """A SPARQL update setting again the hostility flag (``kgo:hostileAttackCount``, the
    pair's count) of the attack pairs whose attacker (``side`` kgo:attacksBy) or target
    (kgo:attackTarget) is one of ``entities`` (all pairs when None): from the pair node and
    the facts graph, after the facts and the pair counts are up to date (hence the last
    kinds of :func:`kg.store.summaries._kinds`)."""
    if entities is None:
        pairs = f"GRAPH {FACTS_GRAPH} {{ ?n {KGO.pairAttackCount} ?c }}"
    else:
        pairs = f"""{_values("entity", entities)}
  GRAPH {FACTS_GRAPH} {{ ?n {side} ?entity }}"""
    return f"""DELETE {{ GRAPH {FACTS_GRAPH} {{ ?n {KGO.hostileAttackCount} ?old }} }} WHERE {{
  {pairs}
  GRAPH {FACTS_GRAPH} {{ ?n {KGO.hostileAttackCount} ?old }}
}} ;
INSERT {{ GRAPH {FACTS_GRAPH} {{ ?n {KGO.hostileAttackCount} ?c }} }} WHERE {{
  {{ SELECT ?n ?c ?actor ?target WHERE {{
      {pairs}
      GRAPH {FACTS_GRAPH} {{ ?n {KGO.pairAttackCount} ?c ; {KGO.attacksBy} ?actor ; {KGO.attackTarget} ?target }} }} }}
  # a pair may match both (an INSERT writes its triple once); the pairs in a subquery of
  # their own and a UNION, not EXISTS in the same group, which Oxigraph evaluated three
  # times slower (260 ms of CPU against 85 for the 2,100 pairs of one document at 10,000)
  {{ GRAPH {FACTS_GRAPH} {{ ?actor {KGO.opposes} ?target }} }}
  UNION {{ VALUES ?class {{ {_ACTOR_CLASSES} }} GRAPH {FACTS_GRAPH} {{ ?target a ?class }} }}
}}"""

"""Summaries in the facts graph: per-attacker attack counts, per-entity and per-backing
document counts, kept exact like the facts.

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
        kgo:pairAttackCount 57 .

(a count of its own, so the pairs' counts are read alone: 14,000 of the 21,000 counts at
10,000 documents).

(The neighbour set ``actors_within_hops`` reads, :mod:`kg.store.summary_links`, takes these
pairs as its attack links, adding the few denied attacks from the document graphs.)  A pair that ``hostile_relations`` shows holds its count once
more, ``kgo:hostileAttackCount``, set from the pair and the facts graph
(:mod:`kg.store.summary_hostility`).

``weapons_by_attacker`` groups the attacks by attacker and weapon (one grouping over every
attack of the store, 0.4 s of CPU at 10,000 documents for its 2,200 rows), so each
(attacker, weapon) pair has a node with its attacks (not denied; a clash's sides stay) and
their first and last date, linked by its own predicate (hostile_relations reads every
``kgo:attacksBy`` node, and 2,800 weapon nodes more made it slower)::

    summary:attack-weapons/2b7e… kgo:weaponsBy ent:houthis ; kgo:attackWeapon ent:drone ;
        kgo:attackCount 31 ; kgo:firstDate … ; kgo:lastDate … .

``most_attacked_places`` counts each place's attacks (one grouping over every attack: 0.4 s
of CPU at 10,000 documents). An attack counts for a place it happened at (``kgo:place``),
and for a target only when the target is of a place class in the facts graph, which a
change to another document may alter; so each place (an object of ``kgo:place`` or
``kgo:target``) has two nodes, the attacks there and the attacks there or on it, each with
its first and last date, and the query picks by class::

    summary:attacks-at/5d1f… kgo:attacksAt ent:hodeidah ; kgo:attackCount 120 ; …
    summary:attacks-on/5d1f… kgo:attacksOn ent:hodeidah ; kgo:attackCount 133 ; …

``bases_and_facilities`` counts the attacks that targeted each base (``kgo:target`` only,
whatever the target's class: 60 ms of CPU at 10,000 documents for 47 bases, about a third of
its first page), so each place key that is some attack's target has a third node, with the
count alone (the query shows no dates)::

    summary:attacks-against/5d1f… kgo:attacksAgainst ent:al_udeid ; kgo:attackCount 310 .

``attacks_per_event_type`` counts the attacks of each CAMEO code and ACLED sub-event type
(a grouping over every attack, 0.2 s of CPU at 10,000 documents for 7 rows), so each pair
has a node, recomputed for the codes of the attacks a change touches::

    summary:event-types/a41c… kgo:attacksOfCode cameo:1952 ;
        kgo:attacksOfSubEventType acled:air-drone-strike ; kgo:attackCount 4011 .

``documents_per_actor`` orders the actors by the number of documents that mention them,
which is a grouping over every mention of the store (300,000 at 10,000 documents), so each
mentioned entity has a node with its documents and the first and last date they were
issued (MIN and MAX of ``dcterms:issued`` as the query took them)::

    summary:documents/77ab… kgo:documentsOf ent:iran ; kgo:documentCount 8012 ;
        kgo:firstIssued … ; kgo:lastIssued … .

(dates of their own: attacks_by_backer reads the attackers' first and last dates, and with
8,000 document summaries sharing the predicates that took 115 ms more at 10,000 documents).

``who_supports_whom`` orders the backing relations by the number of documents whose
statements (not denied) say so; each (backer, backed) pair that statements name has a node::

    summary:backings/0c4d… kgo:backer ent:iran ; kgo:backed ent:houthis ; kgo:documentCount 310 .

``unidentified_attackers_per_place`` reads the attacks that name no attacker, which it found
as every attack MINUS those with an attacker (both sets read whole: 0.2 s of CPU at 10,000
documents for 1,300 attacks); each such attack has a link node, recomputed for the attacks
(subjects of an event code or an attacker) of the graphs that come and go, from the attack::

    summary:unattributed/e19a… kgo:unattributedAttack attack:5c2d… .

``clashes_between_two_sides`` found its clashes (attacks of class kgo:ArmedClash, or whose
attacker is also their target) by joining every attacker and every target triple of the
store: 0.15 s of CPU at 10,000 documents for an answer that may be empty.  Each clash has a
link node, recomputed like the unattributed links, from the attack::

    summary:clashes/7a0b… kgo:clashAttack attack:91e4… .

A first and a last date are not kept by counting (removing the attack of the last date
leaves no way to know the one before), so a summary is not updated by a delta: the
summaries of the attackers a change touches are recomputed from the document graphs, by
index from the attacker.  An attack lives in one document graph (its IRI hashes the
document id) with all its roles, so the attackers a change touches are the objects of
``kgo:attacker`` in the graphs that come and go; a document's mentions and its date are in
its graph too, so the entities it touches are the subjects of ``kgo:mentionedIn`` there
(:class:`Touched`); a statement's properties are in its document's graph, so the backers
it touches are among the subjects of ``rdf:subject`` there.  The update runs in
the same SPARQL update as a document's replacement or removal, after a bulk load's facts
delta, and after every whole recomputation of the facts graph.
"""
from __future__ import annotations

from typing import Iterable

from pyoxigraph import NamedNode

from kg.store.summary_hostility import hostility_update
from kg.store.summary_links import links_update
from kg.store.summary_patterns import (
    AGAINST_OF_ALL, AGAINST_OF_SOME, AT_OF_ALL, AT_OF_SOME, BACKINGS_OF_ALL, BACKINGS_OF_SOME,
    CLASHES_OF_ALL, CLASHES_OF_SOME, COUNTED_OF_ALL, COUNTED_OF_SOME, DATES_FROM_TEXT, DATES_OF_ALL,
    DATES_OF_SOME, EVENTS_OF_ALL, EVENTS_OF_SOME, MENTIONS_OF_ALL, MENTIONS_OF_SOME, ON_OF_ALL, ON_OF_SOME,
    PAIRS_OF_ALL, PAIRS_OF_SOME, TEXT_DATES,
    UNATTRIBUTED_OF_ALL, UNATTRIBUTED_OF_SOME, WEAPONS_OF_ALL, WEAPONS_OF_SOME)
from kg.store.summary_touched import Touched
from kg.vocab import FACTS_GRAPH, KGO, SUMMARY_BASE

ATTACKS_BASE = SUMMARY_BASE + "attacks/"
PAIRS_BASE = SUMMARY_BASE + "attack-pairs/"
WEAPONS_BASE = SUMMARY_BASE + "attack-weapons/"
EVENT_TYPES_BASE = SUMMARY_BASE + "event-types/"
PLACES_BASE = SUMMARY_BASE + "attacks-at/"
ON_BASE = SUMMARY_BASE + "attacks-on/"
AGAINST_BASE = SUMMARY_BASE + "attacks-against/"
DOCUMENTS_BASE = SUMMARY_BASE + "documents/"
BACKINGS_BASE = SUMMARY_BASE + "backings/"
UNATTRIBUTED_BASE = SUMMARY_BASE + "unattributed/"
CLASHES_BASE = SUMMARY_BASE + "clashes/"
#: The layout of the facts graph this code writes, stamped into it (kg.store.layout): BUMP
#: IT whenever a kind of summary is added or what one holds changes (a predicate, a count's
#: rule), so a store written before is recomputed on open instead of answering wrong.
#: 1: the stamp's first layout (attack pairs with kgo:pairAttackCount and the hostility
#: flag, kgo:hostileAttackCount; the unattributed-attack links; event types; places).
#: 2: the neighbour set, kgo:linkedWith (kg.store.summary_links).
#: 3: the attacks against each target, kgo:attacksAgainst.
#: 4: the clash links, kgo:clashAttack.
LAYOUT = 4
#: Keys (attackers, entities) whose summaries one update recomputes (one VALUES block).
KEY_BATCH = 500
#: Share of the known keys of a kind from which a bulk load recomputes all its summaries
#: at once (:func:`refresh_summaries`).
WHOLE_SHARE = 1 / 16


def _node(base: str, *keys: str) -> str:
    text = keys[0] if len(keys) == 1 else 'CONCAT(' + ', " ", '.join(keys) + ')'
    return f'IRI(CONCAT("{base}", SUBSTR(SHA1({text}), 1, 24)))'


def _values(variable: str, keys: list[NamedNode] | None) -> str:
    if keys is None:
        return ""
    return f"VALUES ?{variable} {{ " + " ".join(str(k) for k in keys) + " }"


def _delete(variable: str, link: NamedNode, values: str) -> str:
    return f"""DELETE {{ GRAPH {FACTS_GRAPH} {{ ?n ?p ?o }} }} WHERE {{
  {values}
  GRAPH {FACTS_GRAPH} {{ ?n {link} ?{variable} . ?n ?p ?o }}
}}"""


def _grouped_insert(triples: str, keys: str, aggregates: str, values: str, pattern: str,
                    count: str, node: str, joined: str = "", bound: str = "") -> str:
    """INSERT into the facts graph one summary node ``?n`` (``triples``) per group of
    ``keys``: ``aggregates`` over ``pattern`` restricted by ``values``, with ``joined``
    after the grouped subquery and ``bound`` after the node. A group whose ``count`` is
    not above 0 is left out (rdflib may give a group with no rows one row with no count)."""
    return f"""INSERT {{ GRAPH {FACTS_GRAPH} {{
    {triples}
}} }}
WHERE {{
  {{ SELECT {keys} {aggregates}
    WHERE {{
      {values}
      {pattern}
    }}
    GROUP BY {keys} }}{joined}
  FILTER (?{count} > 0)
  BIND ({node} AS ?n){bound}
}}"""


def attack_update(attackers: list[NamedNode] | None) -> str:
    """A SPARQL update recomputing the attack summaries (each attacker's, each of its
    targets' and each of its weapons') of ``attackers`` (all when None)."""
    values = _values("attacker", attackers)
    counted, dates, pairs, weapons = (
        (COUNTED_OF_ALL, DATES_OF_ALL, PAIRS_OF_ALL, WEAPONS_OF_ALL) if attackers is None
        else (COUNTED_OF_SOME, DATES_OF_SOME, PAIRS_OF_SOME, WEAPONS_OF_SOME))
    # the dates apart: MIN over a group where some attacks have no date is unbound in Oxigraph
    dated = f"""
  OPTIONAL {{
    SELECT ?attacker (MIN(?date) AS ?first) (MAX(?date) AS ?last)
    WHERE {{
      {values}
      {counted}
      {dates}
    }}
    GROUP BY ?attacker }}"""
    return " ;\n".join([
        _delete("attacker", KGO.attacksBy, values),
        _delete("attacker", KGO.weaponsBy, values),
        _grouped_insert(
            f"""?n {KGO.attacksBy} ?attacker ; {KGO.attackCount} ?attacks ; {KGO.exampleAttack} ?example ;
       {KGO.firstDate} ?first ; {KGO.lastDate} ?last .""",
            "?attacker", "(COUNT(DISTINCT ?attack) AS ?attacks) (MIN(STR(?attack)) AS ?example_key)",
            values, counted, "attacks", _node(ATTACKS_BASE, "STR(?attacker)"),
            joined=dated, bound="\n  BIND (IRI(?example_key) AS ?example)"),
        _grouped_insert(
            f"?n {KGO.attacksBy} ?attacker ; {KGO.attackTarget} ?target ; {KGO.pairAttackCount} ?attacks .",
            "?attacker ?target", "(COUNT(DISTINCT ?attack) AS ?attacks)",
            values, pairs, "attacks", _node(PAIRS_BASE, "STR(?attacker)", "STR(?target)")),
        _grouped_insert(
            f"""?n {KGO.weaponsBy} ?attacker ; {KGO.attackWeapon} ?weapon ; {KGO.attackCount} ?attacks ;
       {KGO.firstDate} ?first ; {KGO.lastDate} ?last .""",
            "?attacker ?weapon", "(COUNT(DISTINCT ?attack) AS ?attacks) " + TEXT_DATES,
            values, weapons, "attacks", _node(WEAPONS_BASE, "STR(?attacker)", "STR(?weapon)"),
            bound=DATES_FROM_TEXT),
    ])


def event_type_update(codes: list | None) -> str:
    """A SPARQL update recomputing the event-type summaries of some CAMEO ``codes``
    (all when None): one node per (code, ACLED sub-event type or none)."""
    values = _values("cameo", codes)
    events = EVENTS_OF_ALL if codes is None else EVENTS_OF_SOME
    return _delete("cameo", KGO.attacksOfCode, values) + " ;\n" + _grouped_insert(
        f"?n {KGO.attacksOfCode} ?cameo ; {KGO.attacksOfSubEventType} ?acled ; {KGO.attackCount} ?attacks .",
        "?cameo ?acled", "(COUNT(DISTINCT ?attack) AS ?attacks)",
        values, events, "attacks", _node(EVENT_TYPES_BASE, "STR(?cameo)", 'COALESCE(STR(?acled), "")'))


def place_update(places: list[NamedNode] | None) -> str:
    """A SPARQL update recomputing the attack summaries of ``places`` (all when None): the
    attacks that happened there (kgo:attacksAt), those that happened there or targeted it
    (kgo:attacksOn), and those that targeted it (kgo:attacksAgainst, a count alone)."""
    values = _values("place", places)
    at, on, against = ((AT_OF_ALL, ON_OF_ALL, AGAINST_OF_ALL) if places is None
                       else (AT_OF_SOME, ON_OF_SOME, AGAINST_OF_SOME))
    return " ;\n".join([
        _delete("place", KGO.attacksAt, values),
        _delete("place", KGO.attacksOn, values),
        _delete("place", KGO.attacksAgainst, values),
        *(_grouped_insert(
            f"""?n {link} ?place ; {KGO.attackCount} ?attacks ;
       {KGO.firstDate} ?first ; {KGO.lastDate} ?last .""",
            "?place", "(COUNT(DISTINCT ?attack) AS ?attacks) " + TEXT_DATES,
            values, pattern, "attacks", _node(base, "STR(?place)"), bound=DATES_FROM_TEXT)
          for link, pattern, base in ((KGO.attacksAt, at, PLACES_BASE), (KGO.attacksOn, on, ON_BASE))),
        _grouped_insert(
            f"?n {KGO.attacksAgainst} ?place ; {KGO.attackCount} ?attacks .",
            "?place", "(COUNT(DISTINCT ?attack) AS ?attacks)",
            values, against, "attacks", _node(AGAINST_BASE, "STR(?place)")),
    ])


def document_update(entities: list[NamedNode] | None) -> str:
    """A SPARQL update recomputing the document summaries of ``entities`` (all when None)."""
    values = _values("entity", entities)
    mentions = MENTIONS_OF_ALL if entities is None else MENTIONS_OF_SOME
    return _delete("entity", KGO.documentsOf, values) + " ;\n" + _grouped_insert(
        f"""?n {KGO.documentsOf} ?entity ; {KGO.documentCount} ?documents ;
       {KGO.firstIssued} ?first ; {KGO.lastIssued} ?last .""",
        "?entity", "(COUNT(DISTINCT ?doc) AS ?documents) (MIN(?issued) AS ?first) (MAX(?issued) AS ?last)",
        values, mentions, "documents", _node(DOCUMENTS_BASE, "STR(?entity)"))


def backing_update(backers: list[NamedNode] | None) -> str:
    """A SPARQL update recomputing the backing summaries of ``backers`` (all when None)."""
    values = _values("backer", backers)
    statements = BACKINGS_OF_ALL if backers is None else BACKINGS_OF_SOME
    return _delete("backer", KGO.backer, values) + " ;\n" + _grouped_insert(
        f"?n {KGO.backer} ?backer ; {KGO.backed} ?backed ; {KGO.documentCount} ?documents .",
        "?backer ?backed", "(COUNT(DISTINCT ?doc) AS ?documents)",
        values, statements, "documents", _node(BACKINGS_BASE, "STR(?backer)", "STR(?backed)"))


def _attack_link_update(attacks: list[NamedNode] | None, of_all: str, of_some: str, link, base: str) -> str:
    """A SPARQL update recomputing one kind of attack link for ``attacks`` (all when None):
    one node per attack the kind's pattern selects, pointing at it with ``link``."""
    values = _values("attack", attacks)
    pattern = of_all if attacks is None else of_some.replace("{values}", values)
    return _delete("attack", link, values) + f""" ;
INSERT {{ GRAPH {FACTS_GRAPH} {{ ?n {link} ?attack }} }}
WHERE {{
  {pattern}
  BIND ({_node(base, "STR(?attack)")} AS ?n)
}}"""


def unattributed_update(attacks: list[NamedNode] | None) -> str:
    """The unattributed-attack links of ``attacks``: one node per attack that names no attacker."""
    return _attack_link_update(attacks, UNATTRIBUTED_OF_ALL, UNATTRIBUTED_OF_SOME,
                               KGO.unattributedAttack, UNATTRIBUTED_BASE)


def clash_update(attacks: list[NamedNode] | None) -> str:
    """The clash links of ``attacks``: one node per attack of class kgo:ArmedClash or whose
    attacker is also its target."""
    return _attack_link_update(attacks, CLASHES_OF_ALL, CLASHES_OF_SOME, KGO.clashAttack, CLASHES_BASE)


def _batches(keys: set) -> list[list]:
    ordered = sorted(keys, key=str)
    return [ordered[i:i + KEY_BATCH] for i in range(0, len(ordered), KEY_BATCH)]


#: How a kind of summary is recomputed for the keys a change touches: in batches of keys
#: looked up one by one, or by one whole grouping (see :func:`summary_updates`).
_BY_SHARE, _BY_BATCH, _ALWAYS_WHOLE = "share", "batch", "whole"


def _kinds() -> tuple:
    """Each kind: the Touched set of its keys, the predicate with one quad per known key in
    the facts graph (what ``known`` counts; unused by the rules that need no count), its
    update (looked up at each call, so a test may wrap it), and its rule for "whole"."""
    return (
        ("attackers", KGO.exampleAttack, attack_update, _BY_SHARE),
        ("mentioned", KGO.documentsOf, document_update, _BY_SHARE),
        ("backers", KGO.backer, backing_update, _BY_SHARE),
        ("places", KGO.attacksOn, place_update, _BY_SHARE),
        # all event types, always: there are few codes, each shared by thousands of attacks,
        # and looking up one code's attacks from the code cost more than the whole grouping
        # (at 10,000 documents the commonest, 31,800 attacks: 2.0 s of CPU against 0.6 s
        # for every code)
        ("event_codes", KGO.attacksOfCode, event_type_update, _ALWAYS_WHOLE),
        # an attack's own roles, looked up from the attack (about ten a document); attacks
        # are many and each is looked up alone: the whole grouping (one pass, 0.2 s of CPU
        # at 10,000 documents) from one batch's worth on
        ("attacks", KGO.unattributedAttack, unattributed_update, _BY_BATCH),
        # the same keys, the same way
        ("attacks", KGO.clashAttack, clash_update, _BY_BATCH),
        # last: they read the facts and the pair counts the kinds above wrote (each side's
        # pairs looked up from its entities; whole, one pass over the pairs, from one batch
        # of entities on)
        ("hostile_attackers", KGO.hostileAttackCount,
         lambda keys: hostility_update(keys, KGO.attacksBy), _BY_BATCH),
        ("hostile_targets", KGO.hostileAttackCount,
         lambda keys: hostility_update(keys, KGO.attackTarget), _BY_BATCH),
        # after the attack pairs, which give the links of the attacks not denied (each
        # entity's looked up by index; whole, one pass over the relations and the pairs,
        # from one batch of entities on)
        ("linked", KGO.linkedWith, links_update, _BY_BATCH),
    )


def _whole(rule: str, keys: set, known_count) -> bool:
    """Whether one whole grouping recomputes a kind's summaries for ``keys``.

    ``known_count`` (no argument -> the number of known keys of that kind, read only when
    the rule needs it) is given after a bulk load, whose keys are the frequent ones:
    looking rows up from their key costs about its number of attacks (or mentions, or
    statements) in index reads, the grouping of all of them one pass over the store, so
    from :data:`WHOLE_SHARE` of the known keys on the whole update is the cheaper (all 122
    attackers of 10,000 documents: 8.5 s of CPU one by one, 2.3 s whole; 100 documents
    loaded into that store, their entities and statement subjects one by one: 19 s of CPU
    for the summaries).  Without it (a document's replacement or
    removal: a few keys) the keys are looked up, except for the kinds always done whole."""
    if rule == _ALWAYS_WHOLE:
        return True
    if known_count is None:
        return False
    if rule == _BY_BATCH:
        return len(keys) >= KEY_BATCH
    return len(keys) >= WHOLE_SHARE * known_count()


def summary_updates(touched: Touched | None = None, known=None) -> list[str]:
    """The SPARQL updates recomputing the summaries ``touched`` names (all when None), each
    kind either whole or in batches of :data:`KEY_BATCH` keys (so no VALUES block grows
    with the store), as :func:`_whole` decides from ``known`` (predicate -> number of
    known keys; None for a replacement or removal)."""
    texts = []
    for attribute, link, update, rule in _kinds():
        keys = getattr(touched, attribute) if touched is not None else None
        if keys is None:
            texts.append(update(None))
        elif keys:
            whole = _whole(rule, keys, None if known is None else (lambda: known(link)))
            texts += [update(None)] if whole else [update(b) for b in _batches(keys)]
    return texts


def refresh_summaries(store, touched: Touched) -> None:
    """Recompute the summaries ``touched`` names in a pyoxigraph Store after a bulk load
    (each kind whole from :data:`WHOLE_SHARE` of its known keys on: :func:`_whole`)."""
    def known(link) -> int:
        return sum(1 for _ in store.quads_for_pattern(None, link, None, FACTS_GRAPH))
    for text in summary_updates(touched, known):
        store.update(text)


#: How many quads of the facts graph are summaries (left out of the facts' own count).
SUMMARY_SIZE = f"""SELECT (COUNT(*) AS ?n) WHERE {{
  {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.attacksBy} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.documentsOf} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.backer} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.weaponsBy} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.attacksAt} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.attacksOn} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.attacksAgainst} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.attacksOfCode} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.unattributedAttack} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.clashAttack} ?key . ?s ?p ?o }} }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?s {KGO.linkedWith} ?o }} }}
}}"""

"""The SPARQL patterns the summaries of the facts graph group (:mod:`kg.store.summaries`):
for each kind, the rows of some keys (looked up from the key, with a VALUES block before
them) and of all keys (each role read once and joined by hash)."""
from __future__ import annotations

from kg.vocab import DCTERMS, KGO, PROV, RDF, XSD

# The attacks counted for an attacker, as attacks_by_backer counted them: each role read in
# the graphs of the documents (never the facts graph: no attack is an entity), denied ones
# out, a clash's sides out (an attack with no target, or another target, stays).  For some
# attackers their attacks' roles are looked up attack by attack, from the attacker; for all
# of them each role is read once and joined by hash (looking up 85,000 attacks' targets one
# by one made the whole update 13 s of CPU at 10,000 documents instead of 2.5 s).
# Each "of all" subquery is DISTINCT: a statement or attack held by N graphs (the same
# document loaded under several names) gives N rows per role, and joining five roles made
# N^5 rows (22 s for one update at 13 copies); the aggregates (COUNT DISTINCT, MIN, MAX) are
# the same either way.
COUNTED_OF_SOME = f"""GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ GRAPH ?gt {{ ?attack {KGO.target} ?target }} }}
      FILTER (!COALESCE(sameTerm(?attacker, ?target), false))"""
COUNTED_OF_ALL = f"""{{ SELECT DISTINCT ?attack ?attacker WHERE {{ GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ SELECT DISTINCT ?attack ?target WHERE {{ GRAPH ?gt {{ ?attack {KGO.target} ?target }} }} }}
      FILTER (!COALESCE(sameTerm(?attacker, ?target), false))"""
# The attacks of each (attacker, target) pair, as hostile_relations counts them: a target
# named, not the attacker itself, the attack not denied.
PAIRS_OF_SOME = f"""GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }}
      GRAPH ?gt {{ ?attack {KGO.target} ?target }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      FILTER (!sameTerm(?attacker, ?target))"""
PAIRS_OF_ALL = f"""{{ SELECT DISTINCT ?attack ?attacker WHERE {{ GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }} }} }}
      {{ SELECT DISTINCT ?attack ?target WHERE {{ GRAPH ?gt {{ ?attack {KGO.target} ?target }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      FILTER (!sameTerm(?attacker, ?target))"""
# The attacks of each (attacker, weapon) pair, as weapons_by_attacker counts them: not
# denied (a clash's sides stay: the query never left them out), the date optional.
WEAPONS_OF_SOME = f"""GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }}
      GRAPH ?gw {{ ?attack {KGO.weapon} ?weapon }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ GRAPH ?gdate {{ ?attack {KGO.date} ?date }} }}"""
WEAPONS_OF_ALL = f"""{{ SELECT DISTINCT ?attack ?attacker WHERE {{ GRAPH ?g {{ ?attack {KGO.attacker} ?attacker }} }} }}
      {{ SELECT DISTINCT ?attack ?weapon WHERE {{ GRAPH ?gw {{ ?attack {KGO.weapon} ?weapon }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ SELECT DISTINCT ?attack ?date WHERE {{ GRAPH ?gdate {{ ?attack {KGO.date} ?date }} }} }}"""
# The attacks of a place, as most_attacked_places counts them: not denied, either those that
# happened there (kgo:place) or those that happened there or targeted it (kgo:target too).
# Which of the two the query shows depends on the place's class in graph:facts, which a
# change elsewhere may alter, so both are kept and the query picks.
AT_OF_SOME = f"""GRAPH ?g {{ ?attack {KGO.place} ?place }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ GRAPH ?gdate {{ ?attack {KGO.date} ?date }} }}"""
AT_OF_ALL = f"""{{ SELECT DISTINCT ?attack ?place WHERE {{ GRAPH ?g {{ ?attack {KGO.place} ?place }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ SELECT DISTINCT ?attack ?date WHERE {{ GRAPH ?gdate {{ ?attack {KGO.date} ?date }} }} }}"""
ON_OF_SOME = f"""{{ GRAPH ?g {{ ?attack {KGO.place} ?place }} }} UNION {{ GRAPH ?g {{ ?attack {KGO.target} ?place }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ GRAPH ?gdate {{ ?attack {KGO.date} ?date }} }}"""
ON_OF_ALL = f"""{{ SELECT DISTINCT ?attack ?place WHERE {{
        {{ GRAPH ?g {{ ?attack {KGO.place} ?place }} }} UNION {{ GRAPH ?g {{ ?attack {KGO.target} ?place }} }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ SELECT DISTINCT ?attack ?date WHERE {{ GRAPH ?gdate {{ ?attack {KGO.date} ?date }} }} }}"""
# The attacks that targeted a place, base or any other target (kgo:target only), as
# bases_and_facilities counts them: not denied, no dates (the query shows none).
AGAINST_OF_SOME = f"""GRAPH ?g {{ ?attack {KGO.target} ?place }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}"""
AGAINST_OF_ALL = f"""{{ SELECT DISTINCT ?attack ?place WHERE {{ GRAPH ?g {{ ?attack {KGO.target} ?place }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}"""
# The attacks of each event type (CAMEO code, ACLED sub-event type when one is given), as
# attacks_per_event_type counts them: not denied.
EVENTS_OF_SOME = f"""GRAPH ?g {{ ?attack {KGO.eventCode} ?cameo }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ GRAPH ?ga {{ ?attack {KGO.acledSubEventType} ?acled }} }}"""
EVENTS_OF_ALL = f"""{{ SELECT DISTINCT ?attack ?cameo WHERE {{ GRAPH ?g {{ ?attack {KGO.eventCode} ?cameo }} }} }}
      MINUS {{ GRAPH ?gd {{ ?attack {KGO.polarity} {KGO.Denied} }} }}
      OPTIONAL {{ SELECT DISTINCT ?attack ?acled WHERE {{ GRAPH ?ga {{ ?attack {KGO.acledSubEventType} ?acled }} }} }}"""
# MIN and MAX over the ISO text of the dates, as the queries took them: "~" and "" stand in
# for an attack without a date, so one undated attack does not unbind them.
TEXT_DATES = ('(MIN(COALESCE(STR(?date), "~")) AS ?first_text) '
               '(MAX(COALESCE(STR(?date), "")) AS ?last_text)')
DATES_FROM_TEXT = f"""
  BIND (IF(?first_text != "~", STRDT(?first_text, {XSD.date}), ?no_date) AS ?first)
  BIND (IF(?last_text != "", STRDT(?last_text, {XSD.date}), ?no_date) AS ?last)"""
DATES_OF_SOME = f"GRAPH ?gdate {{ ?attack {KGO.date} ?date }}"
DATES_OF_ALL = f"{{ SELECT DISTINCT ?attack ?date WHERE {{ GRAPH ?gdate {{ ?attack {KGO.date} ?date }} }} }}"
# An entity's documents and their dates, as documents_per_actor took them (one group, the
# date optional: in Oxigraph MIN over a group where a document has no date is unbound).
MENTIONS_OF_SOME = f"""GRAPH ?g {{ ?entity {KGO.mentionedIn} ?doc }}
      OPTIONAL {{ GRAPH ?gi {{ ?doc {DCTERMS.issued} ?issued }} }}"""
MENTIONS_OF_ALL = f"""{{ SELECT DISTINCT ?entity ?doc WHERE {{ GRAPH ?g {{ ?entity {KGO.mentionedIn} ?doc }} }} }}
      OPTIONAL {{ SELECT DISTINCT ?doc ?issued WHERE {{ GRAPH ?gi {{ ?doc {DCTERMS.issued} ?issued }} }} }}"""


# The documents stating that a backer supports a backed actor, as who_supports_whom counted
# them: statements with that subject, predicate kgo:supports and object, not denied.  For
# some backers their statements are found from the subject (each checked for the predicate
# by one lookup); for all, each property is read once and joined by hash.
BACKINGS_OF_SOME = f"""GRAPH ?g1 {{ ?statement {RDF.subject} ?backer }}
      GRAPH ?g2 {{ ?statement {RDF.predicate} {KGO.supports} }}
      GRAPH ?g3 {{ ?statement {RDF.object} ?backed }}
      GRAPH ?g4 {{ ?statement {KGO.polarity} ?polarity }}
      GRAPH ?g5 {{ ?statement {PROV.wasDerivedFrom} ?doc }}
      FILTER (?polarity != {KGO.Denied})"""
BACKINGS_OF_ALL = f"""{{ SELECT DISTINCT ?statement ?backer WHERE {{ GRAPH ?g1 {{ ?statement {RDF.subject} ?backer }} }} }}
      {{ SELECT DISTINCT ?statement WHERE {{ GRAPH ?g2 {{ ?statement {RDF.predicate} {KGO.supports} }} }} }}
      {{ SELECT DISTINCT ?statement ?backed WHERE {{ GRAPH ?g3 {{ ?statement {RDF.object} ?backed }} }} }}
      {{ SELECT DISTINCT ?statement ?polarity WHERE {{ GRAPH ?g4 {{ ?statement {KGO.polarity} ?polarity }} }} }}
      {{ SELECT DISTINCT ?statement ?doc WHERE {{ GRAPH ?g5 {{ ?statement {PROV.wasDerivedFrom} ?doc }} }} }}
      FILTER (?polarity != {KGO.Denied})"""


# The attacks that name no attacker, as unidentified_attackers_per_place finds them: an
# attack (it has an event code) with no kgo:attacker in any graph.  Some attacks are looked
# up one by one; for all of them each role is read once and joined by hash.
UNATTRIBUTED_OF_SOME = f"""{{ SELECT DISTINCT ?attack WHERE {{ {{values}} GRAPH ?g {{ ?attack {KGO.eventCode} ?code }} }} }}
  FILTER NOT EXISTS {{ GRAPH ?ga {{ ?attack {KGO.attacker} ?someone }} }}"""
# The armed clashes, as clashes_between_two_sides finds them: an attack of class
# kgo:ArmedClash, or one whose attacker is also its target (each side of a clash is named in
# both roles), each triple from any graph.  Denial stays in the query.  For all attacks the
# two roles are read once and joined by hash (looked up attack by attack, 1.4 s of CPU at
# 10,000 documents; joined, 0.11 s).  Unlike the kinds above, the two role subqueries are not
# DISTINCT (0.26 s with them): two roles held by N graphs make N^2 rows, not N^5.
CLASHES_OF_SOME = f"""{{ SELECT DISTINCT ?attack WHERE {{
    {{values}}
    {{ GRAPH ?g {{ ?attack {RDF.type} {KGO.ArmedClash} }} }}
    UNION {{ GRAPH ?g1 {{ ?attack {KGO.attacker} ?both }} GRAPH ?g2 {{ ?attack {KGO.target} ?both }} }} }} }}"""
CLASHES_OF_ALL = f"""{{ SELECT DISTINCT ?attack WHERE {{
    {{ GRAPH ?g {{ ?attack {RDF.type} {KGO.ArmedClash} }} }}
    UNION {{ {{ SELECT ?attack ?both WHERE {{ GRAPH ?g1 {{ ?attack {KGO.attacker} ?both }} }} }}
            {{ SELECT ?attack ?both WHERE {{ GRAPH ?g2 {{ ?attack {KGO.target} ?both }} }} }} }} }} }}"""
UNATTRIBUTED_OF_ALL = f"""{{ SELECT DISTINCT ?attack WHERE {{ GRAPH ?g {{ ?attack {KGO.eventCode} ?code }} }} }}
  MINUS {{ GRAPH ?ga {{ ?attack {KGO.attacker} ?someone }} }}"""

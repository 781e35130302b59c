"""Which summaries of the facts graph a change touches (:mod:`kg.store.summaries`): the keys
read from the quads of the graphs that come and go."""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from kg.store.summary_hostility import hostility_keys
from kg.store.summary_links import link_keys
from kg.vocab import KGO, RDF


#: The roles whose objects are the places of the place summaries.
_PLACE_ROLES = frozenset({KGO.place, KGO.target})
#: The roles whose subjects are the attacks of the unattributed and clash links (a clash is
#: also known by its target, or by its class).
_ATTACK_ROLES = frozenset({KGO.eventCode, KGO.attacker, KGO.target})


class Touched:
    """The keys of the summaries a change touches: attackers, mentioned entities, and the
    subjects of statements (a backer's statements of any predicate: the quad naming the
    predicate comes apart from the subject's, so every statement subject is taken)."""

    def __init__(self) -> None:
        self.attackers: set[NamedNode] = set()
        self.mentioned: set[NamedNode] = set()
        self.backers: set[NamedNode] = set()
        self.places: set[NamedNode] = set()
        self.event_codes: set[NamedNode | Literal] = set()
        #: attacks (subjects of an event code, an attacker, a target or the clash class):
        #: their unattributed and clash links
        self.attacks: set[NamedNode] = set()
        #: entities whose stated opposition may change, and attackers counted again; and
        #: entities whose actor class may change: their pairs' hostility flag, by side
        self.hostile_attackers: set[NamedNode] = set()
        self.hostile_targets: set[NamedNode] = set()
        #: ends of the links (relations and attacks) that may change: their neighbour sets
        self.linked: set[NamedNode] = set()

    def add(self, quad) -> None:
        """A quad (or triple) of a graph that comes or goes."""
        key = hostility_keys(quad)
        if key is not None:
            (self.hostile_attackers if key[1] == KGO.attacksBy else self.hostile_targets).add(key[0])
        self.linked.update(link_keys(quad))
        if quad.predicate == KGO.attacker:
            if isinstance(quad.object, NamedNode):
                self.attackers.add(quad.object)
                self.hostile_attackers.add(quad.object)
        elif quad.predicate == KGO.mentionedIn and isinstance(quad.subject, NamedNode):
            self.mentioned.add(quad.subject)
        elif quad.predicate == RDF.subject and isinstance(quad.object, NamedNode):
            self.backers.add(quad.object)
        elif quad.predicate == KGO.eventCode and isinstance(quad.object, (NamedNode, Literal)):
            self.event_codes.add(quad.object)
        if quad.predicate in _PLACE_ROLES and isinstance(quad.object, NamedNode):
            self.places.add(quad.object)
        if isinstance(quad.subject, NamedNode) and (
                quad.predicate in _ATTACK_ROLES
                or (quad.predicate == RDF.type and quad.object == KGO.ArmedClash)):
            self.attacks.add(quad.subject)

    def update(self, quads) -> "Touched":
        for quad in quads:
            self.add(quad)
        return self

    def __bool__(self) -> bool:
        return bool(self.attackers or self.mentioned or self.backers or self.places
                    or self.event_codes or self.attacks or self.hostile_attackers
                    or self.hostile_targets or self.linked)


def touched_by(*quad_lists) -> Touched:
    """The summaries some quads or triples touch (those of a graph's old and new version)."""
    touched = Touched()
    for quads in quad_lists:
        touched.update(quads)
    return touched

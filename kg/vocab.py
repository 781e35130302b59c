"""Every IRI the code writes or reads: the ontology's terms and the aligned vocabularies.

Namespaces are objects with a closed list of terms (like rdflib's ``DefinedNamespace``
with ``_fail = True``): ``KGO.suports`` is an AttributeError, not a silent new IRI.
A test checks that every ``KGO`` term is declared in ``ontology/shabaka.ttl``.
"""
from __future__ import annotations

import functools

from pyoxigraph import NamedNode

from kg.resources import data_dir


class Namespace:
    """A namespace IRI with a closed set of local names, giving pyoxigraph NamedNodes."""

    def __init__(self, base: str, terms: str | None = None):
        self._base = base
        self._terms = frozenset(terms.split()) if terms is not None else None
        self._cache: dict[str, NamedNode] = {}

    @property
    def base(self) -> str:
        return self._base

    @property
    def terms(self) -> frozenset[str]:
        return self._terms or frozenset()

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        node = self[name]
        # Kept as an instance attribute, so the next ``KGO.x`` skips __getattr__ (hot path).
        self.__dict__[name] = node
        return node

    def __getitem__(self, name: str) -> NamedNode:
        node = self._cache.get(name)
        if node is None:
            if self._terms is not None and name not in self._terms:
                raise AttributeError(f"{name!r} is not a term of <{self._base}>")
            node = self._cache[name] = NamedNode(self._base + name)
        return node

    def iri(self, name: str) -> str:
        return self[name].value

    def __contains__(self, iri: str) -> bool:
        return iri.startswith(self._base) and (self._terms is None or iri[len(self._base):] in self._terms)


#: The Shabaka ontology.
KGO = Namespace("https://w3id.org/shabaka/ontology#", """
    Actor Person Organization ArmedGroup State Government Coalition Place Region
    MilitaryBase Facility Vessel Weapon Event Attack
    DroneStrike MissileAttack RocketAttack Airstrike Shelling Hijacking Bombing Assassination
    ArmedClash SuicideBombing Shooting Abduction GrenadeAttack Raid Siege
    GenericActor UnidentifiedArmedGroup SecurityForces Civilians
    fatalities injured fatalitiesQualifier injuredQualifier
    Document Statement Polarity Asserted Reported Denied
    supports supportedBy memberOf hasMember leaderOf hasLeader spokespersonOf hasSpokesperson
    officialOf hasOfficial alliedWith opposes locatedIn operatedBy operates
    attacker target place date weapon eventCode acledSubEventType
    polarity confidence extractionRule evidence saidBy mentionedIn cameoCode
    cameoActorType wikidata
    factSubject factPredicate factObject supportCount
    attacksBy attackTarget pairAttackCount hostileAttackCount weaponsBy attackWeapon attacksAt attacksOn attacksAgainst attacksOfCode attacksOfSubEventType attackCount firstDate lastDate exampleAttack
    unattributedAttack clashAttack factsLayout linkedWith
    documentsOf documentCount firstIssued lastIssued backer backed
""")
#: Resources (entities, documents, statements, events) minted by Shabaka.
ID = Namespace("https://w3id.org/shabaka/id/")
#: CAMEO event codes and ACLED sub-event types as SKOS concepts.
CAMEO = Namespace("https://w3id.org/shabaka/cameo/")
ACLED = Namespace("https://w3id.org/shabaka/acled/")

RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "type subject predicate object Statement langString first rest nil")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#",
                 "label comment subClassOf subPropertyOf domain range Class Literal seeAlso isDefinedBy")
OWL = Namespace("http://www.w3.org/2002/07/owl#", """
    Class ObjectProperty DatatypeProperty AnnotationProperty Ontology NamedIndividual
    TransitiveProperty SymmetricProperty FunctionalProperty inverseOf disjointWith
    equivalentClass sameAs versionInfo imports Thing
    unionOf oneOf AllDisjointClasses members AllDifferent distinctMembers""")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#",
                "string date dateTime decimal integer nonNegativeInteger boolean anyURI")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#", """
    Concept ConceptScheme prefLabel altLabel hiddenLabel notation inScheme definition
    exactMatch closeMatch relatedMatch broader narrower topConceptOf hasTopConcept""")
DCTERMS = Namespace("http://purl.org/dc/terms/", "title issued source language identifier created")
PROV = Namespace("http://www.w3.org/ns/prov#", """
    Entity Agent Activity wasDerivedFrom hadPrimarySource wasAttributedTo
    qualifiedAttribution generatedAtTime wasGeneratedBy""")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", """
    Context Sentence String RFC5147String referenceContext beginIndex endIndex anchorOf
    isString sourceUrl""")
ORG = Namespace("http://www.w3.org/ns/org#", """
    Organization FormalOrganization memberOf headOf subOrganizationOf linkedTo Membership
    Post holds role""")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/", """
    Event Actor Place Time hasActor hasPlace hasTimeStamp roleType accordingTo eventType""")
SCHEMA = Namespace("http://schema.org/", "memberOf Claim NewsArticle")
SH = Namespace("http://www.w3.org/ns/shacl#", """
    ValidationReport ValidationResult conforms result focusNode resultPath resultMessage
    resultSeverity sourceShape sourceConstraintComponent value Violation Warning Info
    alternativePath inversePath zeroOrMorePath oneOrMorePath zeroOrOnePath""")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

#: Named graph that ``kg reason`` writes its materialised inferences into.
INFERRED_GRAPH = ID["graph/inferred"]
#: Named graph of entity facts kept by a store next to the document graphs
#: (:mod:`kg.store.facts`): each entity triple once, and how many documents state it.
FACTS_GRAPH = ID["graph/facts"]
FACT_BASE = ID.base + "fact/"
#: Summary nodes of the facts graph (:mod:`kg.store.summaries`): per-entity counts that
#: ordered library queries read instead of grouping the whole store.
SUMMARY_BASE = ID.base + "summary/"

PREFIXES = {
    "kgo": KGO.base, "ent": ID.base + "entity/", "doc": ID.base + "doc/",
    "stmt": ID.base + "statement/", "attack": ID.base + "attack/", "graph": ID.base + "graph/",
    "cameo": CAMEO.base, "acled": ACLED.base,
    "rdf": RDF.base, "rdfs": RDFS.base, "owl": OWL.base, "xsd": XSD.base,
    "skos": SKOS.base, "dcterms": DCTERMS.base, "prov": PROV.base, "nif": NIF.base,
    "org": ORG.base, "sem": SEM.base, "schema": SCHEMA.base, "wd": WD.base,
}

#: The relations of the contract, in their canonical direction.
RELATIONS = ("supports", "memberOf", "leaderOf", "spokespersonOf", "officialOf",
             "alliedWith", "opposes", "locatedIn", "operatedBy")
SYMMETRIC_RELATIONS = frozenset({"alliedWith"})

#: Attack subclass -> (CAMEO code, ACLED sub-event type). Mirrored in the ontology as
#: annotations on each class (a test checks they agree).
ATTACK_KINDS: dict[str, tuple[str, str | None]] = {
    "Attack": ("190", None),
    "DroneStrike": ("1952", "Air/drone strike"),
    "Airstrike": ("195", "Air/drone strike"),
    "MissileAttack": ("194", "Shelling/artillery/missile attack"),
    "RocketAttack": ("194", "Shelling/artillery/missile attack"),
    "Shelling": ("194", "Shelling/artillery/missile attack"),
    "Hijacking": ("181", "Abduction/forced disappearance"),
    "Bombing": ("183", "Remote explosive/landmine/IED"),
    "Assassination": ("186", "Attack"),
    "ArmedClash": ("193", "Armed clash"),
    "SuicideBombing": ("183", "Suicide bomb"),
    "Shooting": ("190", "Attack"),
    "Abduction": ("181", "Abduction/forced disappearance"),
    "GrenadeAttack": ("190", "Grenade"),
    "Raid": ("190", "Attack"),
    "Siege": ("191", None),
}


@functools.lru_cache(maxsize=64)   # a dozen sub-event types, asked for every attack written
def acled_slug(sub_event_type: str) -> str:
    """ACLED sub-event type -> local name of its concept IRI."""
    return "".join(c if c.isalnum() else "-" for c in sub_event_type.lower()).strip("-").replace("--", "-")


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


ONTOLOGY_FILE = data_dir("ontology") / "shabaka.ttl"


def class_parents() -> dict[str, tuple[str, ...]]:
    """kgo class -> its direct kgo superclasses, read once from the ontology file.

    The build writes these few rdfs:subClassOf triples next to the data, so a consumer
    without the ontology still knows that a Region is a Place and a DroneStrike an Attack.
    """
    return _class_parents()


def _read_class_parents() -> dict[str, tuple[str, ...]]:
    from pyoxigraph import RdfFormat, parse
    parents: dict[str, list[str]] = {}
    if not ONTOLOGY_FILE.exists():
        return {}
    with open(ONTOLOGY_FILE, "rb") as fh:
        for t in parse(fh, format=RdfFormat.TURTLE):
            if t.predicate == RDFS.subClassOf and t.subject.value in KGO and \
                    getattr(t.object, "value", "") in KGO:
                parents.setdefault(t.subject.value[len(KGO.base):], []).append(t.object.value[len(KGO.base):])
    return {k: tuple(sorted(v)) for k, v in parents.items()}


_class_parents = functools.lru_cache(maxsize=None)(_read_class_parents)

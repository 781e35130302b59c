"""Runs named components in order over a Doc, checking what each returns."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable

from kg.model import Doc, Document
from kg.pipeline.segment import make_doc

Component = Callable[[Doc], Doc]


class Pipeline:
    def __init__(self, components: Iterable[Component]):
        self.components = list(components)

    @property
    def names(self) -> list[str]:
        return [getattr(c, "name", type(c).__name__) for c in self.components]

    def __call__(self, document: Document) -> Doc:
        doc = make_doc(document)
        for component in self.components:
            result = component(doc)
            if not isinstance(result, Doc):
                name = getattr(component, "name", type(component).__name__)
                raise TypeError(f"pipeline component {name!r} returned {type(result).__name__}, not Doc")
            doc = result
        return doc


@lru_cache(maxsize=None)
def default_pipeline() -> Pipeline:
    """Entities (lexicon, discovery, coreference, collectives), then dates and reported
    speech, then relations and attacks, which read all of the above."""
    from kg.pipeline.attacks import AttackExtractor
    from kg.pipeline.casualties import Casualties
    from kg.pipeline.collectives import CollectiveActors
    from kg.pipeline.coref import Coreference
    from kg.pipeline.dates import DateResolver
    from kg.pipeline.discovery import EntityDiscovery
    from kg.pipeline.generic_actors import GenericActors
    from kg.pipeline.lexicon_ner import LexiconMatcher
    from kg.pipeline.named_wings import NamedWings
    from kg.pipeline.own_units import OwnUnits
    from kg.pipeline.run_by_group import GroupRunGovernments
    from kg.pipeline.relations import RelationExtractor
    from kg.pipeline.speech import ReportedSpeech
    return Pipeline([LexiconMatcher(), EntityDiscovery(), Coreference(), CollectiveActors(),
                     DateResolver(), ReportedSpeech(), OwnUnits(), GroupRunGovernments(), RelationExtractor(), NamedWings(),
                     GenericActors(), AttackExtractor(), Casualties()])


_WARMED: set[int] = set()


def warm_pipeline() -> Pipeline:
    """The default pipeline with every language's rules, cue tables and automata loaded.

    They load on first use (about 1.4 s for Arabic and English together), which a
    one-document build should not pay for a language it never reads; but worker
    processes fork from this one, and each would load them again.  So the parallel
    build calls this before forking: one short sentence per language (our own, in
    ``kg.lang.<code>.WARM_UP``) goes through the pipeline and is thrown away."""
    from importlib import import_module

    from kg.lang import LANGUAGES
    pipeline = default_pipeline()
    if id(pipeline) not in _WARMED:
        for lang in LANGUAGES:
            text = import_module(f"kg.lang.{lang}").WARM_UP
            pipeline(Document(id=f"warm-up-{lang}", text=text, language=lang))
        _WARMED.add(id(pipeline))
    return pipeline


def analyze(document: Document) -> Doc:
    """Run the default pipeline over one document."""
    return default_pipeline()(document)

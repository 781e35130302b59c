"""The peer baseline: what a Python user would write instead of Shabaka.

spaCy ``blank("ar")`` / ``blank("en")`` with a sentencizer and an ``EntityRuler``
holding every name of the same lexicon (class as label, lexicon id as entity id), then
rdflib triples for the entities and the sentences they occur in, serialised to
N-Triples one document at a time (so memory stays flat, as ours does).  No relations and
no attacks: a ruler finds names, nothing more.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote

import spacy
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from kg.io import iter_documents
from kg.lexicon import default_lexicon
from kg.vocab import DCTERMS as _DCT, ID as _ID, KGO as _KGO, NIF as _NIF

# The same namespaces as ours, so the scorer reads both graphs alike.
KGO = Namespace(_KGO.base)
NIF = Namespace(_NIF.base)
DCT = Namespace(_DCT.base)
ENTITY = _ID.base + "entity/"
DOC = _ID.base + "doc/"


def make_nlp(lang: str, lexicon=None):
    lexicon = lexicon or default_lexicon()
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": e.cls, "pattern": name, "id": e.id}
                        for e in lexicon for name in e.names()])
    return nlp


def doc_graph(doc, doc_id: str, lang: str) -> Graph:
    g = Graph()
    d = URIRef(DOC + quote(doc_id, safe=""))
    g.add((d, RDF.type, NIF.Context))
    g.add((d, DCT.identifier, Literal(doc_id)))
    g.add((d, NIF.isString, Literal(doc.text)))
    for sent in doc.sents:
        if not sent.ents:
            continue
        s = URIRef(f"{d}#char={sent.start_char},{sent.end_char}")
        g.add((s, RDF.type, NIF.Sentence))
        g.add((s, NIF.referenceContext, d))
        g.add((s, NIF.beginIndex, Literal(sent.start_char, datatype=XSD.nonNegativeInteger)))
        g.add((s, NIF.endIndex, Literal(sent.end_char, datatype=XSD.nonNegativeInteger)))
        g.add((s, NIF.anchorOf, Literal(sent.text)))
        for ent in sent.ents:
            e = URIRef(ENTITY + quote(ent.ent_id_ or ent.text, safe=""))
            g.add((e, RDF.type, KGO[ent.label_]))
            g.add((e, RDFS.label, Literal(ent.text, lang=lang)))
            g.add((e, KGO.mentionedIn, d))
            g.add((e, KGO.evidence, s))
    return g


def run(inputs: Iterable[str], output: str | Path,
        on_document: Callable[[int, int], None] | None = None) -> dict:
    """Peer-build ``inputs`` into the N-Triples file ``output``; returns counts."""
    t = time.perf_counter()
    lexicon = default_lexicon()
    nlps = {lang: make_nlp(lang, lexicon) for lang in ("ar", "en")}  # start-up, as ours
    setup = time.perf_counter() - t
    started = time.perf_counter()
    docs = chars = triples = 0
    with open(output, "wb") as fh:
        for document in iter_documents(inputs, on_error=lambda err: None):
            lang = document.language if document.language in nlps else "ar"
            nlp = nlps[lang]
            g = doc_graph(nlp(document.text), document.id, lang)
            fh.write(g.serialize(format="nt", encoding="utf-8"))
            docs += 1
            chars += len(document.text)
            triples += len(g)
    return {"documents": docs, "chars": chars, "triples": triples,
            "seconds": time.perf_counter() - started, "setup_seconds": setup}


if __name__ == "__main__":  # pragma: no cover - manual check
    import sys
    print(json.dumps(run(sys.argv[2:], sys.argv[1]), indent=1))

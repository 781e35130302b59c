"""The ontology layer: locating ``ontology/*.ttl``, SHACL validation, OWL reasoning
(owlready2 + HermiT) and generated documentation.

    from kg.ontology import validate, reason, ontology_docs
    for violation in validate(["out/graph.trig"]):
        print(violation)
    reason(["out/graph.trig"], "out/reasoned.trig")
    ontology_docs("docs/ontology.md")
"""
from kg.ontology.docs import ontology_docs
from kg.ontology.files import load_ontology, ontology_dir, ontology_path, shapes_path
from kg.ontology.reasoning import ReasoningError, ReasonReport, reason
from kg.ontology.tbox import Tbox
from kg.ontology.validation import Violation, validate

__all__ = ["ReasonReport", "ReasoningError", "Tbox", "Violation", "load_ontology", "ontology_dir",
           "ontology_docs", "ontology_path", "reason", "shapes_path", "validate"]

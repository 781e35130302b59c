"""The graph of a fixed document set is byte-identical to the committed reference.

Guards speed work on the pipeline: every document of the seed, the dev and holdout gold
texts and 200 generated documents must give exactly the N-Quads it gave when the
reference was written (``tests/pipeline/output_reference.py`` says how and when to
regenerate it).
"""
from __future__ import annotations

import json

from tests.pipeline.output_reference import REFERENCE, current_digests, nquads_digest


def test_digest_sees_a_change_in_one_quad_but_not_in_line_order():
    a = b'<s> <p> "x" <g> .\n<s> <p> "y" <g> .\n'
    assert nquads_digest(a) == nquads_digest(b'<s> <p> "y" <g> .\n<s> <p> "x" <g> .\n')
    assert nquads_digest(a) != nquads_digest(a.replace(b'"y"', b'"z"'))


def test_every_document_builds_the_reference_graph():
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    digests = current_digests()
    assert sorted(digests) == sorted(reference), "the reference's document set changed"
    changed = sorted(d for d in reference if digests[d] != reference[d])
    assert not changed, (f"{len(changed)} of {len(reference)} documents build a different graph: "
                         f"{changed[:10]}; if intended, regenerate with "
                         "`python -m tests.pipeline.output_reference --update` and give the reason")

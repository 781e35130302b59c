"""English collectives named with their backer, ninth round of issue 13
(kg/pipeline/collectives.py, kg/lang/en/cues.yaml collective_adjectives). Our own sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, surface", [
    # a noun used as an adjective between the backer and the head
    ("Washington blamed Iranian-backed militia groups for the drone.", "Iranian-backed militia groups"),
    # "pro-Iran" is one word: the state inside it is the backer
    ("The US struck pro-Iran militias near the border.", "pro-Iran militias"),
])
def test_backed_collective_read_whole(analyze, sentence, surface):
    result = analyze(sentence, "en")
    m = result.mention(surface)
    assert m.entity == "iran_backed_armed_groups", result.describe()
    assert ("iran", "supports", "iran_backed_armed_groups") in result.triples

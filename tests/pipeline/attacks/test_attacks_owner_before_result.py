"""A munition's blast owned by a group glued to "لـ", then an outcome verb ("تفجير عبوة
ناسفة لـX أدى إلى ..."): the group set it off, also after a response word ("ردا على ...")
(kg/pipeline/attacks/cue_owners.owner_before_result, round i13k33). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    pytest.param("أصيب جنود إسرائيليون جراء تفجير عبوة ناسفة لحماس أدى إلى تدمير آلية.", id="after-jarra"),
    pytest.param("ردا على تفجير عبوة ناسفة لحماس أدت إلى إصابة جنود إسرائيليين، قصف الجيش الإسرائيلي "
                 "مواقع في غزة.", id="after-a-response-word"),
])
def test_the_owner_before_the_outcome_verb_set_it_off(analyze, sentence):
    a = analyze(sentence, "ar")
    assert any(x.attacker == "hamas" for x in a.attacks), a.describe()


def test_without_an_outcome_verb_the_lam_phrase_is_no_owner(analyze):
    a = analyze("ردا على تفجير عبوة ناسفة لحماس، قصف الجيش الإسرائيلي مواقع في غزة.", "ar")
    assert all(x.attacker != "hamas" for x in a.attacks), a.describe()

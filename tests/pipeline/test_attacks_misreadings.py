"""Cue words that name no assault (kg/lang/ar/events.yaml), found among the outside
sentences' false positives that are no annotator tie (issue 12, precision round of
2026-12-07): a firework going off (``fireworks``). Sentences are our own; documents are
published on Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest

from kg.model import DENIED


def events(result):
    return [a for a in result.attacks if a.polarity != DENIED]


@pytest.mark.parametrize("sentence", [
    pytest.param("وأصيب طفل في العاشرة بحروق في يديه حين أشعل فتيل صاروخ انفجر قبل أن يبتعد عنه أمس.",
                 id="the-fuse-of-a-rocket"),
    pytest.param("وأصيب طفل بحروق أمس حين انفجرت بين يديه صواريخ الألعاب النارية.",
                 id="rockets-of-fireworks"),
])
def test_a_firework_is_no_assault(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not events(result), result.describe()


def test_a_rocket_on_a_gas_station_stays(analyze):
    # an accident word beside a strong cue is no firework: the rocket was fired
    result = analyze("سقط صاروخ على محطة غاز في المدينة أمس وأصيب ثلاثة.", "ar")
    assert events(result), result.describe()

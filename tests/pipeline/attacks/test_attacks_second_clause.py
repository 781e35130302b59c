"""Two attacks in one sentence: a connective opening the second clause ("فيما"، "كما"،
"بينما") puts its verb first, so a masculine past trigger ("استهدف"، "قصف") after it reads
its subject after it (attacks.yaml ``verb_openers``). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, first, second", [
    pytest.param("وقصفت إسرائيل مدينة صور، فيما استهدف حزب الله مدينة حيفا بالصواريخ.", ("israel", "tyre"),
                 ("hezbollah", "haifa"), id="fima"),
    pytest.param("وقصفت إسرائيل مدينة صور، كما قصف الطيران الإسرائيلي بلدة الخيام.", ("israel", "tyre"),
                 ("israel", "khiam"), id="kama"),
])
def test_the_second_clause_keeps_its_attack(analyze, sentence, first, second):
    a = analyze(sentence, "ar")
    for attacker, target in (first, second):
        assert a.attack(target).attacker == attacker, a.describe()
    assert not a.attacks_on("hezbollah"), a.describe()

"""A doer's noun among the cue words (a bomber, a sniper) is no deed: a threat or plan
sentence that names bombers tells no assault (kg/pipeline/attacks/events.py, irrealis,
with agent_nouns in kg/lang/<lang>/events.yaml).  Sentences are our own."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence, lang", [
    # the bombers in one clause, the threat in the next, its strike far after the threat word
    pytest.param("وأرسل تنظيم القاعدة انتحاريين إلى اليمن، وتوعد في بيان نشره على موقعه مساء أمس "
                 "بضرب السفارة الأمريكية في صنعاء.", "ar", id="bombers-sent-then-threat"),
])
def test_attacks_event_agents_threat_names_bombers(analyze, sentence, lang):
    result = analyze(sentence, lang)
    assert not result.events, result.describe()


@pytest.mark.parametrize("sentence, lang", [
    # nothing blocked: the bomber's deed is told as done
    pytest.param("وفجر انتحاري نفسه أمس وسط دورية للجيش العراقي في الموصل.", "ar", id="bomber-blew-himself-up"),
    pytest.param("A suicide bomber blew himself up near an Iraqi army patrol in Mosul on Monday.", "en",
                 id="en-bomber-blew-himself-up"),
])
def test_attacks_event_agents_deed_kept(analyze, sentence, lang):
    result = analyze(sentence, lang)
    assert result.events, result.describe()

"""A group's name glued to a backing word before another group ("the al-Qaeda-linked
HTS") qualifies the group after it, as a state's adjective does ("the Iranian-backed
group"): the attacker is the group qualified, never its backer. Sentences of our own
(twelfth English round of issue 13); each fails without the change."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, backer", [
    ("The al-Qaeda-linked Hayat Tahrir al-Sham seized Aleppo on Friday.", "hts", "al_qaeda"),
    ("The Iran-affiliated Kataib Hezbollah attacked a US base in Syria.", "kataib_hezbollah", "iran"),
])
def test_glued_backer_is_no_attacker(analyze, sentence, attacker, backer):
    result = analyze(sentence, "en")
    attackers = {a.attacker for a in result.attacks}
    assert attacker in attackers and backer not in attackers, result.describe()


def test_glued_backer_takes_no_side_in_a_clash(analyze):
    # the event reader too: the state glued to "-backed" qualifies the group after it
    result = analyze("Clashes erupted overnight with the Turkish-backed Syrian National Army near Kobani.", "en")
    assert result.attacks and all(a.attacker != "turkey" for a in result.attacks), result.describe()

"""English persons the lexicon does not know, ninth round of issue 13
(kg/lang/en/discovery.py): a rank between the title and the name, a department's role
after a group's possessive, and a name before "was appointed <role>". Sentences and names
are our own; each was checked to fail before its change."""
from __future__ import annotations

import pytest

from kg.keys import mint_key, person_key


@pytest.mark.parametrize("sentence, name", [
    # a rank read with the run after the title is no gap between title and name
    ("Navy spokesman Captain Ryan Doyle said the drones were intercepted.", "Ryan Doyle"),
    # a department's role after the group's possessive
    ("Hatem Zubaidi, the PMF's media director, rejected the account.", "Hatem Zubaidi"),
    ("Salem Jaber, Hezbollah's intelligence director, flew to Tehran.", "Salem Jaber"),
    # a name before "was appointed / has been named" and a role noun
    ("Haidar Kareem Jassim was appointed commander of the brigade on Sunday.", "Haidar Kareem Jassim"),
    ("Yesterday Omar Fadel has been named the new spokesman of the movement.", "Omar Fadel"),
])
def test_discovery_en_wire_person(analyze, sentence, name):
    result = analyze(sentence, "en")
    assert person_key(name) in result.keys, result.describe()
    assert result.entity(person_key(name)).cls == "Person"


def test_discovery_en_appointed_needs_a_role_noun(analyze):
    # a group named to a list is no person: no role noun follows the verb
    result = analyze("Saraya Awliya al-Dam was named a terrorist organisation by Washington.", "en")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()



def test_a_headline_s_capitals_on_a_description_name_no_group(analyze):
    # a title-case headline: "Sunni Militia" describes, it is no name
    result = analyze("Iraqi Sunni Militia Claims Attack on Convoy\nA Sunni militia said it hit a convoy.", "en")
    assert mint_key("Sunni Militia") not in result.keys, result.describe()


@pytest.mark.parametrize("sentence, name, not_name", [
    # twelfth English round: a member's title after the head title ("leader, MP P") and a
    # possessive ending are no part of the name
    ("Asked about the rift, the bloc's leader, MP Farid Haddad's aides declined to comment.",
     "Farid Haddad", "MP Farid Haddad's"),
])
def test_discovery_en_title_and_possessive_not_in_name(analyze, sentence, name, not_name):
    result = analyze(sentence, "en")
    # discovered persons take the folded key (one person spelled two ways is one node)
    assert person_key(name) in result.keys and person_key(not_name) not in result.keys, result.describe()

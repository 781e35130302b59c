"""Issue 13, round i13e31: a group's core name alone ("المقاومة الإسلامية") names the
lexicon group whose fuller name holds it ("... في العراق", "... في لبنان"), when the document
names that group or the state of its name, and no other such group
(kg/pipeline/lexicon_cores.py). Sentences of our own."""
from __future__ import annotations


def test_core_in_an_article_naming_the_state(analyze):
    result = analyze("أعلنت «المقاومة الإسلامية» مسؤوليتها عن استهداف قاعدة عسكرية في العراق بطائرة مسيرة.")
    assert result.mention("المقاومة الإسلامية").entity == "islamic_resistance_iraq", result.describe()
    aliases = {a for a, _ in result.doc.entities["islamic_resistance_iraq"].aliases}
    assert "المقاومة الإسلامية" in aliases, result.describe()


def test_core_in_an_article_naming_the_group(analyze):
    result = analyze("نعى حزب الله اثنين من مقاتليه، وقال إنهما من كوادر المقاومة الإسلامية.")
    assert result.mention("المقاومة الإسلامية").entity == "hezbollah", result.describe()


def test_core_names_none_when_two_groups_may_hold_it(analyze):
    result = analyze("وقالت المقاومة الإسلامية إن الضربات على العراق ولبنان لن تمر دون رد.")
    assert "islamic_resistance_iraq" not in result.keys and "hezbollah" not in result.keys, result.describe()


def test_the_documents_own_full_name_comes_first(analyze):
    """The full name the text wrote gives the core, though Hezbollah is named too."""
    result = analyze("أعلنت المقاومة الإسلامية في العراق استهداف موقع في الجولان. وقال حزب الله إنه قصف "
                     "موقعا آخر. وأكدت المقاومة الإسلامية أنها ستواصل عملياتها.")
    assert result.mention("المقاومة الإسلامية").entity == "islamic_resistance_iraq", result.describe()

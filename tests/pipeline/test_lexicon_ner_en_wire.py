"""An English army's name read as its state, ninth round of issue 13
(kg/lang/en/bodies.yaml army_modified_nouns, kg/pipeline/lexicon_ner.py). Our own sentence."""
from __future__ import annotations


def test_army_name_before_operations_is_the_state(analyze):
    # "Israeli military operations": the army's name modifies a noun of action, so it
    # stands for the state, as "a US military base" does (kg/lang/en/bodies.yaml)
    result = analyze("The group said it acted in response to Israeli military operations in Rafah.", "en")
    assert "israel" in result.keys and "idf" not in result.keys, result.describe()



def test_hezbollah_brigades_is_kataib_hezbollah(analyze):
    # the English translation of Kataib Hezbollah's name is the Iraqi group, never the
    # Lebanese party named inside it (tenth round: probes of wire copy)
    result = analyze("The Hezbollah Brigades vowed to keep striking US bases in Syria.", "en")
    assert "kataib_hezbollah" in result.keys and "hezbollah" not in result.keys, result.describe()

"""Entity identity and class, twelfth round of issue 13 (kg/lexicon/data, kg/lang/ar):
Lebanese parties by their names, short names of a faction and a news agency, a
joined kunya spelling, units of a state's army. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, key, cls", [
    ("وانتقد نواب التيار الوطني الحر موازنة الحكومة.", "free_patriotic_movement", "Organization"),
    # "القوات اللبنانية" in Lebanese politics is the party, not the state's forces
    ("وحصل مرشحو القوات اللبنانية بزعامة سمير جعجع على أربعة مقاعد.", "lebanese_forces_party",
     "Organization"),
    # the faction's short name without "الإسلامي"
    ("وقالت حركة الجهاد إن عناصرها فجروا عبوة في جنين.", "pij", "ArmedGroup"),
    # the agency's short name with the country's nisba
    ("وذكرت الوكالة الوطنية اللبنانية أن مسيرة حلقت فوق القرى.", "nna_lebanon", "Organization"),
    # the kunya joined to the family name in one word
    ("واستقبل الوفد موسى أبومرزوق في العاصمة القطرية.", "abu_marzouk", "Person"),
    ("ونعت الحركة صالح العاروري بعد الغارة.", "arouri", "Person"),
])
def test_lexicon_ar_identity_of_names_seen_on_the_probe(analyze, sentence, key, cls):
    result = analyze(sentence, "ar")
    assert key in result.keys, result.describe()
    assert all(m.cls == cls for m in result.mentions() if m.entity == key), result.describe()

"""The subject of a verb of condemning is no attacker (kg/lang/*/events.yaml
``condemners``, attackers.py rule 4): "أدانت X الهجوم الذي استهدف Y" / "X condemned the
attack that targeted Y" tell that X judged a deed whose doer the clause does not name.
A verb of doing before the same relative clause still names the doer. Sentences are our
own (round i13g26, issue 13)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, lang, condemner", [
    pytest.param("أدانت السعودية الهجوم الذي استهدف قاعدة أمريكية في سوريا.", "ar", "saudi_arabia",
                 id="ar-verb-before-its-subject"),
    pytest.param("وأدانت السعودية الهجوم الذي استهدف قاعدة أمريكية في سوريا.", "ar", "saudi_arabia",
                 id="ar-verb-with-its-conjunction"),
    pytest.param("ندد العراق بالهجوم الذي استهدف السفارة الأمريكية في بغداد.", "ar", "iraq",
                 id="ar-verb-with-its-preposition"),
    pytest.param("وفي بيان رسمي أدان لبنان الهجوم وقال: ندين الهجوم الذي استهدف موقعا عسكريا على "
                 "الحدود مع سوريا.", "ar", "lebanon", id="ar-condemning-then-saying"),
    pytest.param("Saudi Arabia condemned the attack that targeted a US base in Syria.", "en",
                 "saudi_arabia", id="en-verb-after-its-subject"),
    pytest.param("Qatar strongly denounced the strike that hit a hospital in Gaza.", "en", "qatar",
                 id="en-adverb-between"),
    # a list of condemners: neither the first nor the others did it
    pytest.param("Iran and Syria condemned the attack on Ain al-Asad.", "en", "iran", id="en-list-first"),
    pytest.param("Iran, Syria and Iraq strongly condemned the attack on Ain al-Asad.", "en", "syria",
                 id="en-list-middle"),
    pytest.param("أدانت إيران وسوريا الهجوم على قاعدة عين الأسد.", "ar", "syria", id="ar-list-second"),
])
def test_the_condemner_is_no_attacker(analyze, sentence, lang, condemner):
    a = analyze(sentence, lang)
    assert all(x.attacker != condemner for x in a.attacks), a.describe()
    assert not a.relations(condemner, "opposes"), a.describe()


@pytest.mark.parametrize("sentence, lang", [
    pytest.param("شنت إسرائيل الغارة التي استهدفت مواقع لحزب الله في لبنان.", "ar", id="ar-waging-verb"),
    pytest.param("Israel carried out the strike that hit a Hezbollah depot in Lebanon.", "en",
                 id="en-deed-verb"),
])
def test_a_doer_before_the_same_relative_clause_stays(analyze, sentence, lang):
    a = analyze(sentence, lang)
    assert any(x.attacker == "israel" for x in a.attacks), a.describe()

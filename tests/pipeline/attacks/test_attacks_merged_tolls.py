"""Tolls of merged tellings (kg/pipeline/merged_tolls.py): one strike told in two
sentences is one attack, and the toll told only in the sentence merged into it is its
toll; of two tolls the larger is kept. Sentences of our own."""
from __future__ import annotations

from kg.model import Count
from kg.pipeline.merged_tolls import larger


def test_the_toll_of_the_unattributed_telling_goes_to_the_merged_attack(analyze):
    # The first sentence tells the wounded and no attacker, the second the claim: one attack.
    a = analyze("Two American soldiers were wounded on Sunday in a drone attack in western Iraq, a "
                "security source said. Kataib Hezbollah announced on Sunday that it used a "
                "drone to attack American forces at Ain al-Asad.", "en")
    assert len(a.doc.attacks) == 1, a.describe()
    assert a.doc.attacks[0].injured == Count(2), a.describe()


def test_the_arabic_toll_told_before_the_claim_is_kept(analyze):
    a = analyze("أصيب ثلاثة جنود أميركيين بجروح يوم الجمعة في هجوم بطائرة مسيرة على قاعدة حرير شمال "
                "العراق. وأعلنت المقاومة الإسلامية في العراق يوم الجمعة أنها استهدفت القوات الأميركية "
                "في قاعدة حرير بطائرة مسيرة.", "ar")
    assert len(a.doc.attacks) == 1, a.describe()
    assert a.doc.attacks[0].injured == Count(3), a.describe()


def test_the_larger_toll_of_two_tellings_is_kept(analyze):
    a = analyze("Kataib Hezbollah announced on Sunday that it used a drone to attack American forces "
                "at Ain al-Asad, wounding one soldier. Three American soldiers were wounded on Sunday "
                "in a drone attack in western Iraq, a security source said.", "en")
    assert len(a.doc.attacks) == 1, a.describe()
    assert a.doc.attacks[0].injured == Count(3), a.describe()


def test_of_two_equal_counts_the_qualified_one_is_kept():
    assert larger(Count(3), Count(3, "at-least")) == Count(3, "at-least")
    assert larger(Count(5, "about"), Count(3)) == Count(5, "about")
    assert larger(None, Count(2)) == Count(2)

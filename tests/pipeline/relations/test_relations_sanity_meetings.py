"""Sanity census of unseen articles (issues 12/13): in a meeting's sentence the title after
the first person is the next person's when that person's name follows the state. Sentences
are our own."""
from __future__ import annotations


def test_a_title_before_the_met_persons_name_is_not_the_first_persons(analyze):
    result = analyze("التقى وزير الخارجية العراقي فؤاد حسين وزير خارجية الأردن سمو الأمير خالد بن سعود في عمان أمس.",
                     "ar")
    assert ("fuad_hussein", "officialOf", "jordan") not in result.triples, result.describe()
    assert ("fuad_hussein", "officialOf", "iraq") in result.triples, result.describe()


def test_a_title_after_a_person_with_no_name_following_stays_his(analyze):
    result = analyze("وقال فؤاد حسين وزير خارجية العراق إن بغداد ترفض التصعيد.", "ar")
    assert ("fuad_hussein", "officialOf", "iraq") in result.triples, result.describe()

"""Groups that say they carried out joint or combined operations with another group are its
allies (en.allied.joint_operations_with; issue 13, round i13k). Our own sentences."""
from __future__ import annotations


def test_joint_operations_with_a_group_make_allies(analyze):
    a = analyze("Kataib Hezbollah said on Friday that it had carried out three joint military "
                "operations with Hezbollah against Israeli targets.")
    assert ("kataib_hezbollah", "alliedWith", "hezbollah") in a.triples, a.describe()


def test_combined_strikes_with_the_iraqi_group_named_with_group_in(analyze):
    a = analyze("The Houthis announced they launched two combined drone strikes with the "
                "Islamic Resistance group in Iraq.")
    assert ("houthis", "alliedWith", "islamic_resistance_iraq") in a.triples, a.describe()


def test_operations_of_another_actor_named_between_do_not_ally_the_first(analyze):
    a = analyze("Hamas said Israel conducted joint operations with the Wagner Group.")
    assert not a.relations("hamas", "alliedWith"), a.describe()

"""Attack phrasings left over after the earlier rounds (issues 12/13): coordinated verb-first
attackers, an answer told as ب + a deed, ground incursions, a described group that claims,
a described target and its later claim, a named group called "the rebels". Sentences are
our own."""
from __future__ import annotations


def test_actors_joined_to_a_verb_first_subject_struck_with_it(analyze):
    result = analyze("قصفت عصائب أهل الحق وحركة النجباء مطار أربيل بالصواريخ يوم الخميس.", "ar")
    pairs = {(a.attacker, a.target) for a in result.events}
    assert ("asaib_ahl_al_haq", "nujaba") not in pairs, result.describe()
    assert {a.attacker for a in result.events if a.target and a.target != "nujaba"} >= \
        {"asaib_ahl_al_haq", "nujaba"}, result.describe()


def test_an_actor_joined_after_the_object_is_struck_too(analyze):
    # the second name follows the object, not the subject: both names were struck
    result = analyze("استهدفت إسرائيل حزب الله وحركة حماس في لبنان أمس.", "ar")
    assert {a.attacker for a in result.events} == {"israel"}, result.describe()


def test_english_names_joined_before_the_verb_struck_together(analyze):
    result = analyze("Asaib Ahl al-Haq and Harakat al-Nujaba shelled Erbil airport on Thursday.", "en")
    assert {a.attacker for a in result.events} >= {"asaib_ahl_al_haq", "nujaba"}, result.describe()


def test_an_answer_told_as_a_deed_after_ba_is_that_deed(analyze):
    # ("ورد" is also the masdar's form that tells a response phrase: the ب deed decides)
    result = analyze("ورد حزب الله أمس بقصف مطار حيفا.", "ar")
    assert "hezbollah" in {a.attacker for a in result.events}, result.describe()


def test_an_answer_after_the_deed_answered_is_the_answerers(analyze):
    result = analyze("ردت حركة النجباء على الغارة بقصف مطار أربيل بطائرة مسيرة.", "ar")
    assert "nujaba" in {a.attacker for a in result.events}, result.describe()


def test_a_response_to_a_deed_is_still_no_deed_of_its_own(analyze):
    result = analyze("ردا على قصف مطار أربيل، عقد البرلمان جلسة طارئة.", "ar")
    assert not result.events, result.describe()


def test_an_incursion_into_a_place_struck_it(analyze):
    result = analyze("توغلت القوات الإسرائيلية فجر اليوم في مدينة رفح.", "ar")
    assert any(a.attacker == "israel" and a.target == "rafah" for a in result.events), result.describe()


def test_an_incursion_threatened_is_no_attack(analyze):
    result = analyze("هددت إسرائيل بأن قواتها ستتوغل في مدينة رفح.", "ar")
    assert not result.events, result.describe()


def test_a_described_group_claiming_an_attack_is_its_attacker(analyze):
    result = analyze("A Syrian Sunni militia on Tuesday claimed responsibility for a rocket attack on "
                     "Erbil airport.", "en")
    kinds = result.role_codes("attacker")
    assert any(code.endswith("UAF") for code in kinds), result.describe()
    assert "syria" not in {a.attacker for a in result.events}, result.describe()


def test_a_described_group_claiming_in_the_next_sentence_is_the_attacker(analyze):
    result = analyze("Rockets hit Erbil airport on Tuesday. An armed group claimed the attack.", "en")
    assert any(code.endswith("UAF") for code in result.role_codes("attacker")), result.describe()


def test_a_bare_militia_after_a_name_describes_no_other_group(analyze):
    result = analyze("A drone struck a car in Baghdad on Tuesday, killing two members of the Harakat "
                     "al-Nujaba militia.", "en")
    assert not any(m.rule.startswith("generic.gunmen") for m in result.mentions()), result.describe()


def test_a_weapon_striking_described_sites_is_an_attack_a_later_claim_fills(analyze):
    result = analyze("Rockets struck two outposts in northern Syria on Tuesday. Harakat al-Nujaba "
                     "claimed the attacks.", "en")
    assert any(a.attacker == "nujaba" and a.target is None for a in result.events), result.describe()


def test_arabic_weapons_striking_described_sites_are_an_attack(analyze):
    result = analyze("ضربت صواريخ موقعين عسكريين في شمال سوريا يوم الثلاثاء. وتبنت حركة النجباء الهجوم.", "ar")
    assert any(a.attacker == "nujaba" for a in result.events), result.describe()


def test_weapons_that_struck_nothing_described_make_no_attack(analyze):
    result = analyze("Rockets struck near the road on Tuesday.", "en")
    assert not result.events, result.describe()


def test_a_described_group_named_by_a_naming_phrase_is_that_group(analyze):
    result = analyze("A militia calling itself Harakat al-Nujaba claimed responsibility for a rocket "
                     "attack on Ain al-Asad air base on Tuesday.", "en")
    assert {a.attacker for a in result.events} == {"nujaba"}, result.describe()


def test_a_described_claimer_named_in_the_next_sentence_is_one_attack_by_it(analyze):
    # wire copy: the claimer described first, named in the next sentence's opening
    result = analyze("A Syrian Sunni militia on Tuesday claimed responsibility for a rocket attack on "
                     "Ain al-Asad air base. An armed group calling itself Harakat al-Nujaba said its "
                     "fighters fired rockets at the base.", "en")
    assert [a.attacker for a in result.events] == ["nujaba"], result.describe()


def test_details_told_after_a_claim_are_the_claimed_attack(analyze):
    # the claim first, then what happened, the site named again by its head noun only
    result = analyze("تبنت حركة النجباء القصف الصاروخي على مطار حيفا أمس. وسقطت أربعة صواريخ داخل "
                     "المطار وأصيب ثلاثة عمال.", "ar")
    assert len(result.events) == 1 and result.events[0].attacker == "nujaba", result.describe()

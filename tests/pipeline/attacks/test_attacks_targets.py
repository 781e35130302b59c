"""Target rules of the attack extractor (kg/pipeline/attacks/targets.py), on sentences of our own."""
from __future__ import annotations

import pytest


from kg.pipeline.attacks.target_words import is_water


def test_seas_gulfs_and_straits_are_water_and_towns_are_not():
    assert is_water("red_sea") and is_water("gulf_of_aden") and is_water("strait_of_hormuz")
    assert not is_water("hodeidah")       # a port city on the sea holds a state
    assert not is_water("golan")          # a place no state holds in the lexicon, but land
    assert not is_water(None)


# An unnamed ship struck at sea (issue 12, nineteenth round): the attack is kept, the sea
# standing for the ship as the golds write it ("target: [red_sea]", optional), and its place;
# it was dropped before. A document that names a ship struck drops it (at_sea.unnamed_ship).
def test_an_unnamed_ship_struck_at_sea_is_an_attack_at_that_sea(analyze):
    a = analyze("أعلن الحوثيون استهداف ناقلة نفط في خليج عدن بطائرة مسيرة.")
    assert [(x.attacker, x.place) for x in a.attacks_on("gulf_of_aden")] == [("houthis", "gulf_of_aden")], a.describe()


def test_an_unnamed_ship_struck_at_sea_in_english(analyze):
    a = analyze("The Houthis said they attacked a container ship in the Red Sea with missiles.")
    assert [x.attacker for x in a.attacks_on("red_sea")] == ["houthis"], a.describe()


def test_a_town_struck_on_the_coast_stays_a_target(analyze):
    a = analyze("شنت الطائرات الإسرائيلية غارات على مواقع في مدينة الحديدة.")
    assert a.attack("hodeidah").attacker == "israel", a.describe()


def test_what_an_attack_answers_is_not_its_target(analyze):
    # "ردا على X": X's deeds are what the attack responds to.
    a = analyze("هاجمت كتائب حزب الله قاعدة عين الأسد بالصواريخ. وقالت الكتائب إن الهجوم جاء ضمن "
                "مقاومة القوات الأمريكية في العراق، وردا على مجازر إسرائيل في غزة.", "ar")
    assert a.attack("ain_al_asad").attacker == "kataib_hezbollah", a.describe()
    assert not a.attacks_on("israel"), a.describe()


def test_the_noun_a_relative_clause_describes_is_the_one_killed(analyze):
    # The sentence's subject (the city holding the funeral) is where mourners gathered.
    a = analyze("وشهدت مدينة الموصل أمس تشييع مقاتلي كتائب حزب الله الذين قتلوا في الغارات الأمريكية "
                "على مواقعهم في محافظة الأنبار.", "ar")
    assert not a.attacks_on("mosul"), a.describe()
    assert a.attack("kataib_hezbollah").attacker == "usa", a.describe()


def test_a_neighbourhood_named_like_a_distant_town_is_not_that_town(analyze):
    # The lexicon's Qaim is an Iraqi border town; a Beirut quarter shares its name.
    a = analyze("وقال شهود إن طائرة مسيرة استهدفت حي القائم في ساعة متأخرة من الليل.", "ar")
    assert not a.attacks_on("qaim"), a.describe()
    assert all(x.place != "qaim" for x in a.attacks), a.describe()


@pytest.mark.parametrize("sentence, lang", [
    pytest.param("هاجم الحوثيون ليلا ناقلة غاز ترفع علم ليبيريا قبالة الحديدة بصاروخ.", "ar", id="ar"),
    pytest.param("The Houthis targeted a gas carrier flying the flag of Panama off Hodeidah.", "en", id="en"),
])
def test_the_flag_a_ship_flies_is_not_what_was_struck(analyze, sentence, lang):
    a = analyze(sentence, lang)
    assert not a.attacks_on("panama") and not a.attacks_on("liberia"), a.describe()
    assert not a.relations(obj="panama") and not a.relations(obj="liberia"), a.describe()


@pytest.mark.parametrize("sentence, lang", [
    pytest.param("اغتالت إسرائيل القيادي في حركة حماس صالح العاروري بضربة على الضاحية الجنوبية مساء الثلاثاء.",
                 "ar", id="ar-title-in-group-name"),
    pytest.param("Israel killed senior Hamas official Saleh al-Arouri in a drone strike on Beirut's southern "
                 "suburbs on Tuesday.", "en", id="en-group-title-name"),
])
def test_a_person_described_by_group_is_the_target_and_the_area_the_place(analyze, sentence, lang):
    # The group only describes the person struck; the strike "on" the suburbs is the means,
    # and where it happened, not a second attack.
    a = analyze(sentence, lang)
    assert len(a.attacks) == 1, a.describe()
    (attack,) = a.attacks
    assert attack.attacker == "israel" and attack.target == "arouri", a.describe()
    assert attack.place == "dahiyeh", a.describe()

def test_a_reason_for_the_strike_names_no_target(analyze):
    # "لانتهاكها ...", "for violating ...": why the ship was struck; the state named in the
    # reason was not.
    a = analyze("وذكر بيان للحوثيين أن القوات البحرية نفذت عملية استهدفت الناقلة لانتهاكها قرار منع "
                "الإبحار إلى موانئ السعودية.")
    assert not a.attacks_on("saudi_arabia"), a.describe()
    a = analyze("Houthi forces struck the tanker for violating the embargo against Saudi Arabia.")
    assert not a.attacks_on("saudi_arabia"), a.describe()
    a = analyze("Houthi forces attacked the tanker over its links to Saudi Arabia.")
    assert not a.attacks_on("saudi_arabia"), a.describe()


def test_whom_an_attack_supports_is_not_its_target(analyze):
    # "دعما لـX", "إسنادا لـX", "in solidarity with X": X is the side supported.
    a = analyze("ويشن الحوثيون هجمات على السفن في البحر الأحمر دعما لقطاع غزة.")
    assert not a.attacks_on("gaza"), a.describe()
    a = analyze("وقال القيادي إن المقاومة توجه ضربات مؤلمة نحو العدو إسنادا لغزة ولبنان منذ أشهر.")
    assert not a.attacks_on("gaza") and not a.attacks_on("lebanon"), a.describe()
    a = analyze("The Houthis have attacked ships in the Red Sea in solidarity with Gaza.")
    assert not a.attacks_on("gaza"), a.describe()


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("أعلنت حركة أنصار الله أمس استهداف ما قالت إنها سفينة إسرائيلية في خليج عدن.",
                 "houthis", "israel", id="ar-said-to-be"),
    pytest.param("أعلن الحوثيون أمس استهداف ما وصفوها بسفينة أمريكية في البحر الأحمر.",
                 "houthis", "usa", id="ar-described-as"),
    pytest.param("Kataib Hezbollah said it attacked what it described as Harir air base on Sunday.",
                 "kataib_hezbollah", "harir", id="en-what-it-described-as"),
])
def test_a_hedge_on_what_was_struck_is_no_end_of_the_target(analyze, sentence, attacker, target):
    # "ما قالت إنها", "what it called": the speaker's word for the target, then the target.
    a = analyze(sentence)
    assert a.attack(target).attacker == attacker, a.describe()


@pytest.mark.parametrize("sentence, speaker", [
    pytest.param("The maritime agency UKMTO said a tanker reported being hit by a missile on Friday.",
                 "ukmto", id="reported-being-hit"),
    pytest.param("Pentagon spokesman Pat Ryder said US troops in Syria had been attacked with drones on Friday.",
                 "pentagon", id="had-been-attacked"),
])
def test_the_speaker_before_a_passive_is_not_what_was_struck(analyze, sentence, speaker):
    # No "that" after "said": the verb of saying still opens the clause of the passive.
    a = analyze(sentence)
    assert not a.attacks_on(speaker), a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("أغارت مقاتلات أمريكية الليلة الماضية على مخزن سلاح لجماعة موالية لإيران قرب البوكمال.",
                 id="ar-loyal-to"),
    pytest.param("ضربت طائرات مسيرة تابعة لفصائل موالية لإيران قاعدة حرير صباح اليوم.", id="ar-subject-loyal-to"),
    pytest.param("US jets struck a depot used by a faction loyal to Iran near Albu Kamal on Tuesday.",
                 id="en-loyal-to"),
])
def test_the_state_that_backs_a_group_is_not_struck(analyze, sentence):
    a = analyze(sentence)
    assert not a.attacks_on("iran"), a.describe()


def test_what_someone_owns_in_a_city_is_struck_not_the_city(analyze):
    # "its mission in X": the place is where the owner's building stood; sites with no
    # owner in a city leave the city as what was struck.
    for sentence in ("A suspected Israeli strike hit its consulate in Beirut last week.",
                     "Israel carried out a strike on their headquarters in Beirut on Monday."):
        a = analyze(sentence, "en")
        assert not a.attacks_on("beirut"), a.describe()
    b = analyze("Israeli jets bombed sites in Beirut on Sunday.", "en")
    assert b.attack("beirut").attacker == "israel", b.describe()


def test_a_person_named_after_a_road_noun_names_the_road(analyze):
    # "قرب شارع X": the street carries the person's name; the person was not struck.
    a = analyze("واستهدفت غارة إسرائيلية أمس مبنى بالقرب من شارع سمير حداد في صور، ما أدى إلى مقتل شخصين.", "ar")
    assert a.attacks, a.describe()
    assert all(x.target != "سمير_حداد" for x in a.attacks), a.describe()


def test_a_day_after_on_opens_no_target_phrase(analyze):
    # "on Friday" says when; the speaker after the comma was not struck.
    a = analyze("A drone launched by Hezbollah hit a house in Safed on Friday, the Israeli army said.", "en")
    assert a.attacks, a.describe()
    assert not a.attacks_on("idf"), a.describe()


def test_the_speaker_after_the_target_is_no_second_target(analyze):
    # "..., the IDF said": a name right before a verb of saying says who told it.
    a = analyze("Hezbollah launched rockets at the town of Metula, the IDF said.", "en")
    assert a.attack("metula").attacker == "hezbollah", a.describe()
    assert not a.attacks_on("idf"), a.describe()


def test_two_ships_of_one_strike_are_both_struck(analyze):
    # "at a US destroyer and the X vessel": the noun after the first target does not end
    # the list; the sea told after the last is where both were.
    a = analyze("Houthi forces fired anti-ship missiles at a US destroyer and the Star Iris vessel "
                "in the Gulf of Aden on Tuesday.", "en")
    assert a.attack("star_iris").attacker == "houthis", a.describe()
    assert a.attack("usa").place == "gulf_of_aden", a.describe()


def test_a_ship_joined_by_wa_after_a_port_is_struck_too(analyze):
    # "ميناء X وسفينة Y": the head noun glued to و opens the next target.
    a = analyze("أعلن الحوثيون الأحد استهداف ميناء إيلات وسفينة (STAR IRIS) بصواريخ بالستية.", "ar")
    assert a.attack("eilat").attacker == "houthis", a.describe()
    assert a.attack("star_iris").attacker == "houthis", a.describe()


def test_whom_the_owner_of_the_sites_fights_is_not_what_was_struck(analyze):
    # "ضد داعش" says what the coalition is for; its base underwent the attack.
    a = analyze("وتعرضت قاعدة للتحالف الدولي ضد تنظيم داعش أمس لهجوم بطائرة مسيرة.", "ar")
    assert [x.target for x in a.attacks] == ["coalition"], a.describe()


def test_a_state_s_warships_after_a_place_are_a_second_target_not_a_place(analyze):
    a = analyze("أعلنت جماعة الحوثي مساء الخميس استهداف سفينة بريطانية في البحر الأحمر، وسفن حربية "
                "أمريكية في خليج عدن، بعدد من المسيرات.", "ar")
    assert a.attack("usa").attacker == "houthis", a.describe()


def test_a_town_after_in_the_area_of_is_where_not_what(analyze):
    a = analyze("A Hezbollah commander was killed in an Israeli airstrike in the area of Deir Kifa.", "en")
    assert a.attacks and all(x.target != "deir_kifa" for x in a.attacks), a.describe()
    assert any(x.place == "deir_kifa" for x in a.attacks), a.describe()


def test_a_state_off_whose_coast_a_ship_sailed_is_where_not_what_was_struck(analyze):
    # "قبالة اليمن" (off Yemen) places the ship; Yemen itself was not struck.
    a = analyze("وذكرت البحرية أن الحوثيين أطلقوا صاروخا أصاب سفينة شحن كانت تبحر قبالة اليمن صباح اليوم.", "ar")
    assert any(x.attacker == "houthis" for x in a.attacks), a.describe()
    assert all(x.target != "yemen" for x in a.attacks), a.describe()


def test_a_ship_named_after_a_slashed_prefix_is_what_was_struck(analyze):
    # "M/T X": the prefix's slash splits it in two tokens; the name after it is the ship,
    # not the speaker after the quote.
    a = analyze('On Sunday, "the Houthis fired two missiles and struck the M/T Coral Dawn, a Panama-flagged '
                'and Greek-operated oil tanker," the US Navy, which patrols the area, said in a statement.', "en")
    assert a.attack("coral_dawn").attacker == "houthis", a.describe()
    assert all(x.target != "us_navy" for x in a.attacks), a.describe()


def test_a_weapon_set_between_commas_after_the_verb_does_not_end_its_object(analyze):
    # "هاجمت، بطائرتين مسيرتين، قاعدة X": the aside tells how; the base after it was struck.
    a = analyze("وأكدت كتائب حزب الله في بيان، أنها هاجمت، بطائرتين مسيرتين، قاعدة عين الأسد غربي العراق.", "ar")
    assert a.attack("ain_al_asad").attacker == "kataib_hezbollah", a.describe()


def test_two_attacks_in_the_dual_are_a_trigger(analyze):
    # "لهجومين": the dual of هجوم; the airport underwent the attacks.
    a = analyze("وتعرض مطار أربيل فجر اليوم لهجومين بطائرات مسيرة.", "ar")
    assert a.attacks_on("erbil_airport"), a.describe()


def test_forces_with_a_pronoun_after_a_verb_of_undergoing_are_the_subjects_forces(analyze):
    # "تعرض قواتها في شرق سوريا لقصف": the US forces were shelled; Syria is where they were,
    # and the factions struck in the main clause are no target of that shelling.
    a = analyze("وشنت الولايات المتحدة ضربات على مواقع للفصائل بعد أيام من تعرض قواتها في شرق سوريا "
                "لقصف بالصواريخ.", "ar")
    assert any(x.attacker is None and x.target == "usa" for x in a.attacks), a.describe()
    assert all(x.target != "syria" for x in a.attacks), a.describe()


def test_sites_a_backed_group_uses_make_the_backed_groups_the_target(analyze):
    # A singular indefinite "جماعة"/"ميليشيا" described by its backer is the backer's
    # collective: the strike on what it uses is a strike on it.
    a = analyze("شنت مقاتلات أمريكية ضربات على مخازن تستخدمها جماعة مدعومة من إيران قرب البوكمال.", "ar")
    assert a.attack("iran_backed_armed_groups").attacker == "usa", a.describe()
    a = analyze("قصفت الطائرات الإسرائيلية مقرات تستخدمها ميليشيا موالية لإيران جنوب دمشق.", "ar")
    assert a.attack("iran_backed_armed_groups").attacker == "israel", a.describe()


def test_a_singular_backed_noun_after_a_named_group_describes_it(analyze):
    # "X، وهي جماعة مدعومة من إيران": a description of X, no second actor to strike.
    a = analyze("أطلقت كتائب حزب الله، وهي جماعة مدعومة من إيران، صواريخ على قاعدة عين الأسد أمس.", "ar")
    assert not a.attacks_on("iran_backed_armed_groups"), a.describe()
    assert "iran_backed_armed_groups" not in a.keys, a.describe()


def test_a_person_described_then_killed_in_a_reduced_relative_is_the_target(analyze):
    # "P, a X commander killed in an Israeli strike": the participle after the description
    # tells what befell P ("who was" is left out), not the group named inside it.
    a = analyze("The movement buried Karim Saleh, a Hezbollah commander killed in an Israeli strike "
                "on Sunday.", "en")
    assert a.attack("karim_sali").attacker == "israel", a.describe()
    assert not a.attacks_on("hezbollah"), a.describe()


def test_a_relative_clause_after_a_description_refers_to_the_person(analyze):
    a = analyze("Mourners in Tyre carried the coffin of Karim Saleh, a Hezbollah field commander "
                "who was killed in an Israeli drone strike on Sunday.", "en")
    assert a.attack("karim_sali").attacker == "israel", a.describe()
    assert not a.attacks_on("hezbollah"), a.describe()


def test_sites_a_backed_group_uses_in_english(analyze):
    # "an Iran-backed militia": the singular with its backer is the backer's collective too.
    a = analyze("American jets hit depots used by an Iran-backed militia near Al-Qaim on Thursday.", "en")
    assert a.attack("iran_backed_armed_groups").attacker == "usa", a.describe()


def test_a_singular_backed_noun_naming_or_describing_a_group_is_no_actor(analyze):
    for text in ("Kataib Hezbollah, an Iran-backed militia, fired rockets at a base on Thursday.",
                 "An Iran-backed group called Kataib Hezbollah fired rockets at a base on Thursday."):
        a = analyze(text, "en")
        assert "iran_backed_armed_groups" not in a.keys, a.describe()

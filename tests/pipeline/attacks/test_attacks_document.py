"""Document-level steps of the attack extractor (kg/pipeline/attacks/document.py), on sentences of
our own: an attack first told by where it struck and then detailed by what it hit."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.keys import mint_key, person_key

TUESDAY = dt.date(2024, 1, 30)


def test_detail_on_a_named_ship_takes_the_attacker_of_the_attack_on_the_sea(analyze):
    a = analyze("Houthi rebels fired five ballistic missiles toward the Gulf of Aden on Tuesday. "
                "Two of the missiles were trying to hit MV Silver Heron, a cargo ship.")
    ship = a.attack(mint_key("Silver Heron"))
    assert ship.attacker == "houthis", a.describe()
    assert ship.rule == "en.attack.detail"
    assert (ship.place, ship.date) == ("gulf_of_aden", TUESDAY)
    # The sea was where the ship was hit, not a second target.
    assert not a.attacks_on("gulf_of_aden"), a.describe()


def test_arabic_detail_in_the_spokesman_statement(analyze):
    a = analyze("أعلن الحوثيون أمس استهداف سفينة في البحر الأحمر بصاروخين. وقال المتحدث إن "
                "القوات البحرية نفذت عملية استهدفت سفينة ميرا ستار النفطية.")
    ship = a.attack(mint_key("ميرا ستار"))
    assert ship.attacker == "houthis", a.describe()
    assert ship.place == "red_sea"
    assert not a.attacks_on("red_sea"), a.describe()


def test_a_state_struck_stays_beside_its_detailed_base(analyze):
    a = analyze("Kataib Hezbollah attacked two bases of the United States with drones on Tuesday. "
                "The first attack targeted Harir Air Base in Erbil.")
    assert a.attack("harir").attacker == "kataib_hezbollah", a.describe()
    assert a.attack("usa").attacker == "kataib_hezbollah"


def test_no_detail_of_an_attack_on_another_named_target(analyze):
    a = analyze("Kataib Hezbollah attacked Ain al-Asad with drones on Tuesday. "
                "The first attack targeted Harir Air Base in Erbil.")
    assert a.attack("harir").attacker is None, a.describe()


def test_no_detail_of_an_attack_on_another_day(analyze):
    a = analyze("Kataib Hezbollah attacked two bases of the United States with drones on Tuesday. "
                "On January 2, an attack targeted Harir Air Base in Erbil.")
    assert a.attack("harir").attacker is None, a.describe()


def test_no_state_attacks_itself(analyze):
    from kg.model import Attack
    from kg.pipeline.attacks.document import own_side
    a = analyze("US Central Command said the United States struck Kataib Hezbollah near Baghdad.")
    doc = a.doc
    ev = doc.evidence(doc.sentences[0], None)

    def attack(attacker, target, **kw):
        return Attack(attacker, target, ev, "en.attack.subject", 0.8, **kw)
    assert {k: doc.entities[k].cameo[:3] for k in ("centcom", "usa")} == {"centcom": "USA", "usa": "USA"}
    assert own_side(attack("centcom", "usa"), doc)            # a command of the state, the state
    assert not own_side(attack("usa", "kataib_hezbollah"), doc)
    assert not own_side(attack("centcom", "usa", mutual=True), doc)   # a clash is two sides
    assert not own_side(attack("usa", "baghdad"), doc)         # places are left alone


@pytest.mark.parametrize("text, attacker, target", [
    pytest.param("Kataib Hezbollah claimed responsibility for a drone attack on US troops near Erbil "
                 "airport on Monday.", "kataib_hezbollah", "usa", id="en-claimed-responsibility"),
    pytest.param("Harakat al-Nujaba, one of several Tehran-backed militias, claimed responsibility for a "
                 "drone attack on Harir Air Base on Monday.", "nujaba", "harir", id="en-apposition-collective"),
])
def test_a_claim_of_responsibility_names_the_attacker(analyze, text, attacker, target):
    a = analyze(text)
    found = a.attack(target)
    assert (found.attacker, found.rule) == (attacker, "en.attack.claimed"), a.describe()


def test_a_statement_about_an_attack_is_no_claim(analyze):
    a = analyze("Kataib Hezbollah said the drone attack on US troops near Erbil airport on Monday was "
                "a warning.")
    assert a.attack("usa").attacker is None, a.describe()


def test_one_attack_told_twice_is_one_node(analyze):
    a = analyze("Kataib Hezbollah claimed responsibility for a drone attack on Harir Air Base on Monday. "
                "Kataib Hezbollah attacked Harir Air Base with a drone on Monday, a statement said.")
    assert len(a.attacks_on("harir")) == 1, a.describe()


@pytest.mark.parametrize("text, attacker, targets", [
    pytest.param("Kataib Hezbollah attacked three bases of the United States with drones on Tuesday. The "
                 "bases, namely Harir Air Base, Ain al-Asad and Tower 22, host US troops.",
                 "kataib_hezbollah", {"harir", "ain_al_asad", "tower_22"}, id="en-namely"),
    pytest.param("هاجمت المقاومة الإسلامية في العراق بطائرات مسيرة أمس القوات الأميركية في سوريا. "
                 "والقواعد هي قاعدة الشدادي وقاعدة خراب الجير.",
                 "islamic_resistance_iraq", {"shaddadi"}, id="ar-hiya"),
])
def test_bases_named_after_an_attack_on_bases_are_its_targets(analyze, text, attacker, targets):
    a = analyze(text)
    listed = {x.target: x.attacker for x in a.attacks if x.rule.endswith(".attack.listed")}
    assert targets <= set(listed) and set(listed.values()) == {attacker}, a.describe()


def test_bases_named_without_a_list_or_attack_word_are_no_targets(analyze):
    a = analyze("Kataib Hezbollah attacked US forces in Syria with drones on Tuesday. "
                "Harir Air Base and Ain al-Asad host US troops.")
    assert not a.attacks_on("harir") and not a.attacks_on("ain_al_asad"), a.describe()



def test_a_base_named_by_its_place_is_listed_and_a_bare_place_is_not(analyze):
    a = analyze("هاجمت المقاومة الإسلامية في العراق بطائرات مسيرة أمس القوات الأميركية في سوريا. "
                "والقواعد هي قاعدة الشدادي وقاعدة الركبان.", "ar")
    assert a.attack("rukban").attacker == "islamic_resistance_iraq", a.describe()
    b = analyze("هاجمت المقاومة الإسلامية في العراق بطائرات مسيرة أمس القوات الأميركية في سوريا. "
                "والقواعد هي في الحسكة والركبان.", "ar")
    assert not b.attacks_on("rukban") and not b.attacks_on("hasakah"), b.describe()


@pytest.mark.parametrize("text, lang", [
    pytest.param("واستهدفت الولايات المتحدة بعقوبات جديدة قادة في الحشد الشعبي.", "ar", id="ar-sanctions"),
    pytest.param("The United States targeted Kataib Hezbollah with new sanctions on Tuesday.", "en",
                 id="en-sanctions"),
])
def test_targeted_with_sanctions_is_no_attack(analyze, text, lang):
    a = analyze(text, lang)
    assert not a.attacks, a.describe()


def test_a_strike_beside_sanctions_stays(analyze):
    a = analyze("واستهدفت الولايات المتحدة بغارة جوية قادة في الحشد الشعبي أمس، بعد أيام من فرض عقوبات.", "ar")
    assert a.attack("pmf").attacker == "usa", a.describe()


def test_attacked_in_a_statement_is_words(analyze):
    a = analyze("وهاجمت إيران الولايات المتحدة في بيان شديد اللهجة.", "ar")
    assert not a.attacks, a.describe()


def test_a_base_attacked_per_a_statement_stays_an_attack(analyze):
    a = analyze("وهاجمت كتائب حزب الله قاعدة حرير أمس، وفق بيان.", "ar")
    assert a.attack("harir").attacker == "kataib_hezbollah", a.describe()


@pytest.mark.parametrize("text, lang", [
    pytest.param("وشن وزير الإعلام مساء أمس هجوماً عنيفاً على حزب الله وحلفائه.", "ar",
                 id="ar-title"),
    pytest.param("شن نتنياهو هجوما عنيفا على حزب الله في كلمة ألقاها الليلة الماضية.", "ar", id="ar-name"),
    pytest.param("On Tuesday Prime Minister Benjamin Netanyahu launched a blistering attack on Hezbollah.", "en",
                 id="en-name"),
])
def test_an_attack_launched_by_a_person_is_words(analyze, text, lang):
    a = analyze(text, lang)
    assert not a.attacks, a.describe()


@pytest.mark.parametrize("text, lang", [
    pytest.param("شنت إسرائيل هجوما عنيفا على حزب الله في جنوب لبنان الليلة الماضية.", "ar", id="ar-state"),
    pytest.param("On Tuesday Israel launched a fierce attack on Hezbollah in southern Lebanon.", "en", id="en-state"),
])
def test_an_attack_launched_by_a_state_stays(analyze, text, lang):
    a = analyze(text, lang)
    assert a.attack("hezbollah").attacker == "israel", a.describe()


def test_a_city_struck_stays_beside_the_site_detailed_in_it(analyze):
    # A sea is where a ship was hit; a city bombed is a target of its own.
    a = analyze("US warplanes bombed Sanaa on Tuesday. The first strike targeted Harir Air Base.")
    assert a.attack("harir").attacker == "usa", a.describe()
    assert a.attack("sanaa").attacker == "usa", a.describe()


def test_the_outlet_that_reports_is_no_target(analyze):
    a = analyze("Nujaba claimed three rocket attacks on Ain al-Asad. The group said in its statement that "
                "the rocket attacks were a warning to the occupiers, the AP reported.")
    assert not a.attacks_on("ap"), a.describe()


def test_the_outlet_that_reports_is_no_attacker(analyze):
    a = analyze("وكانت وكالة رويترز نقلت عن مسؤول أمريكي اليوم أن صواريخ باليستية ضربت قاعدة عين الأسد.", "ar")
    assert a.attack("ain_al_asad").attacker is None, a.describe()


def test_a_town_or_base_struck_is_where_the_attack_happened(analyze):
    a = analyze("شنت الطائرات الإسرائيلية مساء أمس غارات عنيفة على مدينة الحديدة.")
    assert a.attack("hodeidah").place == "hodeidah", a.describe()
    # The base says more than the state it lies in.
    a = analyze("وقالت كتائب حزب الله إن مقاتليها قصفوا قاعدة عين الأسد في العراق بالصواريخ.")
    assert a.attack("ain_al_asad").place == "ain_al_asad", a.describe()


def test_a_state_struck_gives_no_place(analyze):
    a = analyze("Kataib Hezbollah attacked the United States with drones on Tuesday.")
    assert a.attack("usa").place is None, a.describe()


def test_a_retelling_that_names_the_target_struck_is_the_attributed_attack(analyze):
    # The second sentence tells the same strike by the commander it killed and names the
    # group the army said it struck: one event, the army's.
    a = analyze("أعلن الجيش الإسرائيلي أمس أنه اغتال قائد وحدة الصواريخ في حركة حماس بغارة على "
                "مدينة خان يونس. وقال الجيش إن سامي عبد الكريم، أحد قادة حماس، قُتل في ضربة "
                "نفذتها طائرة حربية.")
    assert all(x.attacker for x in a.doc.attacks), a.describe()
    assert not a.attacks_on(person_key("سامي عبد الكريم")), a.describe()


def test_a_retelling_of_the_same_day_and_kind_is_the_attributed_attack(analyze):
    a = analyze("Kataib Hezbollah announced on Sunday that it used a drone to attack American forces "
                "at Ain al-Asad. Three American soldiers were wounded on Sunday in a "
                "drone attack in western Iraq, a security source said.")
    assert [x.attacker for x in a.doc.attacks] == ["kataib_hezbollah"], a.describe()


def test_an_unattributed_attack_of_another_day_stays_its_own(analyze):
    a = analyze("Kataib Hezbollah announced on Sunday that it used a drone to attack American forces "
                "at Ain al-Asad. Three American soldiers were wounded on Thursday in a "
                "drone attack in western Iraq, a security source said.")
    assert len(a.doc.attacks) == 2, a.describe()


def test_a_claim_by_a_group_set_off_by_an_apposition_fills_the_attacker(analyze):
    a = analyze("Without warning, American troops at a desert outpost were hit by a drone attack overnight, "
                "wounding several of them. Kataib Hezbollah, a hardline Shia militia, "
                "came forward to claim responsibility for the attack.", "en")
    assert a.attack("usa").attacker == "kataib_hezbollah", a.describe()


def test_ships_listed_after_a_statement_split_by_ellipses_are_the_targets(analyze):
    # The quoted statement's "..." splits it into sentences before the list comes.
    a = analyze('أعلنت جماعة الحوثي، الثلاثاء، استهداف سفينتين إسرائيليتين في خليج عدن. وقال المتحدث '
                'العسكري للجماعة إن "القوات البحرية... نفذت صباح اليوم... عملية استهداف للسفينتين". '
                'وأضاف أن السفينتين هما سفينة "سيلفر مون" وسفينة "أوشن ستار"، وقد تم استهداف الأولى '
                'بصاروخ والثانية بطائرة مسيرة.', "ar")
    ships = [x for x in a.attacks if x.rule.endswith(".listed")]
    assert len(ships) == 2 and all(x.attacker == "houthis" for x in ships), a.describe()


def test_an_attack_told_by_the_people_it_hurt_is_the_one_on_the_ship_told_next(analyze):
    # The first sentence tells the attack without naming the ship; the next names it.
    # One attack, not a second one on nobody.
    a = analyze("A drone attack by Yemen's Houthi rebels set a tanker ablaze in the Red Sea on Monday, injuring "
                "one sailor, officials said. The attack Monday saw the Houthis launch two drones, hitting the "
                "Liberian-flagged tanker MV Silver Harbor.", "en")
    assert [(x.attacker, x.target) for x in a.attacks] == [("houthis", "silver_harbor")], a.describe()


def test_a_claim_of_a_tally_of_attacks_names_no_attacker_of_the_one_before(analyze):
    # Responsibility for dozens of attacks is a tally; it does not claim the one just told.
    a = analyze("تعرضت قاعدة حرير صباح اليوم لهجوم بطائرة مسيرة. وأعلنت الفصائل العراقية مسؤوليتها "
                "عن عشرات الهجمات على القوات الأمريكية.", "ar")
    assert a.attacks_on("harir"), a.describe()
    assert all(x.attacker != "iraq_factions" for x in a.attacks_on("harir")), a.describe()

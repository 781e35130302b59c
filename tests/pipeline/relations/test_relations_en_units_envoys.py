"""English phrasings of the thirteenth English round of issue 13 (wire and regional copy on
Kataib Hezbollah and the PMF, Hezbollah's Radwan Force, the IRGC's Quds Force in Damascus,
Hamas's and Hezbollah's leaders, the Houthis and US strikes, read outside the repository,
none annotated): a role told with a copula ("P was a commander of X's Y"), a role before
the name with a unit ("a senior commander in X's elite Y, P"), a role named "as" in a
relative clause, a group described "that is part of" another, members "alongside" a
group in a coalition, a unit told with a copula ("X is Y's special operations unit"),
"the country's" post after a state's body ("Iraq's parliament elected P as the country's
president"), the deputy named after a head, a group that is part of a state's forces, a
state's post at the UN, and envoys named after the place they are sent to. Every sentence is our own; each case fails
without its change (guards beside them)."""
from __future__ import annotations

import pytest

from kg.keys import person_key
from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # a unit's own possessive before its head's title (issue 13, i13l37)
    case("en.leader.person_unit_possessive_title",
         "Karim Nasser Hamdan, Hamas' naval unit's senior commander, died in the raid.",
         (person_key("Karim Nasser Hamdan"), "leaderOf", "hamas_naval_unit"),
         (person_key("Karim Nasser Hamdan"), "memberOf", "hamas")),
    # a role told with a copula: one among several (a member), of the unit too
    case("en.member.person_was_role_in_org",
         "Hassan Karim Saleh was a senior commander in the IRGC's Quds Force until 2020.",
         (person_key("Hassan Karim Saleh"), "memberOf", "irgc"),
         (person_key("Hassan Karim Saleh"), "memberOf", "quds_force")),
    case("en.member.person_was_role_in_org",
         "Abbas Jalil Hamza was an official of Kataib Hezbollah for a decade, the ministry noted.",
         (person_key("Abbas Jalil Hamza"), "memberOf", "kataib_hezbollah")),
    # the role before the name, a unit named by the group's possessive
    case("en.member.title_in_org_person",
         "A top commander in Hezbollah's elite Radwan Force, Karim Nasser Hamdan, died in the raid.",
         (person_key("Karim Nasser Hamdan"), "memberOf", "hezbollah"),
         (person_key("Karim Nasser Hamdan"), "memberOf", "radwan_force")),
    case("en.member.title_in_org_person",
         "The drone killed a senior official of Harakat al-Nujaba, Jassim Kadhim Ali, near the airport.",
         (person_key("Jassim Kadhim Ali"), "memberOf", "nujaba")),
    # the holder named "as" in a relative clause after the role
    case("en.member.role_it_named_as",
         "The army's list included a Radwan Force rocket unit commander it named as Hadi Samir Youssef.",
         (person_key("Hadi Samir Youssef"), "memberOf", "radwan_force")),
    # the deputy of a group's head or commander named just before serves in the group
    case("en.member.and_his_deputy",
         "The raid killed Hassan Ali Mroueh, the Radwan Force commander for the south, and his deputy, "
         "Kamel Youssef Daher.",
         (person_key("Kamel Youssef Daher"), "memberOf", "radwan_force")),
    case("en.member.and_his_deputy",
         "Talks stalled between the head of the PMF, Falih al-Fayyadh, and his deputy Abu Fadak al-Mohammedawi.",
         ("abu_fadak", "memberOf", "pmf")),
    # a description of the group with a relative clause saying whose part it is
    case("en.member.noun_that_is_part_of",
         "Asaib Ahl al-Haq is a powerful Shiite faction that is part of the Popular Mobilization Forces.",
         ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("en.member.noun_that_is_part_of",
         "Saraya Awliya al-Dam, a little-known group that's part of the Islamic Resistance in Iraq, "
         "claimed the attack.",
         ("saraya_awliya_al_dam", "memberOf", "islamic_resistance_iraq")),
    # members named "alongside" a group, each with its state's possessive or an alias
    case("en.member.part_of_alongside",
         "Kataib Hezbollah is part of the Axis of Resistance alongside Lebanon's Hezbollah and "
         "Yemen's Ansarallah (Houthis).",
         ("kataib_hezbollah", "memberOf", "axis_of_resistance"),
         ("hezbollah", "memberOf", "axis_of_resistance"), ("houthis", "memberOf", "axis_of_resistance")),
    # "it" after a semicolon is the sentence's subject
    case("en.member.it_part_of_alongside",
         "Harakat al-Nujaba rarely names its targets; it is part of the Axis of Resistance alongside Hamas.",
         ("nujaba", "memberOf", "axis_of_resistance"), ("hamas", "memberOf", "axis_of_resistance")),
    # "its ... wing, <name>" after a role: the nearest group before owns it
    case("en.member.its_wing_named_after_role",
         "Hamas in Gaza mourned a field commander from its armed wing, the Qassam Brigades, on Monday.",
         ("qassam_brigades", "memberOf", "hamas")),
    # "identified P as the leader of" a group described before its name
    case("en.leader.identified_as_the_leader",
         "Local media identified Bassam Adel Nouri as the leader of the Lebanese Sunni group Jamaa Islamiya.",
         (person_key("Bassam Adel Nouri"), "leaderOf", "jamaa_islamiya")),
    # "the country" after a state's body (a lexicon entry naming its state)
    case("en.official.the_countrys_title_body",
         "Iraq's parliament on Monday chose Karim Jabbar Salih as the country's new president.",
         (person_key("Karim Jabbar Salih"), "officialOf", "iraq")),
    # a group that is part of a state's forces is one of the state's bodies
    case("en.member.part_of_state_forces",
         "The Popular Mobilization Forces are officially part of Iraq's official security apparatus.",
         ("pmf", "memberOf", "iraq")),
    # a unit told with a copula and the group's possessive
    case("en.member.is_possessive_unit",
         "The Qassam Brigades are Hamas's armed military wing.",
         ("qassam_brigades", "memberOf", "hamas")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_units_envoys_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # "another X official" is one of X's members, as "a" is
    ("Israel also killed Ahmad Jamil Saad, another Hamas official in Lebanon, on Friday.",
     (person_key("Ahmad Jamil Saad"), "memberOf", "hamas")),
    # a description of four words before "allied with"
    ("Jets struck an office of Jamaa Islamiya, a Sunni political and militant group allied with Hezbollah.",
     ("hezbollah", "supports", "jamaa_islamiya")),
    # a group's announcement with a time before the verb, an ordinal before the role
    ("Hezbollah late on Sunday confirmed the death of its fifth commander, Abbas Salim Hariri.",
     (person_key("Abbas Salim Hariri"), "memberOf", "hezbollah")),
    # the one succeeded with an honorific and a title was the head
    ("Hamas announced the selection of Khalil al-Hayya as the head of the political bureau of the "
     "movement, succeeding the martyr Commander Yahya Sinwar.", ("sinwar", "leaderOf", "hamas")),
    # "X's military allies": the allies, not the state's army (and a press spelling of Nujaba)
    ("The term covers Tehran's military allies in Iraq, such as Kataib Hezbollah and Harakat al-Nujabaa.",
     ("iran", "supports", "nujaba")),
    # part of a state's forces named generically (read before they become a generic mention)
    ("The Popular Mobilization Forces are officially part of Iraq's security forces.", ("pmf", "memberOf", "iraq")),
    ("Since 2016 the PMF has become part of the Iraqi armed forces.", ("pmf", "memberOf", "iraq")),
    # ranks after a title leave the name its four words
    ("The raid killed Hassan Ali Mroueh, the Radwan Force commander for the south, and his deputy, "
     "Brigadier General Kamel Youssef Hajj Daher.",
     (person_key("Kamel Youssef Hajj Daher"), "memberOf", "radwan_force")),
    # an envoy named after the place he is sent to, with or without a comma
    ("Iraq's ambassador to Tehran, Nasser Abdul Mohsen, met the foreign minister.",
     (person_key("Nasser Abdul Mohsen"), "officialOf", "iraq")),
    ("Iranian Ambassador to Baghdad Mohammad Kazem Al-e Sadeq told reporters the talks went well.",
     (person_key("Mohammad Kazem Al-e Sadeq"), "officialOf", "iran")),
    # a state's post at a body named before the title, and an envoy "to the UN"
    ("Iraq's UN ambassador Hamid Jassim Shakir addressed the council.",
     (person_key("Hamid Jassim Shakir"), "officialOf", "iraq")),
    ("In a letter, Lebanon's UN chargé d'affaires, Rana Samir Haddad, protested the raids.",
     (person_key("Rana Samir Haddad"), "officialOf", "lebanon")),
    ("The Iraqi ambassador to the UN, Hamid Jassim Shakir, asked for a session.",
     (person_key("Hamid Jassim Shakir"), "officialOf", "iraq")),
    # an abbreviated rank before the name does not end the sentence
    ("Houthi military spokesman Brig. Gen. Yahya Saree said the navy fired two missiles.",
     ("saree", "spokespersonOf", "houthis")),
    # a year ending a sentence ends it: "Its leader" opens the next one
    ("Kataib Hezbollah took shape in the 2000s. Its leader is Abu Hussein al-Hamidawi.",
     ("abu_hussein_hamidawi", "leaderOf", "kataib_hezbollah")),
])
def test_units_envoys_found(analyze, sentence, triple):
    result = analyze(sentence, "en")
    assert triple in result.triples, result.describe()


@pytest.mark.parametrize("sentence, triple", [
    # "the group" is never a news outlet named before it
    ("The report was carried by news agency AP. The group's leader Naim Qassem spoke later.",
     ("naim_qassem", "leaderOf", "ap")),
    # a region after a group's possessive says where the post is, not what is led
    ("Hamas named its Gaza leader Yahya Sinwar as its chief.", ("sinwar", "leaderOf", "gaza")),
    # a rank after "and" opens a new subject, not a name after a title's complement
    ("Zahedi was a commander of the IRGC's Quds Force in Lebanon and Brig Gen Rahimi was his deputy.",
     (person_key("Brig Gen Rahimi"), "memberOf", "quds_force")),
    # a candidate backed "to be" the country's premier holds no post yet
    ("Iraq's parliament will back Hadi al-Amiri to be the country's next prime minister.",
     ("amiri", "officialOf", "iraq")),
    # another state named after the body is "the country"
    ("Iraq's parliament met as Lebanon named Najib Mikati as the country's new premier.",
     ("mikati", "officialOf", "iraq")),
    # "the Lebanese group" is never Lebanon's news agency named before
    ("Lebanon's National News Agency reported that the Lebanese group's leader Naim Qassem spoke.",
     ("naim_qassem", "leaderOf", "nna_lebanon")),
    ("The National News Agency identified Bassam Adel Nouri as the leader of the Lebanese group.",
     (person_key("Bassam Adel Nouri"), "leaderOf", "nna_lebanon")),
    # a state is no place a group runs
    ("US jets struck sites in Houthi-controlled Yemen on Friday.", ("yemen", "operatedBy", "houthis")),
    # a group's bare "said that P was killed" tells of another's death, not its own member's
    ("The IRGC said that Ismail Haniyeh was killed by a short-range projectile.",
     ("haniyeh", "memberOf", "irgc")),
    # the deputy's relative is no deputy
    ("The raid killed Falih al-Fayyadh, the PMF chief, and his deputy Abu Fadak al-Mohammedawi's son.",
     ("abu_fadak", "memberOf", "pmf")),
    # "part of" a plan or an operation of the state's forces is no membership
    ("Kataib Hezbollah was part of Iraq's security forces' plan, officials said.",
     ("kataib_hezbollah", "memberOf", "iraq")),
    # a proxy or ally is no unit
    ("Hezbollah is the IRGC's most valued proxy force in the region.", ("hezbollah", "memberOf", "irgc")),
    # "..., a commander in X, P said": P is the speaker
    ("Israel killed a senior commander in Hezbollah, Daniel Hagari said.", ("hagari", "memberOf", "hezbollah")),
    # a role "in" a group with the person's possessive after it: the relative holds the role
    ("A senior commander in Kataib Hezbollah, Abu Fadak al-Mohammedawi's son, was wounded.",
     ("abu_fadak", "memberOf", "kataib_hezbollah")),
])
def test_units_envoys_guard(analyze, sentence, triple):
    assert triple not in analyze(sentence, "en").triples

"""English phrasings of the twelfth English round of issue 13 (wire and regional copy on
Iraqi parties and the PMF, Syrian factions and Turkey, Kurdish parties, Hamas's leadership
and the IRGC, read outside the repository, none annotated): titled names in a list ("head
of X P1, head of Y P2"), a group announcing its head or deputy head, "one of X's leaders",
a body's chief of staff, people "from" a group, co-chairs, a commander of another body's
force, a wing named after "its wing", a group "under" another, and a backer with an
apposition before its verb. Every sentence is our own; each case fails without its change."""
from __future__ import annotations

import pytest

from kg.keys import person_key
from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # titled names listed one after the other: each title is the name's after it
    case("en.leader.listed_title_of_org_person",
         "The talks included head of the Badr Organization Hadi al-Amiri, head of the National Wisdom "
         "Movement (Hikma) Ammar al-Hakim, and head of Asaib Ahl al-Haq Qais al-Khazali.",
         ("amiri", "leaderOf", "badr"), ("ammar_hakim", "leaderOf", "hikma"),
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    # the bare title after a verb, with a name the lexicon does not know
    case("en.leader.listed_title_of_org_person",
         "In the next session, Amal will vote for head of the Marada Movement Tony Makhoul.",
         (person_key("Tony Makhoul"), "leaderOf", "marada_movement")),
    # a deputy's title with the group as a modifier
    case("en.member.org_deputy_title_person",
         "Hamas Deputy Chief Sheikh Khalil al-Hayya arrived in Cairo.",
         ("hayya", "memberOf", "hamas")),
    # a person's possessive before a party named as one
    case("en.leader.person_possessive_group",
         "The bill has the backing of Speaker Nabih Berri's Amal Movement party.",
         ("berri", "leaderOf", "amal")),
    # a political duo named by its two parties
    case("en.allied.duo",
         "The Shiite duo of Hezbollah and the Amal Movement walked out of the session.",
         ("hezbollah", "alliedWith", "amal")),
    # a closing attribution "the group's leader N said" speaks for the sentence's subject,
    # not for the group named last in its object
    case("en.leader.org_title_person",
         "The Amal Movement will vote for head of the Kataeb Party Samy Gemayel as speaker, the group's "
         "leader Nabih Berri said on Tuesday.",
         ("berri", "leaderOf", "amal")),
    # "Its former commander was P" opening the sentence after one about a unit: the
    # unit's head (the state that set it up is no antecedent)
    case("en.leader.its_title_was",
         "Tehran formed the Quds Force in 1990. Its longtime commander was Qassem Soleimani, "
         "who was killed in 2020.",
         ("soleimani", "leaderOf", "quds_force")),
    # "the country's new Prime Minister": the state named last before it
    case("en.official.the_countrys_title",
         "The presidential council in Yemen appointed foreign minister Ahmed Awad bin Mubarak as the "
         "country's new Prime Minister on Saturday.",
         ("bin_mubarak", "officialOf", "yemen")),
    case("en.official.the_countrys_title",
         "Fighting spread in Lebanon, and the country's caretaker prime minister, Najib Mikati, urged calm.",
         ("mikati", "officialOf", "lebanon")),
    # a party's name with a case slip is still the party (the lexicon matches any case)
    case("en.leader.org_title_person",
         "The Free patriotic Movement leader Gebran Bassil met Hezbollah officials.",
         ("gebran_bassil", "leaderOf", "free_patriotic_movement")),
    # a group announcing its head, "the movement's" post, and the one replaced
    case("en.leader.elected_as_replacing",
         "Late on Tuesday, Hamas announced Yahya Sinwar as the head of the movement's political bureau, "
         "replacing Ismail Haniyeh.",
         ("sinwar", "leaderOf", "hamas"), ("haniyeh", "leaderOf", "hamas")),
    # a deputy head chosen by the group is a member
    case("en.member.named_as_deputy_head",
         "Hezbollah appointed Wafiq Safa as deputy head of the group.",
         ("wafiq_safa", "memberOf", "hezbollah")),
    case("en.member.named_as_deputy_head",
         "The leadership of Hamas has named Basem Naim as the deputy head of the political bureau.",
         ("basem_naim", "memberOf", "hamas")),
    # one of a group's leaders, named after a comma
    case("en.member.one_of_org_people",
         "One of Hezbollah's senior leaders, Wafiq Safa, told reporters the talks had stalled.",
         ("wafiq_safa", "memberOf", "hezbollah")),
    # a body's chief of staff is one of its officers
    case("en.member.org_staff_post_person",
         "The decision was taken after a call with PMF Chief of Staff Abu Fadak al-Mohammedawi.",
         ("abu_fadak", "memberOf", "pmf")),
    # named people "from" a group
    case("en.member.persons_are_from",
         "Both Abu Fadak al-Mohammedawi and Abu Zeinab al-Lami were from Kataib Hezbollah, the sources added.",
         ("abu_fadak", "memberOf", "kataib_hezbollah"), (person_key("Abu Zeinab al-Lami"), "memberOf", "kataib_hezbollah")),
    # co-chairs each head the group
    case("en.leader.co_chairs_of",
         "Hadi al-Amiri and Qais al-Khazali were named co-chairs of the PMF in 2021.",
         ("amiri", "leaderOf", "pmf"), ("khazali", "leaderOf", "pmf")),
    # the commander of a force named after another body's possessive heads the force
    case("en.leader.the_commander_of_possessed_unit",
         "The commander of Iran's Quds Force, Esmail Qaani, visited Damascus last week.",
         ("qaani", "leaderOf", "quds_force")),
    # "its women's wing, the YPJ": the wing named in an apposition
    case("en.member.its_wing_named",
         "The YPG and its women's wing, the YPJ, held the line east of the river.",
         ("ypj", "memberOf", "ypg")),
    # a group set off by commas "under" another serves in it
    case("en.member.under_apposition",
         "Fighters of the Women's Protection Units, under the SDF, took two villages.",
         ("ypj", "memberOf", "sdf")),
    # an apposition between the backer and its verb
    case("en.supports.verb",
         "Turkey, a NATO member, supports the SNA in northern Syria.",
         ("turkey", "supports", "syrian_national_army")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_wire_list_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # "P1, head of X P2": the title is P2's, never P1's
    ("Key figures include head of the State of Law Coalition Nouri al-Maliki, head of the Fatah "
     "Alliance Hadi al-Amiri.", ("maliki", "leaderOf", "fatah_alliance")),
    # nor when the next name is not found: a name right after a group took the title before it
    ("Guests included head of Asaib Ahl al-Haq Qais al-Khazali, head of the Victory Alliance (Nasr) "
     "Haidar Jawad.", ("khazali", "leaderOf", "victory_alliance")),
    # a body named after the group is no person heading it
    ("The head of the PMF Security Directorate arrived in Mosul.", ("security_directorate", "leaderOf", "pmf")),
    ("Officials said acting head of Hamas Khalil al-Hayya would attend.", ("hayya", "leaderOf", "hamas")),
    # a state's army naming someone "as the head" names another's head, not its own
    ("The IDF named Mohammed Deif as the head.", ("deif", "leaderOf", "idf")),
    # a "duo" of a group and a state is no alliance read here (GROUP only)
    ("The duo of Hamas and Israel met in Cairo.", ("hamas", "alliedWith", "israel")),
    # a deputy in a list is no head
    ("The talks included deputy head of the PMF Abu Fadak al-Mohammedawi.", ("abu_fadak", "leaderOf", "pmf")),
    # a deputy head of a group's office in a place is no post of the group read here
    ("Hamas named Basem Naim as deputy head of its office in Gaza.", ("basem_naim", "leaderOf", "hamas")),
    # "from" a place is no group
    ("Abu Fadak al-Mohammedawi is from Basra.", ("abu_fadak", "memberOf", "basra")),
    # the group's ally named after "its ally" is no wing
    ("Hezbollah and its ally, Amal, met in Beirut.", ("amal", "memberOf", "hezbollah")),
    # ... so the group named in the object gets no leader from it
    ("Hezbollah will back head of the Marada Movement Tony Makhoul, the group's leader Hassan "
     "Nasrallah said.", ("nasrallah", "leaderOf", "marada_movement")),
    # "Its commander was P" after a sentence naming no group: no head read
    ("Israel struck the camp on Monday. Its commander was Yahya Sinwar.", ("sinwar", "leaderOf", "israel")),
    # "Secretary of State P" with no state named stays unresolved (not the state met)
    ("Secretary of State Antony Blinken flew to Baghdad to meet Iraq's prime minister.",
     ("blinken", "officialOf", "iraq")),
    # "the country" is the state named last before it, not an earlier one
    ("Israel struck Lebanon, the country's prime minister Najib Mikati said.", ("mikati", "officialOf", "israel")),
    # a candidate backed "to be" or "as" the country's president holds no post yet
    ("In Lebanon, Hezbollah will back Gebran Bassil to be the country's next president.",
     ("gebran_bassil", "officialOf", "lebanon")),
    ("In Lebanon, the Amal Movement backs Gebran Bassil as the country's president.",
     ("gebran_bassil", "officialOf", "lebanon")),
    # names and titles alternating: the name after "head of X," is the next item, not X's head
    ("The forum heard Falih al-Fayyadh, head of the PMF, Qais al-Khazali, head of Asaib "
     "Ahl al-Haq, and others.", ("khazali", "leaderOf", "pmf")),
    # a name followed by its own group is no head of the group before it
    ("Guests were head of the Badr Organization, Abu Fadak al-Mohammedawi of Kataib Hezbollah and others.",
     ("abu_fadak", "leaderOf", "badr")),
    # a person's relative after the comma holds the post, not the person
    ("One of Hezbollah's commanders, Hassan Nasrallah's nephew, was wounded.",
     ("nasrallah", "memberOf", "hezbollah")),
    ("The PMF's chief of staff Abu Fadak al-Mohammedawi's driver was detained.",
     ("abu_fadak", "memberOf", "pmf")),
    # a co-chair of a group's committee chairs the committee
    ("Hadi al-Amiri was named co-chair of the PMF's coordination committee.", ("amiri", "leaderOf", "pmf")),
    # a lesser post after "chief" ("its chief negotiator") is no head
    ("Hamas named Khalil al-Hayya as its chief negotiator.", ("hayya", "leaderOf", "hamas")),
    ("Kataib Hezbollah named Abu Ali al-Askari as its chief spokesman.",
     ("abu_ali_askari", "leaderOf", "kataib_hezbollah")),
    # the bureau of another named body is no post of the one announcing
    ("Hamas announced Yahya Sinwar as the head of the political bureau of Fatah was mistaken.",
     ("sinwar", "leaderOf", "hamas")),
])
def test_wire_list_guard(analyze, sentence, triple):
    assert triple not in analyze(sentence, "en").triples

"""English phrasings of the tenth round of issue 13, found by probing unannotated wire
and regional English articles (read outside the repository): posts joined by "and",
a head named with a copula, a group choosing its new head, a person as a group's ally,
spokespeople of a state's ministry, ties to a backer, allies named in apposition, a
person named "as" a group's commander, a rank after a group's name, and guards for
lists (a singular "an ally of" after "A and B"; titled names one after another). Every
sentence is our own; each case was checked to fail with its change disabled."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # a second post joined by "and" after the person's first title
    case("en.leader.person_titles_and_head_of",
         "Hadi al-Amiri, a veteran lawmaker and leader of the Badr Organization, met the envoy.",
         ("amiri", "leaderOf", "badr")),
    case("en.leader.person_titles_and_head_of",
         "Qais al-Khazali, the cleric and head of the Iran-backed Asaib Ahl al-Haq, spoke on television.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    # the head named with a copula after the group's possessive
    case("en.leader.possessive_leader_is",
         "Although Badr's leader is Hadi al-Amiri, the bloc voted against him.",
         ("amiri", "leaderOf", "badr")),
    # the group chooses its new head, and the one it succeeds was its head
    case("en.leader.elected_to_succeed",
         "Asaib Ahl al-Haq picked its deputy leader Qais al-Khazali to replace slain leader Akram al-Kaabi.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq"), ("kaabi", "leaderOf", "asaib_ahl_al_haq")),
    case("en.leader.elected_to_succeed",
         "The Houthis have named Mahdi al-Mashat as their new chief.",
         ("mashat", "leaderOf", "houthis")),
    case("en.leader.it_elected_to_succeed",
         "Hamas held a vote in Doha, where it chose Yahya Sinwar to succeed Ismail Haniyeh.",
         ("sinwar", "leaderOf", "hamas")),
    # the successor heads what the one succeeded headed (read before, same sentence or earlier)
    case("en.leader.succeeded_person",
         "Akram al-Kaabi, who headed Nujaba for a decade, was later succeeded by Ali Karaki.",
         ("kaabi", "leaderOf", "nujaba"), ("ali_karaki", "leaderOf", "nujaba")),
    case("en.leader.succeeded_person",
         "Hadi al-Amiri leads Badr. Qais al-Khazali, who succeeded Amiri, gave a speech.",
         ("khazali", "leaderOf", "badr")),
    case("en.leader.succeeded_person",
         "Badr leader Hadi al-Amiri resigned in May. Amiri's successor, Ali Karaki, was sworn in.",
         ("ali_karaki", "leaderOf", "badr")),
    # a person described as a group's ally, the relative clause still the person's
    case("en.allied.group_ally",
         "Ammar al-Hakim, a close Badr ally, opened the session.",
         ("ammar_hakim", "alliedWith", "badr")),
    case("en.leader.person_heads_org",
         "Hadi al-Amiri, a longtime Kataib Hezbollah ally who heads the Badr Organization, left the meeting.",
         ("amiri", "leaderOf", "badr")),
    # a senior figure of a group, its name first or after
    case("en.member.org_role_bare",
         "Prominent Hamas figure Osama Hamdan addressed the rally.",
         ("osama_hamdan", "memberOf", "hamas")),
    # a spokesperson for a state's body named by its adjective (presidency, armed forces)
    case("en.spokes.for_state_body",
         "Basim al-Awadi, chief spokesman for the Iraqi presidency, said the talks went well.",
         ("basim_awadi", "spokespersonOf", "iraq")),
    case("en.spokes.for_state_body",
         "A spokesman for the Iranian armed forces, Nasser Kanaani, answered the reporters.",
         ("kanaani", "spokespersonOf", "iran")),
    # ... a ministry so named is a body of its own (kg/lang/en/discovery.py, _ministries),
    # as the government is: the spokesperson is the ministry's, the ministry the state's
    case("en.spokes.person_title_org",
         "Basim al-Awadi, chief spokesman for the Iraqi interior ministry, said the talks went well.",
         ("basim_awadi", "spokespersonOf", "iraq_interior_ministry"), ("iraq_interior_ministry", "memberOf", "iraq")),
    case("en.spokes.title_for_org_person",
         "A spokesman for the Iranian defence ministry, Nasser Kanaani, answered the reporters.",
         ("kanaani", "spokespersonOf", "iran_defence_ministry"), ("iran_defence_ministry", "memberOf", "iran")),
    # a rank between the title "spokesman for X" and the name, abbreviated or not
    case("en.spokes.title_for_org_person",
         "A spokesman for the Houthis, Brigadier General Yahya Saree, read the statement.",
         ("saree", "spokespersonOf", "houthis")),
    case("en.spokes.title_for_org_person",
         "The spokesman for the Israeli military, Rear Adm. Daniel Hagari, briefed reporters.",
         ("daniel_hagari", "spokespersonOf", "idf")),
    # a field between the body and the title
    case("en.spokes.org_title_person",
         "White House national security spokesman John Kirby took questions on the strikes.",
         ("kirby", "spokespersonOf", "white_house")),
    # a negotiator's post joined to the spokesperson's title, before or after it
    case("en.spokes.person_title_org",
         "Hussein al-Ezzi, the Houthis' chief negotiator and spokesman, left Muscat.",
         ("hussein_ezzi", "spokespersonOf", "houthis")),
    case("en.spokes.org_title_person",
         "Houthi spokesman and chief negotiator Hussein al-Ezzi left Muscat.",
         ("hussein_ezzi", "spokespersonOf", "houthis")),
    # ties or links to another actor
    case("en.allied.ties_to",
         "Nujaba, a hardline Shiite faction with deep ties to Tehran, warned the embassy.",
         ("nujaba", "alliedWith", "iran")),
    case("en.allied.ties_to",
         "The Houthis, who have long-standing links with Hezbollah, fired two missiles.",
         ("houthis", "alliedWith", "hezbollah")),
    # the person as the object of a verb of naming, the role after "as"
    case("en.member.identified_as",
         "Local media identified Ali Karaki as a senior Hezbollah commander on Friday.",
         ("ali_karaki", "memberOf", "hezbollah")),
    case("en.member.identified_as",
         "The army described Akram al-Kaabi as a leading figure in Nujaba.",
         ("kaabi", "memberOf", "nujaba")),
    # a military rank between an armed group's name and the person's
    case("en.member.group_rank_person",
         "Hezbollah Major General Ali Karaki inspected the front.",
         ("ali_karaki", "memberOf", "hezbollah")),
    # chief of staff of a body named after its state's possessive
    case("en.member.second_in_command",
         "Abu Fadak al-Muhammadawi, chief of staff of Iraq's PMF, chaired the meeting.",
         ("abu_fadak", "memberOf", "pmf")),
    # a singular "an ally of" after a list is the last member's
    case("en.allied.ally_of",
         "Israel and the Houthis, an ally of Hezbollah, traded threats.",
         ("houthis", "alliedWith", "hezbollah")),
    # a state's allies named in apposition
    case("en.supports.allies_such_as",
         "Tehran's regional allies, Kataib Hezbollah and the Houthis, vowed revenge.",
         ("iran", "supports", "kataib_hezbollah"), ("iran", "supports", "houthis")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_probe_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # a body of the group chooses the head: the body is not what the new head leads
    ("Hezbollah's Shura Council elected Naim Qassem to succeed Hassan Nasrallah.",
     ("naim_qassem", "leaderOf", "shura_council")),
    # a deputy's post joined by "and" is no headship
    ("Naim Qassem, a cleric and deputy leader of Hezbollah, gave a speech.",
     ("naim_qassem", "leaderOf", "hezbollah")),
    # "an ally of X who heads Y": whose clause it is is unsure, so no head is read
    ("Ammar al-Hakim, an ally of Badr who heads the Hikma Movement, spoke.",
     ("ammar_hakim", "leaderOf", "badr")),
    # "A and B, an ally of C": the singular ally is B, not A
    ("Israel and the Houthis, an ally of Hezbollah, traded threats.", ("israel", "alliedWith", "hezbollah")),
    # a successor of someone who heads nothing known heads nothing; a likely one has not succeeded
    ("Hadi al-Amiri was succeeded by Ali Karaki at the ministry.", ("ali_karaki", "leaderOf", "badr")),
    ("Badr leader Hadi al-Amiri spoke. Amiri's likely successor, Ali Karaki, did not.",
     ("ali_karaki", "leaderOf", "badr")),
    # the head of a group's office, the group's head noun read as a collective in between
    ("Hussein al-Ezzi, the head of the Houthi militants' foreign relations office, spoke.",
     ("hussein_ezzi", "leaderOf", "houthis")),
    # titled names in a list: each title is the name's after it
    ("They met Hikma leader Ammar al-Hakim, Asaib Ahl al-Haq chief Qais al-Khazali and others.",
     ("ammar_hakim", "leaderOf", "asaib_ahl_al_haq")),
    # fighting "in front of" a group is no front made of it
    ("Badr is fighting in front of Kataib Hezbollah near the border, Hadi al-Amiri said.",
     ("kataib_hezbollah", "memberOf", "badr")),
])
def test_probe_guard(analyze, sentence, triple):
    assert triple not in analyze(sentence, "en").triples

"""English relation rules (kg/lang/en/relations.yaml), each shown on a wire-style sentence
of our own with other actors and places than the rule's comment."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case
from kg.model import ASSERTED, DENIED, REPORTED
from kg.pipeline.patterns import load_rules
from kg.keys import mint_key, person_key
from tests.pipeline.relations.test_relations_press import EN_CASES  # this round's cases count too
from tests.pipeline.relations.test_relations_backing_by_groups import CASES as BACKING_CASES  # seventh round
from tests.pipeline.relations.test_relations_joined_backers import CASES as JOINED_CASES, REPORTED_CASES  # eighth round
from tests.pipeline.relations.test_relations_en_wire import CASES as WIRE_CASES  # ninth round (English wire)
from tests.pipeline.relations.test_relations_en_probes import CASES as PROBE_CASES  # tenth round (English probes)
from tests.pipeline.relations.test_relations_en_transfer import CASES as TRANSFER_CASES  # eleventh round (English wire)
from tests.pipeline.relations.test_relations_en_wire_lists import CASES as LIST_CASES  # twelfth round (English wire lists)
from tests.pipeline.relations.test_relations_en_units_envoys import CASES as UNIT_CASES  # thirteenth round (English units, envoys)
from tests.pipeline.relations.test_relations_en_relatives_branches import CASES as RELATIVE_CASES  # fourteenth round (English)
from tests.pipeline.relations.test_relations_en_bare_titles import CASES as BARE_TITLE_CASES  # fifteenth round (English)
from tests.pipeline.relations.test_relations_en_unseen import CASES as UNSEEN_CASES  # sixteenth round (English, unseen articles)
from tests.pipeline.relations.test_relations_en_descriptions_i13 import CASES as DESCRIPTION_CASES  # round i13h29
from tests.pipeline.relations.test_relations_en_operations_wings import CASES as OPERATION_CASES  # round i13k34
from tests.pipeline.relations.test_relations_en_census_posts import CASES as CENSUS_POST_CASES  # census of unseen English articles
from tests.pipeline.relations.test_relations_en_census_parts import CASES as CENSUS_PART_CASES  # census of unseen English articles
from tests.pipeline.relations.test_relations_institutions import CASES_EN as INSTITUTION_CASES  # institutions, issue 13
from tests.pipeline.relations.test_relations_en_split_posts import CASES as SPLIT_POST_CASES  # ninth round, kind 4
from tests.pipeline.relations.test_relations_en_support_without_backed import CASES as NO_BACKED_CASES  # eighth real round




CASES = [
    # --- supports ---------------------------------------------------------------------
    case("en.supports.backed_prefix",
         "Fighters from the Iran-backed Asaib Ahl al-Haq deployed near the border.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("en.supports.pro_prefix",
         "The pro-Iran Badr Organization holds seats in parliament.",
         ("iran", "supports", "badr")),
    case("en.supports.provides_means",
         "Tehran has long supplied rockets, drones and funding to the Houthis and Kataib Hezbollah.",
         ("iran", "supports", "houthis"), ("iran", "supports", "kataib_hezbollah")),
    case("en.supports.receives_means_from",
         "Asaib Ahl al-Haq reportedly received training and weapons from the IRGC.",
         ("irgc", "supports", "asaib_ahl_al_haq")),
    case("en.supports.backed_by",
         "Hezbollah, which is funded by Tehran, fired rockets overnight.",
         ("iran", "supports", "hezbollah")),
    case("en.supports.loyal_to",
         "The Badr Organization, which is close to Tehran, won several seats.",
         ("iran", "supports", "badr")),
    case("en.supports.verb",
         "Tehran funds Hamas and other groups in the region.",
         ("iran", "supports", "hamas")),
    case("en.supports.denies_verb",
         "Iran has denied funding Hamas.",
         ("iran", "supports", "hamas")),
    case("en.supports.proxy",
         "Israel struck positions of Iran's closest ally Hezbollah in Lebanon.",
         ("iran", "supports", "hezbollah")),
    case("en.supports.ally_apposition",
         "The Houthis, Iran's main ally in Yemen, have fired missiles at ships.",
         ("iran", "supports", "houthis")),
    case("en.supports.which_backs",
         "Sanctions were imposed on Tehran, which arms Hezbollah.",
         ("iran", "supports", "hezbollah")),
    case("en.supports.allies_such_as",
         "Tehran's allies, including Hezbollah and Hamas, praised the strike.",
         ("iran", "supports", "hezbollah"), ("iran", "supports", "hamas")),
    case("en.supports.backed_group_antecedent",
         "Hezbollah fired anti-tank missiles at a border post, and the Iran-backed group said two of its "
         "members died.",
         ("iran", "supports", "hezbollah")),
    case("en.supports.with_help_of",
         "The Lebanese army, with the support of France, deployed along the southern border.",
         ("france", "supports", "lebanese_army")),
    case("en.supports.proxy_apposition",
         "Kataib Hezbollah, a longtime proxy for Iran, denied involvement.",
         ("iran", "supports", "kataib_hezbollah")),
    # --- memberOf ---------------------------------------------------------------------
    case("en.member.apposition",
         "Kataib Sayyid al-Shuhada, a member of the Islamic Resistance in Iraq, claimed the drone attack.",
         ("kataib_sayyid_al_shuhada", "memberOf", "islamic_resistance_iraq")),
    case("en.member.umbrella_includes",
         "The Popular Mobilization Forces, which includes Badr and Asaib Ahl al-Haq, was formed in 2014.",
         ("badr", "memberOf", "pmf"), ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("en.member.umbrella_of",
         "The Coordination Framework, an alliance of Badr, Asaib Ahl al-Haq and Kataib Hezbollah, "
         "nominated the prime minister.",
         ("badr", "memberOf", "coordination_framework"),
         ("asaib_ahl_al_haq", "memberOf", "coordination_framework"),
         ("kataib_hezbollah", "memberOf", "coordination_framework")),
    case("en.member.is_part_of",
         "The Quds Force is part of the IRGC and runs its foreign operations.",
         ("quds_force", "memberOf", "irgc")),
    case("en.member.joined",
         "Harakat al-Nujaba joined the Islamic Resistance in Iraq in 2023.",
         ("nujaba", "memberOf", "islamic_resistance_iraq")),
    case("en.member.relative_then_part_of",
         "Harakat al-Nujaba, which has fought in Syria since 2013, is part of the Popular Mobilization Forces.",
         ("nujaba", "memberOf", "pmf")),
    case("en.member.possessive_unit",
         "Hamas's Qassam Brigades said they destroyed a tank.",
         ("qassam_brigades", "memberOf", "hamas")),
    case("en.member.arm_apposition",
         "The Qassam Brigades, Hamas's military wing, claimed the attack.",
         ("qassam_brigades", "memberOf", "hamas")),
    case("en.member.role_in_org",
         "Abu Mahdi al-Muhandis, a senior commander of the PMF, was killed in 2020.",
         ("muhandis", "memberOf", "pmf")),
    case("en.member.org_role_person",
         "Israel killed a senior Hamas official, Saleh al-Arouri, in Beirut.",
         ("arouri", "memberOf", "hamas")),
    case("en.member.operates_within",
         "Kataib Sayyid al-Shuhada, which operates within the PMF, denied the report.",
         ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("en.member.operates_within",
         "Asaib Ahl al-Haq, which operates under Iraq's official Popular Mobilization Forces, denied the claim.",
         ("asaib_ahl_al_haq", "memberOf", "pmf")),
    # --- leaderOf ---------------------------------------------------------------------
    case("en.leader.org_title_person",
         "Badr leader Hadi al-Amiri met the prime minister on Sunday.",
         ("amiri", "leaderOf", "badr")),
    case("en.leader.person_title_of",
         "Qais al-Khazali, the leader of Asaib Ahl al-Haq, praised the attack.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    case("en.leader.whose_leader_is",
         "Kataib Sayyid al-Shuhada, whose secretary-general is Abu Alaa al-Walai, denied the report.",
         ("walai", "leaderOf", "kataib_sayyid_al_shuhada")),
    case("en.located.capital_of",
         "Drones were launched at Sanaa, the capital of Yemen, and at Baghdad, Iraq's capital.",
         ("sanaa", "locatedIn", "yemen"), ("baghdad", "locatedIn", "iraq")),
    case("en.located.on_coast",
         "Warships patrolled off Hodeidah, on Yemen's western coast, for a week.",
         ("hodeidah", "locatedIn", "yemen")),
    case("en.member.make_up",
         "Badr, Nujaba and Kataib Sayyid al-Shuhada formed the Islamic Resistance in Iraq.",
         ("nujaba", "memberOf", "islamic_resistance_iraq"),
         ("kataib_sayyid_al_shuhada", "memberOf", "islamic_resistance_iraq")),
    case("en.member.apposition_group_noun",
         "Fighters of Asaib Ahl al-Haq, an Iran-backed PMF brigade, were deployed to the border.",
         ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("en.leader.led_by",
         "Operation Prosperity Guardian, led by the United States, patrols the Red Sea.",
         ("usa", "leaderOf", "prosperity_guardian")),
    case("en.leader.led_prefix",
         "The US-led Operation Prosperity Guardian began patrols in December.",
         ("usa", "leaderOf", "prosperity_guardian")),
    # --- spokespersonOf ---------------------------------------------------------------
    case("en.spokes.org_title_person",
         "Hamas spokesman Hazem Qassem said the group rejected the plan.",
         (person_key("Hazem Qassem"), "spokespersonOf", "hamas")),
    case("en.spokes.person_title_org",
         "Abu Obeida, the military spokesman for the Qassam Brigades, appeared in a video.",
         ("abu_obeida", "spokespersonOf", "qassam_brigades")),
    case("en.spokes.title_for_org_person",
         "A spokesman for the Houthis, Mohammed Abdulsalam, rejected the talks.",
         ("mohammed_abdulsalam", "spokespersonOf", "houthis")),
    case("en.spokes.role_filled",
         "Hamas spokesman Hazem Qassem said the group rejected the plan. "
         "Its spokesman Abu Obeida said fighters destroyed two tanks.",
         ("abu_obeida", "spokespersonOf", "hamas")),
    # --- officialOf -------------------------------------------------------------------
    case("en.official.state_title_person",
         "U.S. Defense Secretary Lloyd Austin spoke with his Israeli counterpart.",
         ("austin", "officialOf", "usa")),
    case("en.official.state_title_person",
         "Turkey's chief of staff, General Metin Gurak, visited the border.",
         (person_key("Metin Gurak"), "officialOf", "turkey")),
    case("en.official.person_title_state",
         "Antony Blinken, the U.S. secretary of state, arrived in Doha.",
         ("blinken", "officialOf", "usa")),
    case("en.official.title_of_state",
         "The foreign minister of Iran, Hossein Amir-Abdollahian, visited Beirut.",
         ("amir_abdollahian", "officialOf", "iran")),
    # --- opposes ----------------------------------------------------------------------
    case("en.opposes.anti_prefix",
         "The anti-ISIS Syrian Democratic Forces control much of the northeast.",
         ("sdf", "opposes", "isis")),
    case("en.opposes.war_between",
         "Clashes between Hezbollah and Israel intensified on Monday.",
         ("hezbollah", "opposes", "israel"), ("israel", "opposes", "hezbollah")),
    case("en.opposes.exchange_fire",
         "Kataib Hezbollah and US forces have traded strikes since October.",
         ("kataib_hezbollah", "opposes", "usa"), ("usa", "opposes", "kataib_hezbollah")),
    case("en.opposes.war_with",
         "The Houthis' campaign against Israel has disrupted shipping.",
         ("houthis", "opposes", "israel")),
    case("en.opposes.fighting",
         "Hamas has been fighting Israel since October.",
         ("hamas", "opposes", "israel")),
    case("en.opposes.against_apposition",
         "The SDF, the main force battling ISIS in Syria, lost ten fighters.",
         ("sdf", "opposes", "isis")),
    # --- alliedWith -------------------------------------------------------------------
    case("en.allied.ally_of",
         "Jordan, a close ally of Washington, condemned the attack.",
         ("jordan", "alliedWith", "usa")),
    case("en.allied.allied_with",
         "Syria is allied with Russia and Iran.",
         ("syria", "alliedWith", "russia")),
    # --- locatedIn --------------------------------------------------------------------
    case("en.located.town_in_area",
         "Displaced families returned to Sinjar in Nineveh province.",
         ("sinjar", "locatedIn", "nineveh")),
    case("en.located.site_in",
         "Drones struck Tower 22 in northeast Jordan.",
         ("tower_22", "locatedIn", "jordan")),
    case("en.located.possessive",
         "Militants attacked a checkpoint in Iraq's Anbar province.",
         ("anbar", "locatedIn", "iraq")),
    case("en.located.is_located_in",
         "Al-Tanf is located in southeastern Syria near the Jordanian border.",
         ("al_tanf", "locatedIn", "syria")),
    case("en.located.town_comma_state",
         "A drone exploded near Qamishli, Syria, on Sunday.",
         ("qamishli", "locatedIn", "syria")),
    # --- operatedBy -------------------------------------------------------------------
    case("en.operated.by",
         "Tower 22, a logistics hub used by U.S. forces, was attacked.",
         ("tower_22", "operatedBy", "usa")),
    case("en.operated.apposition",
         "Ain al-Asad, a U.S. military base in Anbar, came under rocket fire.",
         ("ain_al_asad", "operatedBy", "usa")),
    case("en.operated.hosting",
         "Harir Air Base, which hosts American forces, was targeted.",
         ("harir", "operatedBy", "usa")),
    case("en.operated.owner_role",
         "The tanker Marlin Luanda's British operator, Oceanic Lines, said the fire was out.",
         (mint_key("Marlin Luanda"), "operatedBy", mint_key("Oceanic Lines"))),
    case("en.operated.vessel_named",
         "Drones flew over the tanker Sea Champion."),
    case("en.operated.its_operator",
         "Houthi boats approached the bulk carrier Sea Champion off Hodeidah. Its Greek owner, Oceanic Lines, "
         "said the crew was safe.",
         (mint_key("Sea Champion"), "operatedBy", mint_key("Oceanic Lines"))),
    case("en.operated.own_vessel",
         "The Royal Navy said its destroyer HMS Diamond shot down seven drones.",
         (mint_key("Diamond"), "operatedBy", "royal_navy")),
    # --- kinds of phrasing seen in the real press (issue 13), our own sentences ----------
    case("en.supports.backed_apposition",
         "Asaib Ahl al-Haq, a powerful Tehran-backed faction, set up checkpoints in Basra.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("en.supports.umbrella_of_backed",
         "The Islamic Resistance in Iraq, a loose coalition of Iranian-backed factions, claimed the strike.",
         ("iran", "supports", "islamic_resistance_iraq")),
    case("en.member.includes_such_as",
         "The Popular Mobilization Forces include dozens of armed groups, such as Asaib Ahl al-Haq, the Badr Organization, and Kataib Sayyid al-Shuhada.",
         ("asaib_ahl_al_haq", "memberOf", "pmf"), ("badr", "memberOf", "pmf"),
         ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("en.member.integrated_into",
         "Badr fighters were formally integrated into the Popular Mobilization Forces in 2016.",
         ("badr", "memberOf", "pmf")),
    case("en.member.person_commanded_org",
         "Shibl al-Zaydi, who ran Nujaba drone operations, was sanctioned.",
         ("shibl_zaydi", "memberOf", "nujaba")),
    case("en.member.person_in_charge_of_org",
         "Abu Fadak al-Mohammedawi, the official in charge of Nujaba's missile units, was not hurt.",
         ("abu_fadak", "memberOf", "nujaba")),
    case("en.leader.the_title_of_org_person",
         "Speaking on Friday, the secretary-general of Asaib Ahl al-Haq, Qais al-Khazali, urged calm.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    case("en.supports.backed_collective_names",
         "Washington blamed Iranian-backed militias, including Asaib Ahl al-Haq and Kataib Sayyid al-Shuhada, for the rockets.",
         ("iran", "supports", "asaib_ahl_al_haq"), ("iran", "supports", "kataib_sayyid_al_shuhada")),
    case("en.member.includes_count",
         "The Popular Mobilization Forces, set up in 2014, include Badr and Kataib Hezbollah among dozens of factions.",
         ("badr", "memberOf", "pmf"), ("kataib_hezbollah", "memberOf", "pmf")),
    case("en.member.within_org",
         "Kataib Sayyid al-Shuhada within the Popular Mobilization Forces answers to Tehran.",
         ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("en.member.org_role_bare",
         "Asaib Ahl al-Haq lawmaker Hassan Salem called for a vote.",
         (person_key("Hassan Salem"), "memberOf", "asaib_ahl_al_haq")),
    case("en.official.prime_minister",
         "In Baghdad, Prime Minister Mohammed Shia al-Sudani met tribal leaders from Anbar in Iraq.",
         ("sudani", "officialOf", "iraq")),
    case("en.member.possessive_wing",
         "The IRGC's external operations arm, the Quds Force, trains militias abroad.",
         ("quds_force", "memberOf", "irgc")),
    case("en.member.person_org_role",
         "Jawad al-Tulaibawi, a senior Asaib Ahl al-Haq political official, denied the report.",
         ("jawad_tulaibawi", "memberOf", "asaib_ahl_al_haq")),
    case("en.supports.apposition_backed_collective",
         "Harakat al-Nujaba, one of several Tehran-backed factions in Iraq, threatened US forces.",
         ("iran", "supports", "nujaba")),
    case("en.operated.group_controls",
         "The Houthis, who seized the capital Sanaa in 2014, fired a missile.",
         ("sanaa", "operatedBy", "houthis")),
    case("en.operated.group_controls",
         "The Houthis, who hold most of the north including the city of Saada, denied it.",
         ("saada", "operatedBy", "houthis")),
    case("en.supports.backed_group_antecedent",
         "Hamas leader Yahya Sinwar rejected talks with Israel, saying the Iran-backed militant group would fight on.",
         ("iran", "supports", "hamas")),
    case("en.leader.its_leader",
         "Asaib Ahl al-Haq mourned the fighters, and its leader, Qais al-Khazali, attended the funeral.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    case("en.member.org_possessive_role",
         "Nujaba's top military commander, Abu Fadak al-Mohammedawi, survived the strike.",
         ("abu_fadak", "memberOf", "nujaba")),
    case("en.member.org_possessive_role",
         "Yahya Sinwar, Hamas's most senior official in Gaza, was killed.",
         ("sinwar", "memberOf", "hamas")),
    case("en.member.and_its_unit",
         "Hamas and its Qassam Brigades rejected the plan.",
         ("qassam_brigades", "memberOf", "hamas")),
    case("en.member.whose_group_is_part_of",
         "Badr chief Hadi al-Amiri, whose group is part of the Popular Mobilization Forces, met the premier.",
         ("badr", "memberOf", "pmf")),
    case("en.member.unit_of_group",
         "The Radwan Force of Lebanon's Hezbollah moved south.",
         ("radwan_force", "memberOf", "hezbollah")),
    case("en.official.prime_minister",
         "Prime Minister Mohammed Shia al-Sudani, speaking in Baghdad about Iraq's security, said Iraq would not be a battlefield for Iran or Syria.",
         ("sudani", "officialOf", "iraq")),
    case("en.leader.person_heads_org",
         "Rashad al-Alimi, who heads Yemen's Presidential Leadership Council, met the envoy.",
         ("alimi", "leaderOf", "presidential_leadership_council")),
    case("en.member.its_member",
         "Hamas mourned the fighters, and one of its senior officials, Osama Hamdan, spoke at the funeral.",
         ("osama_hamdan", "memberOf", "hamas")),
    case("en.supports.backed_collective_names",
         "Armed factions aligned with Iran, including Harakat al-Nujaba, claimed the strike.",
         ("iran", "supports", "nujaba")),
    case("en.member.unit_commander_person",
         "The strike killed the commander of Hamas's rocket unit, Yahya Sinwar, officials claimed.",
         ("sinwar", "memberOf", "hamas")),
    case("en.located.kind_of_town",
         "A drone hit a house in the southern Lebanese border town of Bint Jbeil.",
         ("bint_jbeil", "locatedIn", "lebanon")),
    case("en.operated.controlled_by",
         "Airstrikes hit the Houthi-held port city of Hodeidah overnight.",
         ("hodeidah", "operatedBy", "houthis")),
    case("en.operated.controlled_by",
         "The missile was fired from Saada, which is controlled by the Houthis.",
         ("saada", "operatedBy", "houthis")),
    case("en.official.state_title_person",
         "Iranian special envoy Ali Bagheri arrived in Damascus.",
         ("bagheri_kani", "officialOf", "iran")),
    # --- second round (issue 13): kinds checked on further real articles, our sentences --
    case("en.member.person_org_role",
         "Shibl al-Zaydi, a high-ranking Nujaba figure, appeared at the funeral.",
         ("shibl_zaydi", "memberOf", "nujaba")),
    case("en.supports.backed_by",
         "Badr, a large Shiite armed group funded by Tehran, stayed out of the fighting.",
         ("iran", "supports", "badr")),
    case("en.leader.person_org_possessive_title",
         "Qais al-Khazali, Asaib Ahl al-Haq's secretary-general, called for calm.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    case("en.located.site_hosting_in",
         "Rockets fell near Ain al-Asad, which hosts coalition troops in western Iraq.",
         ("ain_al_asad", "locatedIn", "iraq")),
    case("en.member.one_of_the_in",
         "Kataib Sayyid al-Shuhada is one of the largest factions in the so-called Islamic Resistance in Iraq.",
         ("kataib_sayyid_al_shuhada", "memberOf", "islamic_resistance_iraq")),
    case("en.supports.group_noun_allied_antecedent",
         "Asaib Ahl al-Haq fired drones at the base, and the Iraqi militia backed by Tehran vowed more.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("en.supports.which_clause_aligned",
         "Nujaba, which runs checkpoints across Baghdad and is closely aligned with Tehran, denied it.",
         ("iran", "supports", "nujaba")),
    case("en.allied.group_ally",
         "Islamic Jihad, a close Hamas ally, fired rockets at Sderot.",
         ("pij", "alliedWith", "hamas")),
    case("en.member.group_announces_death",
         "Kataib Hezbollah announced the death of a senior commander, identifying him as Abu Fadak al-Mohammadawi.",
         ("abu_fadak", "memberOf", "kataib_hezbollah")),
    case("en.member.group_announces_death",
         "Nujaba said in a statement that Shibl al-Zaydi had been killed near the border.",
         ("shibl_zaydi", "memberOf", "nujaba")),
    case("en.member.second_in_command",
         "Naim Qassem, the deputy secretary-general of Hezbollah, gave a speech.",
         ("naim_qassem", "memberOf", "hezbollah")),
    case("en.member.apposition",
         "Asaib Ahl al-Haq, part of the state-sanctioned Popular Mobilization Forces, denied a role.",
         ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("en.supports.backed_prefix",
         "The Iran-allied Nujaba movement threatened US forces.",
         ("iran", "supports", "nujaba")),
    case("en.supports.backed_apposition",
         "Kataib Sayyid al-Shuhada, an Iran-linked faction, denied the claim.",
         ("iran", "supports", "kataib_sayyid_al_shuhada")),
    case("en.supports.umbrella_of_backed_nisba",
         "The Coordination Framework, a coalition of Iranian-aligned Shiite parties, met on Sunday.",
         ("iran", "supports", "coordination_framework")),
    case("en.member.apposition",
         "Badr is a Shiite armed faction within the pro-Iran ruling Coordination Framework alliance.",
         ("badr", "memberOf", "coordination_framework")),
    # --- third round of issue 13 (kinds seen on more real articles; our own sentences) ---
    case("en.supports.backed_collective_list",
         "Washington blamed Iran-backed militias Kataib Sayyid al-Shuhada and Badr for the rockets.",
         ("iran", "supports", "kataib_sayyid_al_shuhada"), ("iran", "supports", "badr")),
    case("en.supports.backed_and_funded_list",
         "The attacks are the work of Iran-backed and state-funded militias Badr and Kataib Sayyid al-Shuhada.",
         ("iran", "supports", "badr"), ("iran", "supports", "kataib_sayyid_al_shuhada")),
    case("en.supports.support_noun",
         "Russia offers diplomatic and military support to the Syrian government.",
         ("russia", "supports", "syria_government")),
    case("en.supports.support_noun",
         "Protesters condemned Moscow's continued support for the Syrian government.",
         ("russia", "supports", "syria_government")),
    case("en.member.operates_within",
         "Badr and Kataib Sayyid al-Shuhada operate under an umbrella group called the Popular Mobilization Forces.",
         ("badr", "memberOf", "pmf"), ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("en.allied.fights_alongside",
         "Kataib Sayyid al-Shuhada, an Iraqi faction that fights alongside Hezbollah, lost two men.",
         ("kataib_sayyid_al_shuhada", "alliedWith", "hezbollah")),
    case("en.located.site_in",
         "Two rockets hit Ain al-Asad air base in the governorate of Anbar on Monday.",
         ("ain_al_asad", "locatedIn", "anbar")),
    # --- fourth round of issue 13 (our own sentences) ---------------------------------
    # a body named with its group's possessive; "the group's" is the group, not the body
    case("en.member.possessive_body",
         "Hamas's Shura Council met in Doha on Monday.",
         ("shura_council", "memberOf", "hamas")),
    case("en.leader.appointed_as",
         "Hamas's Shura Council, the group's top decision-making body, appointed Khaled Meshaal as the "
         "group's new leader.",
         ("meshaal", "leaderOf", "hamas")),
    case("en.leader.appointed_as",
         "The council named Khaled Meshaal as head of Hamas after the funeral.",
         ("meshaal", "leaderOf", "hamas")),
    # an alliance "between" or "of" its members, its adjectives before the noun
    case("en.member.alliance_between",
         "The Axis of Resistance, a loose anti-Israeli alliance between Iran and Hezbollah, "
         "vowed to respond.",
         ("iran", "memberOf", "axis_of_resistance"), ("hezbollah", "memberOf", "axis_of_resistance")),
    # the group named before a second's title
    case("en.member.second_in_command",
         "Kamal al-Shammari, the PMF chief of staff, met the prime minister.",
         (person_key("Kamal al-Shammari"), "memberOf", "pmf")),
    # a person the lexicon does not know, the group named before the role noun
    case("en.member.person_org_role",
         "Kamal al-Shammari, a senior Kataib Hezbollah official, was killed in the strike.",
         (person_key("Kamal al-Shammari"), "memberOf", "kataib_hezbollah")),
    # backing in the press's words: a faction "close to" a backer, an accusation of arming
    case("en.supports.apposition_close_to",
         "Kataib Sayyid al-Shuhada, a hardline faction close to Iran's Revolutionary Guards, vowed revenge.",
         ("irgc", "supports", "kataib_sayyid_al_shuhada")),
    # former and late heads are annotated as heads (the dev conventions annotate former posts)
    case("en.leader.org_title_person",
         "Hamas's late leader, Ismail Haniyeh, was killed in Tehran.",
         ("haniyeh", "leaderOf", "hamas")),
    case("en.leader.person_org_possessive_title",
         "Ismail Haniyeh, Hamas's former leader, was killed in Tehran.",
         ("haniyeh", "leaderOf", "hamas")),
    # a member of the group's body, the body named between the group and the role
    case("en.member.org_role_bare",
         "Hamas political bureau member Osama Hamdan said talks had stalled.",
         ("osama_hamdan", "memberOf", "hamas")),
    # a list backed as a whole; a chairman heads
    case("en.supports.list_all_backed",
         "Badr and Asaib Ahl al-Haq, both backed by Iran, joined the new government.",
         ("iran", "supports", "badr"), ("iran", "supports", "asaib_ahl_al_haq")),
    case("en.leader.org_title_person",
         "The PMF's chairman, Falih al-Fayyadh, rejected the report.",
         ("fayyadh", "leaderOf", "pmf")),
    # a person's apposition the lexicon does not know opens with a role noun
    case("en.member.role_in_org",
         "Abbas al-Tamimi, a senior commander of Kataib Sayyid al-Shuhada, died in an air raid.",
         (person_key("Abbas al-Tamimi"), "memberOf", "kataib_sayyid_al_shuhada")),
]


def test_relations_en_is_after_a_comma_belongs_to_the_earlier_subject(analyze):
    # In "X, which operates within Y, is part of Z" Y is no member of Z.
    result = analyze("Nujaba, which operates within the Popular Mobilization Forces, is part of "
                     "the Islamic Resistance in Iraq.", "en")
    assert ("pmf", "memberOf", "islamic_resistance_iraq") not in result.triples, result.describe()


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_relations_en_rule_generalises(analyze, rule_id, sentence, expected):
    result = analyze(sentence, "en")
    assert_case(result, rule_id, expected, asserted=rule_id != "en.supports.denies_verb")


def test_relations_en_every_rule_has_a_case():
    covered = {p.values[0] for p in CASES + EN_CASES + BACKING_CASES + JOINED_CASES + REPORTED_CASES + WIRE_CASES + PROBE_CASES + TRANSFER_CASES + LIST_CASES + UNIT_CASES + RELATIVE_CASES
               + BARE_TITLE_CASES + UNSEEN_CASES + DESCRIPTION_CASES + OPERATION_CASES
               + CENSUS_POST_CASES + CENSUS_PART_CASES + NO_BACKED_CASES + INSTITUTION_CASES
               + SPLIT_POST_CASES}
    missing = [r.id for r in load_rules("en", "relations") if r.id not in covered]
    assert not missing, f"rules without a test sentence: {missing}"


def test_relations_en_role_needs_an_opened_role(analyze):
    result = analyze("The spokesman Abu Obeida said fighters destroyed two tanks.", "en")
    assert not result.relations("abu_obeida", "spokespersonOf"), result.describe()


# --- polarity ------------------------------------------------------------------------

def test_relations_en_denial_inside_that_clause_is_denied(analyze):
    result = analyze("Iranian foreign ministry spokesman Nasser Kanaani denied that Iran funds Hamas.", "en")
    found = result.relations("iran", "supports", "hamas")
    assert found, result.describe()
    assert {r.polarity for r in found} == {DENIED}, result.describe()
    assert {r.evidence.said_by for r in found} == {"kanaani"}


def test_relations_en_same_clause_without_denial_is_asserted(analyze):
    result = analyze("Iran funds Hamas.", "en")
    assert {r.polarity for r in result.relations("iran", "supports", "hamas")} == {ASSERTED}


@pytest.mark.parametrize("sentence, triple, speaker", [
    pytest.param("The Pentagon said that Iran funds Hamas.", ("iran", "supports", "hamas"), "pentagon",
                 id="said-that"),
    pytest.param("According to the Syrian Observatory, the IRGC trains Fatemiyoun fighters in Palmyra.",
                 ("irgc", "supports", "fatemiyoun"), "sohr", id="according-to"),
])
def test_relations_en_reported_speech_carries_its_speaker(analyze, sentence, triple, speaker):
    result = analyze(sentence, "en")
    found = result.relations(*triple)
    assert found, result.describe()
    assert all(r.polarity == REPORTED and r.evidence.said_by == speaker for r in found), result.describe()


def test_relations_en_government_spokesman_speaks_for_the_government(analyze):
    result = analyze("Lebanese government spokesman Ziad Makary said the army would deploy.", "en")
    assert (mint_key("Ziad Makary"), "spokespersonOf", "lebanon_government") in result.triples, result.describe()
    assert not result.relations(mint_key("Ziad Makary"), "spokespersonOf", "lebanon"), result.describe()


def test_relations_en_parenthesised_acronym_keeps_the_apposition(analyze):
    result = analyze("The Syrian Democratic Forces (SDF), Washington's key partner against IS, detained ten men.", "en")
    assert ("usa", "supports", "sdf") in result.triples, result.describe()


@pytest.mark.parametrize("sentence, triple", [
    pytest.param("Israel continued its war on Gaza.", ("israel", "opposes", "gaza"), id="war-on-a-place"),
    pytest.param("Hamas officials visited Tehran on Sunday.", ("iran", "supports", "hamas"), id="visit"),
    pytest.param("Jordan condemned the war on Gaza.", ("jordan", "opposes", "gaza"), id="condemned-war-on"),
    pytest.param("Asaib Ahl al-Haq, which sits within the Popular Mobilization Forces, is part of the "
                 "Coordination Framework.", ("pmf", "memberOf", "coordination_framework"), id="apposition-skips-verbs"),
    pytest.param("The Islamic Resistance in Iraq, itself an umbrella group of Iran-backed factions, claimed the drone attack.",
                 ("islamic_resistance_iraq", "memberOf", "iran_backed_armed_groups"), id="umbrella-is-no-member"),
    pytest.param("Hamas attacked Israel on Saturday, and Iran welcomed what the Iran-backed group did.",
                 ("iran", "supports", "israel"), id="backed-group-nearest-group-only"),
    pytest.param("Israel said Hamas fighters crossed the fence with the help of Iran.",
                 ("iran", "supports", "israel"), id="help-goes-to-the-nearest-actor-only"),
    pytest.param("Ain al-Asad air base in Anbar was attacked.", ("anbar", "locatedIn", "ain_al_asad"),
                 id="located-in-is-directed"),
    pytest.param("Iraqi militias Badr and Kataib Sayyid al-Shuhada held a parade in Baghdad.",
                 ("iraq", "supports", "badr"), id="a-nisba-collective-names-no-backer"),
    pytest.param("Israel thanked Washington for its support for the operation against Hamas.",
                 ("usa", "supports", "hamas"), id="support-for-an-operation-is-no-support-for-its-target"),
])
def test_relations_en_not_produced(analyze, sentence, triple):
    result = analyze(sentence, "en")
    assert triple not in result.triples, result.describe()


def test_relations_en_commanding_a_groups_units_is_no_leadership(analyze):
    result = analyze("Fadel Ibrahim, who commanded Hezbollah operations near the border, was killed.", "en")
    assert not result.relations(predicate="leaderOf"), result.describe()


def test_relations_en_document_state_counts_possessives(analyze):
    # "Iraq's" names the state the text is about, as "in Iraq" would.
    result = analyze("Iraq's parliament met as US pressure grew. Iraq's leaders and Iraq's blocs argued. "
                     "Prime Minister Mohammed Shia al-Sudani attended.", "en")
    assert ("sudani", "officialOf", "iraq") in result.triples, result.describe()


def test_relations_en_unit_commander_is_no_head_of_the_group(analyze):
    # "the commander of X's coastal sector" heads a unit of X, not X itself.
    result = analyze("Israel said it killed Abu Fadak al-Mohammadawi, the commander of "
                     "Kataib Hezbollah's western sector.", "en")
    assert ("abu_fadak", "leaderOf", "kataib_hezbollah") not in result.triples, result.describe()



def test_relations_en_a_predicate_after_a_relative_clause_is_said_of_its_antecedent(analyze):
    result = analyze("Asaib Ahl al-Haq, which operates in several provinces of Iraq, is funded by Tehran.", "en")
    assert result.relations("iran", "supports", "asaib_ahl_al_haq"), result.describe()
    assert not result.relations("iran", "supports", "iraq"), result.describe()


def test_relations_en_the_actor_after_by_is_not_backed(analyze):
    result = analyze("The Popular Mobilization Forces include several factions backed by Iran.", "en")
    assert not [r for r in result.relations(predicate="supports", obj="iran")], result.describe()


def test_relations_en_a_deputy_told_with_a_copula_is_a_member(analyze):
    result = analyze("Abu Fadak al-Mohammedawi was the deputy head of the Popular Mobilization Forces.", "en")
    assert result.relations(predicate="memberOf", obj="pmf"), result.describe()
    assert not result.relations(predicate="leaderOf", obj="pmf"), result.describe()

"""Relation rules of the fifth round of issue 13: kinds of press wording of broad reach
(membership by belonging, joining and "among the factions of", lists after a fronted
group, places after a comma or in an apposition). Every sentence is our own, with other
actors and places than the rule's comment. The coverage tests of
``test_relations_{ar,en}.py`` count these cases too."""
from __future__ import annotations

import pytest

from kg.keys import mint_key, person_key
from tests.pipeline.relations.relation_cases import assert_case, case




AR_CASES = [
    # "among the factions of": after a pronoun, a verb or a superlative; the plural head
    # noun may have been read as a collective mention
    case("ar.member.one_of",
         "وأعلنت عصائب أهل الحق، وهي من فصائل الحشد الشعبي، رفضها للقرار.",
         ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("ar.member.counted_among",
         "وكانت حركة النجباء من فصائل المقاومة الإسلامية في العراق قبل انسحابها.",
         ("nujaba", "memberOf", "islamic_resistance_iraq")),
    # the group named first, its members after it
    case("ar.member.fronted_most_prominent",
         "ومن أهم فصائل المقاومة الإسلامية في العراق حركة النجباء وكتائب سيد الشهداء.",
         ("nujaba", "memberOf", "islamic_resistance_iraq"),
         ("kataib_sayyid_al_shuhada", "memberOf", "islamic_resistance_iraq")),
    # belonging and joining, verb first or after the member
    case("ar.member.belongs_to",
         "وانضمت كتائب حزب الله رسمياً إلى هيئة الحشد الشعبي بعد عام 2016.",
         ("kataib_hezbollah", "memberOf", "pmf")),
    case("ar.member.belongs_to",
         "وأكدت منظمة بدر، التي تنتمي إلى الإطار التنسيقي، دعمها للحكومة.",
         ("badr", "memberOf", "coordination_framework")),
    # "تضم Y فصائل A وB": the plural head noun does not stand for the members
    case("ar.member.verb_first_includes",
         "ويضم الحشد الشعبي ألوية منظمة بدر وعصائب أهل الحق.",
         ("badr", "memberOf", "pmf"), ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("ar.member.belongs_to",
         "وتتبع كتائب سيد الشهداء تنظيمياً لهيئة الحشد الشعبي.",
         ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("ar.member.verb_first_includes",
         "وتضم المقاومة الإسلامية في العراق كذلك حركة النجباء.",
         ("nujaba", "memberOf", "islamic_resistance_iraq")),
    # an arm "of the forces of" a group, as a predicate
    case("ar.member.arm_of",
         "وفيلق القدس هو الذراع الخارجية لقوات الحرس الثوري.",
         ("quds_force", "memberOf", "irgc")),
    # leaders of a body, then "among them" a list of names
    case("ar.member.role_plural_names",
         "واجتمع قادة الإطار التنسيقي، ومنهم هادي العامري وقيس الخزعلي، في بغداد.",
         ("amiri", "memberOf", "coordination_framework"), ("khazali", "memberOf", "coordination_framework")),
    # the person first, then the head of one area or sector "in" the group
    case("ar.member.person_unit_head",
         "وقتل حسن داود، مسؤول قطاع بنت جبيل في حزب الله، بغارة.",
         (mint_key("حسن داود"), "memberOf", "hezbollah")),
    # backing as something received or given, and the backer named as such
    case("ar.supports.receives_from",
         "وتتلقى حركة الجهاد الإسلامي أسلحة وتدريبا من إيران منذ سنوات.",
         ("iran", "supports", "pij")),
    case("ar.supports.gives_to",
         "وتوفر روسيا الدعم العسكري لقوات سوريا الديمقراطية في الشمال.",
         ("russia", "supports", "sdf")),
    case("ar.supports.gives_to",
         "وطهران هي الداعم الأبرز لحركة النجباء في العراق.",
         ("iran", "supports", "nujaba")),
    case("ar.supports.proxy_apposition",
         "وكتائب حزب الله هي أقرب حلفاء إيران في العراق.",
         ("iran", "supports", "kataib_hezbollah")),
    case("ar.member.belongs_to",
         "وتنتمي حركة النجباء إلى ما يسمى محور المقاومة.",
         ("nujaba", "memberOf", "axis_of_resistance")),
    # two groups described together by a dual pronoun or adjective
    case("ar.member.pair_among",
         "وأعلنت منظمة بدر وعصائب أهل الحق، وهما من أكبر فصائل الحشد الشعبي، دعمهما للحكومة.",
         ("badr", "memberOf", "pmf"), ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("ar.member.pair_among",
         "وشيعت كتائب سيد الشهداء وحركة النجباء المنضويتين في الحشد الشعبي مقاتلين.",
         ("kataib_sayyid_al_shuhada", "memberOf", "pmf"), ("nujaba", "memberOf", "pmf")),
    # elected or appointed as head (the accusative title after the name)
    case("ar.leader.appointed_as",
         "واختارت الحركة يحيى السنوار زعيماً لحركة حماس بعد اغتيال هنية.",
         ("sinwar", "leaderOf", "hamas")),
    # a district or sub-district head noun before the place
    case("ar.located.town_in_area",
         "وقصفت المدفعية قرية كفركلا في قضاء مرجعيون.",
         ("kfar_kila", "locatedIn", "marjayoun")),
    # --- sixth round: backing agreed with a whole list, and modifiers after a nisba ---
    # a dual or plural modifier after a list backs every member, not only the last
    case("ar.supports.list_backed_agreement",
         "وأصدرت حركة النجباء وكتائب سيد الشهداء المواليتان لطهران بيانا مشتركا.",
         ("iran", "supports", "nujaba"), ("iran", "supports", "kataib_sayyid_al_shuhada")),
    case("ar.supports.list_backed_agreement",
         "وأصدرت عصائب أهل الحق ومنظمة بدر، المدعومتين من إيران، بيانين منفصلين.",
         ("iran", "supports", "asaib_ahl_al_haq"), ("iran", "supports", "badr")),
    # the backing phrase between a collective and the groups it names
    case("ar.supports.backed_collective_then_names",
         "وهددت جماعات مسلحة موالية لإيران، ومن بينها حركة النجباء، بالرد على الغارة.",
         ("iran", "supports", "nujaba")),
    case("ar.supports.backed_collective_then_names",
         "وحملت واشنطن الفصائل المدعومة من طهران مثل عصائب أهل الحق وكتائب حزب الله المسؤولية.",
         ("iran", "supports", "asaib_ahl_al_haq"), ("iran", "supports", "kataib_hezbollah")),
    # a proxy noun after a list, with a dual pronoun
    case("ar.supports.proxy_apposition",
         "ويرى محللون أن كتائب حزب الله وحركة النجباء هما أقرب حلفاء إيران في العراق.",
         ("iran", "supports", "kataib_hezbollah"), ("iran", "supports", "nujaba")),
    # a group's state nisba between its name and the modifier ("أنصار الله اليمنية")
    case("ar.supports.allied_to_state",
         "ولم تقبل حركة حماس الفلسطينية المقربة من طهران بالعرض الأخير.",
         ("iran", "supports", "hamas")),
    # a body or a role named through a pronoun: the group is the antecedent
    case("ar.leader.its_political_body_head",
         "ووصل وفد حركة حماس إلى القاهرة يتقدمه رئيس مكتبها السياسي، خالد مشعل، مساء الأحد.",
         ("meshaal", "leaderOf", "hamas")),
    case("ar.member.its_body_or_role",
         "وشاركت جماعة أنصار الله في المؤتمر بوفد ضم عضو مكتبها السياسي محمد البخيتي.",
         ("mohammed_bukhaiti", "memberOf", "houthis")),
    case("ar.member.its_body_or_role",
         "وأصيب في القصف على مقر لحركة النجباء المسؤول العسكري فيها أبو حسن الكناني.",
         (mint_key("أبو حسن الكناني"), "memberOf", "nujaba")),
    # the backed description first, the group's name after "known as / calling itself"
    case("ar.supports.backed_known_as",
         "وأعلنت جماعة عراقية مدعومة من طهران تعرف باسم كتائب سيد الشهداء مسؤوليتها عن القصف.",
         ("iran", "supports", "kataib_sayyid_al_shuhada")),
    case("ar.supports.backed_known_as",
         "وتبنى فصيل موال لإيران يطلق على نفسه اسم حركة النجباء إطلاق الطائرة.",
         ("iran", "supports", "nujaba")),
    # founded "as" a backed faction
    case("ar.supports.founded_as_backed",
         "وكانت كتائب سيد الشهداء قد تشكلت عام 2013 كفصيل مسلح مدعوم من إيران.",
         ("iran", "supports", "kataib_sayyid_al_shuhada")),
    # "part of" graded, a component or pillar, and for a list
    case("ar.member.part_of",
         "وتشكل عصائب أهل الحق جزءا مهما من الإطار التنسيقي.",
         ("asaib_ahl_al_haq", "memberOf", "coordination_framework")),
    case("ar.member.part_of",
         "وتعد حركة النجباء وكتائب سيد الشهداء مكونا أساسيا في المقاومة الإسلامية في العراق.",
         ("nujaba", "memberOf", "islamic_resistance_iraq"),
         ("kataib_sayyid_al_shuhada", "memberOf", "islamic_resistance_iraq")),
    # a description in a second clause whose verb holds the person as a pronoun
    case("ar.member.described_later",
         "وأعلنت إسرائيل اغتيال علي كركي في الضربة، ووصفته بأنه قائد الجبهة الجنوبية في حزب الله.",
         ("ali_karaki", "memberOf", "hezbollah")),
    # "مسئول", the other spelling of the role noun
    case("ar.member.role_named",
         "وقتل في القصف مسئول بارز في حركة الجهاد الإسلامي يدعى زياد النخالة.",
         ("nakhalah", "memberOf", "pij")),
    # taking the head's post, or elected "as its head"
    case("ar.leader.took_office",
         "وتقلد أكرم الكعبي منصب الأمين العام لحركة النجباء منذ تأسيسها.",
         ("kaabi", "leaderOf", "nujaba")),
    case("ar.leader.took_office",
         "واختارت منظمة بدر هادي العامري رئيسا لها في مؤتمرها الأخير.",
         ("amiri", "leaderOf", "badr")),
    case("ar.leader.took_office",
         "ويرى مراقبون أن أكرم الكعبي الذي خلف شبل الزيدي في قيادة حركة النجباء أكثر تشددا.",
         ("kaabi", "leaderOf", "nujaba")),
    # the group's head noun after the title
    case("ar.leader.person_title_org",
         "وقال هادي العامري، قائد ميليشيا منظمة بدر، إن السلاح باق.",
         ("amiri", "leaderOf", "badr")),
    # a counted backed collective, then the names it counts
    case("ar.supports.counted_backed_then_names",
         "وحذر التقرير من جماعتين مدعومتين من إيران في سوريا، هما لواء فاطميون ولواء زينبيون.",
         ("iran", "supports", "fatemiyoun"), ("iran", "supports", "zainabiyoun")),
    # a town or district "belonging to" a province
    case("ar.located.belongs_to_area",
         "وانفجرت عبوة في قضاء الفلوجة التابع لمحافظة الأنبار صباح اليوم.",
         ("fallujah", "locatedIn", "anbar")),
    # a region right after a town, no preposition between (round attack-places)
    case("ar.located.town_then_region",
         "وسقطت قذيفتان على أطراف بلدة الخيام جنوب لبنان مساء أمس.",
         ("khiam", "locatedIn", "south_lebanon")),
]

EN_CASES = [
    case("en.member.one_of_the_in",
         "Asaib Ahl al-Haq, one of the largest militias of the Popular Mobilization Forces, denied the report.",
         ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("en.member.possessive_unit",
         "Iran's Revolutionary Guards' elite Quds Force runs the network abroad.",
         ("quds_force", "memberOf", "irgc")),
    case("en.member.apposition",
         "The Qassam Brigades, the military arm of Hamas, fired rockets at Ashkelon.",
         ("qassam_brigades", "memberOf", "hamas")),
    # a non-state group's commander is one of its commanders; a force's is its head
    case("en.member.group_commander_person",
         "Hamas commander Raed Saad was targeted in Gaza City.",
         (person_key("Raed Saad"), "memberOf", "hamas")),
    case("en.leader.org_title_person",
         "Radwan Force commander Ibrahim Aqil was killed in Beirut.",
         ("ibrahim_aqil", "leaderOf", "radwan_force")),
    case("en.member.title_person_of_org",
         "Senior official Osama Hamdan of Hamas spoke in Beirut.",
         ("osama_hamdan", "memberOf", "hamas")),
    case("en.member.department_head",
         "Ahmed al-Asadi, the head of media of Kataib Sayyid al-Shuhada, denied the claim.",
         (person_key("Ahmed al-Asadi"), "memberOf", "kataib_sayyid_al_shuhada")),
    case("en.member.under_umbrella",
         "Kataib Hezbollah, a hardline group under the umbrella of the PMF, vowed revenge.",
         ("kataib_hezbollah", "memberOf", "pmf")),
    case("en.member.under_umbrella",
         "Nujaba operates under the banner of the Shiite militias known collectively as the Popular Mobilization Forces.",
         ("nujaba", "memberOf", "pmf")),
    case("en.leader.person_title_of",
         "Hadi al-Amiri is also the leader of the Badr Organization.",
         ("amiri", "leaderOf", "badr")),
    case("en.located.apposition_possessive_kind",
         "Sirens sounded in Ashkelon, Israel's southern coastal city, after the launch.",
         ("ashkelon", "locatedIn", "israel")),
    case("en.operated.under_control",
         "Drones were launched from Saada, a province under Houthi control, at dawn.",
         ("saada", "operatedBy", "houthis")),
    case("en.supports.receives_from",
         "Islamic Jihad has long received money and training from Iran, officials say.",
         ("iran", "supports", "pij")),
    case("en.supports.backer_of",
         "Tehran, the chief sponsor of Kataib Hezbollah, denied any role.",
         ("iran", "supports", "kataib_hezbollah")),
    case("en.supports.ally_apposition",
         "Nujaba is Iran's closest ally among the Iraqi factions.",
         ("iran", "supports", "nujaba")),
    case("en.member.list_among_factions",
         "Nujaba and Kataib Sayyid al-Shuhada are among the PMF's hardline factions.",
         ("nujaba", "memberOf", "pmf"), ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("en.member.list_among_factions",
         "Members of Badr and Asaib Ahl al-Haq, two PMF factions, attended.",
         ("badr", "memberOf", "pmf"), ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("en.allied.group_ally",
         "Hezbollah and its ally Hamas condemned the raid.",
         ("hamas", "alliedWith", "hezbollah")),
    case("en.located.town_comma_direction",
         "Two drones fell in Fallujah, west of Baghdad, on Tuesday.",
         ("fallujah", "locatedIn", "baghdad")),
    case("en.located.town_comma_direction",
         "Sirens sounded in Kiryat Shmona, northern Israel, after the launch.",
         ("kiryat_shmona", "locatedIn", "israel")),
    case("en.located.apposition_kind_in",
         "Militants shelled Ain al-Asad, a sprawling base in western Iraq, at dawn.",
         ("ain_al_asad", "locatedIn", "iraq")),
    # --- sixth round: an ally or proxy after a copula, for a list ---
    case("en.allied.ally_of",
         "Asaib Ahl al-Haq is a close ally of the Badr Organization in parliament.",
         ("asaib_ahl_al_haq", "alliedWith", "badr")),
    case("en.supports.proxy_apposition",
         "Nujaba and Kataib Sayyid al-Shuhada are both proxies of Iran in the region.",
         ("iran", "supports", "nujaba"), ("iran", "supports", "kataib_sayyid_al_shuhada")),
    # "allied with" a group is an alliance (with a state it is backing)
    case("en.allied.group_allied_with",
         "Nujaba, which is closely allied with Asaib Ahl al-Haq, rejected the truce.",
         ("nujaba", "alliedWith", "asaib_ahl_al_haq")),
    # the backer as the group's possessed noun
    case("en.supports.backer_of",
         "Iran remains the Houthis' chief arms supplier despite the embargo.",
         ("iran", "supports", "houthis")),
    # the backed description first, the name after "known as"
    case("en.supports.backed_known_as",
         "Drones were launched by an Iran-aligned Iraqi faction known as Kataib Sayyid al-Shuhada.",
         ("iran", "supports", "kataib_sayyid_al_shuhada")),
    # a relative clause's second predicate: the antecedent is backed, not the place
    case("en.supports.backed_by",
         "The Houthis, who hold much of northern Yemen and are armed by Iran, seized the ship.",
         ("iran", "supports", "houthis")),
    case("en.supports.backed_by",
         "Nujaba, a hardline Iraqi faction funded by Iran, denied the report.",
         ("iran", "supports", "nujaba")),
    # an outlet run by a group
    case("en.operated.group_run_outlet",
         "The footage was aired by Al-Manar, a Hezbollah-run television station.",
         ("al_manar", "operatedBy", "hezbollah")),
    # "forms / makes up part of"
    case("en.member.apposition",
         "Asaib Ahl al-Haq makes up a sizeable part of the Coordination Framework.",
         ("asaib_ahl_al_haq", "memberOf", "coordination_framework")),
    # the prefix backer with names after "such as", the collective keyed by its nisba
    case("en.supports.backed_prefix_names",
         "Iran-backed Iraqi militias including Asaib Ahl al-Haq held a parade.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    # the names after a colon
    case("en.supports.backed_collective_names",
         "The report named two Iran-aligned militias: Badr and Asaib Ahl al-Haq.",
         ("iran", "supports", "badr"), ("iran", "supports", "asaib_ahl_al_haq")),
    # taking the head's post: named, succeeding, taking over
    case("en.leader.took_office_as",
         "Akram al-Kaabi, who succeeded his predecessor as Nujaba's secretary-general, gave a speech.",
         ("kaabi", "leaderOf", "nujaba")),
    case("en.leader.took_office_as",
         "Hadi al-Amiri was elected head of the Badr Organization again.",
         ("amiri", "leaderOf", "badr")),
    # modifiers before the group and a head noun after it; a field before the role noun
    case("en.leader.person_title_of",
         "Akram al-Kaabi, the leader of the hardline Iran-aligned Nujaba movement, spoke on Friday.",
         ("kaabi", "leaderOf", "nujaba")),
    case("en.leader.person_title_of",
         "Hadi al-Amiri, commander-in-chief of the Badr Organization, toured the front.",
         ("amiri", "leaderOf", "badr")),
    case("en.member.role_in_org",
         "Jaafar al-Husseini, a military official with Kataib Hezbollah, posted a statement.",
         ("jafar_al_husini", "memberOf", "kataib_hezbollah")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", AR_CASES + EN_CASES)
def test_relations_press_rule_generalises(analyze, rule_id, sentence, expected):
    result = analyze(sentence, "ar" if rule_id.startswith("ar.") else "en")
    assert_case(result, rule_id, expected)


@pytest.mark.parametrize("lang, sentence, triple", [
    # a bare "من" after a group is no membership: the group asks the factions
    ("ar", "وطلبت منظمة بدر من فصائل الحشد الشعبي التهدئة.", ("badr", "memberOf", "pmf")),
    # an umbrella "group of" factions is the whole, not one of them
    ("en", "Saraya Awliya al-Dam, an umbrella group of Iran-backed militias, denied the report.",
     ("saraya_awliya_al_dam", "memberOf", "iran_backed_armed_groups")),
    # only words that grade a unit stand between the possessive and the unit
    ("en", "Hezbollah's rival Amal Movement kept out of the fighting.", ("amal", "memberOf", "hezbollah")),
    # an ally is no unit; a chief negotiator is no head
    ("en", "Hamas and its ally Islamic Jihad rejected the offer.", ("pij", "memberOf", "hamas")),
    ("en", "Basem Naim, Hamas's chief negotiator, left Doha.", ("basem_naim", "leaderOf", "hamas")),
    # a movement's commander is not its head
    ("en", "Hezbollah commander Wissam Tawil was killed in a strike.", ("wissam_tawil", "leaderOf", "hezbollah")),
    # the commander of a numbered division of an army heads the division, not the army
    ("en", "Brig. Gen. Sami Haddad, commander of the Lebanese army's 5th brigade, toured the area.",
     (person_key("Sami Haddad"), "leaderOf", "lebanese_army")),
    # a distance says "near", not "in"
    ("en", "A rocket landed in Sinjar, 40 km west of Mosul.", ("sinjar", "locatedIn", "mosul")),
    # the place inside a relative clause is not what is backed
    ("en", "The Houthis, who hold much of northern Yemen and are armed by Iran, seized the ship.",
     ("iran", "supports", "yemen")),
    # a news outlet belonging to a group is run by it, not one of its members
    ("ar", "وبثت قناة المسيرة التابعة لجماعة الحوثي صور الحطام.", ("al_masirah", "memberOf", "houthis")),
    # a town named as a bearing is not in the province that follows
    ("en", "Rockets fell on Jurf al-Sakhar, south of Baghdad, in Babil province.", ("baghdad", "locatedIn", "babil")),
    # a border town may lie on either side of the border
    ("en", "The drone hit al-Qaim, on the Syrian border, overnight.", ("qaim", "locatedIn", "syria")),
])
def test_relations_press_not_produced(analyze, lang, sentence, triple):
    result = analyze(sentence, lang)
    assert triple not in result.triples, result.describe()


@pytest.mark.parametrize("lang, sentence, triple", [
    # a government named by the group that runs it
    ("ar", "وأعلنت حكومة الحوثيين الحداد ثلاثة أيام.", ("houthi_government", "operatedBy", "houthis")),
    ("en", "The Houthi government declared three days of mourning.", ("houthi_government", "operatedBy", "houthis")),
    # a unit named "of the" force it belongs to
    ("en", "Naval forces of the Yemeni Armed Forces claimed a new operation.",
     ("houthi_navy", "memberOf", "yemeni_armed_forces")),
])
def test_relations_press_read_from_a_name(analyze, lang, sentence, triple):
    result = analyze(sentence, lang)
    assert triple in result.triples, result.describe()

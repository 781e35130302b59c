"""Entity recall and identity, thirteenth round of issue 13 (kg/lexicon/data, kg/lang/ar,
kg/lang/en): Sudan's and Libya's actors, agency names as the press spells them, a village
named like a kunya, a front line, a list of people opening with an ambiguous given name,
a headline's count. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, key, cls", [
    ("وقالت قوات الدعم السريع إنها سيطرت على مواقع جديدة في دارفور.", "rsf", "ArmedGroup"),
    # the short name, and the name its foes give it after its leader's family
    ("وصد الجيش السوداني هجوما للدعم السريع على أطراف المدينة.", "rsf", "ArmedGroup"),
    ("وقال الجيش إن مليشيا آل دقلو قصفت الأحياء الشرقية.", "rsf", "ArmedGroup"),
    ("وصد الجيش السوداني هجوما للدعم السريع على أطراف المدينة.", "sudan_armed_forces", "Organization"),
    ("ووصل المبعوث الأممي إلى السودان أمس.", "sudan", "State"),
    ("وأعلن الجيش الوطني الليبي إغلاق الطريق الساحلي.", "lna", "ArmedGroup"),
    ("وأغلقت السلطات في ليبيا معبرا حدوديا.", "libya", "State"),
    ("والتقى المبعوث محمد حمدان دقلو في نيروبي.", "hemedti", "Person"),
    ("وقال عبد الفتاح البرهان إن الحرب لن تتوقف.", "burhan", "Person"),
    ("واستقبل خليفة حفتر وفدا عسكريا في بنغازي.", "haftar", "Person"),
    # agency names as the Arabic press spells them
    ("ونقلت وكالة الصحافة الفرنسية عن مصدر أمني قوله إن الانفجار وقع ليلا.", "afp", "Organization"),
    ("وذكرت الوكالة الوطنية للأنباء أن الغارة أصابت منزلا.", "nna_lebanon", "Organization"),
    ("وأوردت وكالة أنباء تسنيم نبأ مقتل الضابط.", "tasnim", "Organization"),
])
def test_lexicon_identity_of_actors_seen_on_the_probe(analyze, sentence, key, cls):
    result = analyze(sentence, "ar")
    assert key in result.keys, result.describe()
    assert all(m.cls == cls for m in result.mentions() if m.entity == key), result.describe()


def test_lexicon_sudanese_as_a_word_is_still_the_iraqi_prime_ministers_name(analyze):
    # Sudan has no Arabic nisba in the lexicon: "السوداني" stays al-Sudani's family name
    result = analyze("وقال رئيس الوزراء محمد شياع السوداني إن بغداد ترفض الضربات.", "ar")
    assert "sudani" in result.keys and "sudan" not in result.keys, result.describe()


@pytest.mark.parametrize("sentence, place", [
    ("وتجددت المعارك على أطراف قرية أبو جرين شمال المدينة.", "أبو جرين"),
    ("وقصفت المدفعية بلدة أبو حمام في ريف المحافظة.", "أبو حمام"),
])
def test_discovery_ar_a_village_named_like_a_kunya_is_a_place(analyze, sentence, place):
    result = analyze(sentence, "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()
    # the village noun heads the mention; the place's name is the kunya-like words
    assert [m for m in result.mentions() if m.cls == "Place" and result.surface(m).endswith(place)], \
        result.describe()


def test_discovery_ar_no_person_from_a_kunya_like_front(analyze):
    result = analyze("وانسحبت الفصائل من محور أبو جرين بعد الهجوم.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


@pytest.mark.parametrize("sentence, front", [
    ("واندلعت مواجهات بين القوات المشتركة ومليشيا الحوثي بجبهة الكسارة.", "جبهة الكسارة"),
    ("وتبادل الطرفان القصف في جبهة الحشا غربي المحافظة.", "جبهة الحشا"),
    ("وشنت قوات الحوثي هجوما واسعا على جبهة الضالع فجر اليوم.", "جبهة الضالع"),
])
def test_discovery_ar_a_front_line_is_no_armed_group(analyze, sentence, front):
    result = analyze(sentence, "ar")
    assert result.mention(front).cls == "Place", result.describe()


@pytest.mark.parametrize("sentence", [
    # a member "in" a front of that name: the group
    "وقتل قيادي في جبهة التحرير الوطني خلال الاشتباك.",
    "وأعلنت جبهة التحرير الوطني مسؤوليتها عن الهجوم.",
])
def test_discovery_ar_a_front_one_belongs_to_stays_a_group(analyze, sentence):
    result = analyze(sentence, "ar")
    assert result.mention("جبهة التحرير الوطني").cls == "ArmedGroup", result.describe()


def test_discovery_ar_a_list_of_people_names_each_one(analyze):
    # a compound Iranian given name first; an ambiguous given name ("سعيد") with "و" last
    result = analyze("ونعى البيان الضباط وهم «روح الله كاظمي، وعلي رضائي، وسعيد نوري».", "ar")
    persons = {result.surface(m) for m in result.mentions() if m.cls == "Person"}
    assert {"روح الله كاظمي", "علي رضائي", "سعيد نوري"} <= persons, result.describe()


def test_discovery_ar_hojatollah_is_a_compound_given_name(analyze):
    result = analyze("وقتل حجة الله نوري في الغارة على المبنى.", "ar")
    assert result.mention("حجة الله نوري").cls == "Person", result.describe()


def test_discovery_ar_an_ambiguous_given_name_after_a_rank_with_fathers_and_family_names(analyze):
    # "هلال" (crescent) opens a name after a rank glued to "و", as after a title; a
    # father's given name then a definite family name: all three are the name
    result = analyze("وشيع المشيعون العقيد ناصر عباد، والنقيب هلال محمود الزبيري في صنعاء.", "ar")
    persons = {result.surface(m) for m in result.mentions() if m.cls == "Person"}
    assert "هلال محمود الزبيري" in persons, result.describe()


def test_discovery_ar_a_weekday_after_a_ranked_name_is_no_family_name(analyze):
    result = analyze("وقال العقيد محمد أحمد الأربعاء إن القوات تقدمت.", "ar")
    persons = {result.surface(m) for m in result.mentions() if m.cls == "Person"}
    assert persons == {"محمد أحمد"}, result.describe()


def test_discovery_ar_an_ambiguous_word_after_a_comma_with_no_person_before_stays_a_word(analyze):
    result = analyze("وتحدث البيان عن الهدنة، وسلام الشجعان.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


def test_discovery_en_a_headlines_count_after_a_title_is_no_person(analyze):
    result = analyze("Strike in Lebanon Kills Senior Hezbollah Commander, Four Fighters", "en")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


@pytest.mark.parametrize("text, core, key", [
    # a group named once with its state's adjective is its core alone later on
    ("وقال الجيش الوطني السوري إن مقاتليه صدوا الهجوم. وأضاف أن الجيش الوطني سيطر على التلة.",
     "الجيش الوطني", "syrian_national_army"),
    ("وأعلن الجيش الوطني الليبي حالة الطوارئ. وقال ضابط إن الجيش الوطني أغلق الطريق.",
     "الجيش الوطني", "lna"),
    ("وقصفت القوات المسلحة السودانية مواقع في المدينة. وقالت القوات المسلحة إنها تقدمت.",
     "القوات المسلحة", "sudan_armed_forces"),
])
def test_coref_a_name_with_its_states_adjective_is_meant_by_its_core(analyze, text, core, key):
    result = analyze(text, "ar")
    assert result.mention(core).entity == key, result.describe()


def test_coref_a_bare_core_with_no_full_name_in_the_document_stays_unresolved(analyze):
    # "الجيش الوطني" alone names the Syrian and the Libyan armies: nothing says which
    result = analyze("وقال الجيش الوطني إن قواته تقدمت نحو البلدة.", "ar")
    assert not result.keys & {"syrian_national_army", "lna", "yemen_government_forces"}, result.describe()


@pytest.mark.parametrize("sentence, key, cls", [
    # a classifier noun before a unit's noun and its quoted name is no part of the name;
    # in a state army's report the unit is the army's
    ("وقال الجيش الإسرائيلي إن قوات فرقة «الساحل 36» دخلت البلدة.", "فرقه_الساحل_36", "Organization"),
    ("ودارت اشتباكات بين فصيل فرقة «النصر المبين» وقوات محلية.", "فرقه_النصر_المبين", "ArmedGroup"),
])
def test_discovery_ar_a_unit_noun_before_a_quoted_name_opens_the_units_name(analyze, sentence, key, cls):
    result = analyze(sentence, "ar")
    assert key in result.keys, result.describe()
    assert all(m.cls == cls for m in result.mentions(key)), result.describe()


@pytest.mark.parametrize("sentence, key", [
    ("واشتبكت فرقة السلطان سليمان شاه مع مقاتلين محليين.", "sultan_suleiman_shah_division"),
    ("وقال قائد في فصيل فرقة الحمزة إن الهجوم فشل.", "hamza_division"),
    ("وهاجم مسلحون مقر جهاز دعم الاستقرار في العاصمة.", "stability_support_apparatus"),
    ("وقتل عبد الغني الككلي في مقر اللواء.", "kikli"),
])
def test_lexicon_factions_and_leaders_of_syria_and_libya(analyze, sentence, key):
    result = analyze(sentence, "ar")
    assert key in result.keys, result.describe()


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث باسم الدعم السريع الصادق حماد إن قواتهم انسحبت.",
    "وقال المتحدث باسم الدعم السريع، الطاهر عثمان، إن الهدنة انتهت.",
])
def test_discovery_ar_a_definite_given_name_after_a_title_chain(analyze, sentence):
    result = analyze(sentence, "ar")
    spokes = [r for r in result.doc.relations if r.predicate == "spokespersonOf" and r.object == "rsf"]
    assert spokes, result.describe()


def test_discovery_ar_a_definite_given_name_alone_after_a_title_is_no_name(analyze):
    result = analyze("وقال الناطق باسم الحكومة الطيب إن القرار نهائي.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


@pytest.mark.parametrize("sentence, key, cls", [
    # the unit's number written as an ordinal word
    ("وأعلن الجيش الإسرائيلي أن الفرقة الثالثة دخلت المدينة.", "الفرقه_الثالثه", "Organization"),
    ("وقتل قائد الكتيبة الرابعة في الاشتباك مع المسلحين.", "الكتيبه_الرابعه", "ArmedGroup"),
    # belonging to a state's army named right after it, whatever group was named before
    ("وسيطر المسلحون من الدعم السريع على مقر الفرقة السابعة مشاة التابعة للجيش السوداني.",
     "الفرقه_السابعه", "Organization"),
])
def test_discovery_ar_a_unit_numbered_by_an_ordinal_word(analyze, sentence, key, cls):
    result = analyze(sentence, "ar")
    assert key in result.keys, result.describe()
    assert all(m.cls == cls for m in result.mentions(key)), result.describe()


def test_discovery_ar_a_numbered_unit_belonging_to_a_state_army_after_a_group(analyze):
    result = analyze("وهاجمت حماس اللواء 7 التابع للجيش الإسرائيلي قرب الحدود.", "ar")
    assert result.mention("اللواء 7").cls == "Organization", result.describe()


@pytest.mark.parametrize("sentence, key", [
    # a news site by its name's last word
    ("وقال مصدر طبي لموقع الشام أونلاين إن المصابين نقلوا.", "موقع_الشام_اونلاين"),
    ("ونشرت الخليج أونلاين تقريرا عن الهجوم.", "الخليج_اونلاين"),
    # a paper or channel named after a state is the outlet, not the state
    ("وأفاد مراسل صحيفة اليمن بأن الانفجار وقع فجرا.", "صحيفه_اليمن"),
    ("وبثت قناة العراقية صورا من موقع الانفجار.", "قناه_العراقيه"),
])
def test_discovery_ar_outlets_by_their_form(analyze, sentence, key):
    result = analyze(sentence, "ar")
    assert key in result.keys, result.describe()
    assert all(m.cls == "Organization" for m in result.mentions(key)), result.describe()


def test_discovery_ar_a_canal_named_after_a_place_is_no_outlet(analyze):
    result = analyze("وعبرت الناقلة قناة السويس متجهة شمالا.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Organization"], result.describe()


def test_coref_a_kunya_after_a_definite_title_names_the_person_before(analyze):
    text = ("نعى الحزب القيادي حسن علي مهدي. وكان القيادي الميداني المعروف بـ«أبو حيدر» "
            "مسؤولا عن القطاع الغربي. وقاد أبو حيدر الوحدة منذ سنوات.")
    result = analyze(text, "ar")
    persons = {m.entity for m in result.mentions() if m.cls == "Person"}
    assert len(persons) == 1, result.describe()


def test_coref_a_kunya_after_a_title_with_no_person_before_stays_its_own(analyze):
    result = analyze("وقال القيادي المعروف بأبو حيدر إن الهجوم فشل.", "ar")
    assert [m for m in result.mentions() if m.cls == "Person"], result.describe()


@pytest.mark.parametrize("sentence", [
    "وأعلنت قوات الجو-فضاء التابعة للحرس الثوري إطلاق صواريخ.",
])
def test_lexicon_the_aerospace_force_with_a_hyphen(analyze, sentence):
    result = analyze(sentence, "ar")
    assert "irgc_aerospace_force" in result.keys, result.describe()


def test_discovery_ar_a_family_name_that_is_a_towns_before_a_role(analyze):
    result = analyze("ونعى الحشد سالم حسين كربلا، قائد الفوج الثاني في اللواء.", "ar")
    persons = {result.surface(m) for m in result.mentions() if m.cls == "Person"}
    assert persons == {"سالم حسين كربلا"}, result.describe()


@pytest.mark.parametrize("sentence", [
    "ووصل سالم حسين إلى كربلا، قائدا للوفد.",
    "وقتل سالم حسين في كربلا، قائد الفوج.",
])
def test_discovery_ar_a_town_after_a_preposition_is_where_the_person_is(analyze, sentence):
    result = analyze(sentence, "ar")
    assert "karbala" in result.keys, result.describe()


@pytest.mark.parametrize("sentence", [
    "وصد المجلس هجمات الفصائل المنضوية في «الجيش الوطني» الموالي لتركيا جنوب البلدة.",
    "وقصف الجيش الوطني المدعوم من تركيا مواقع قرب السد.",
])
def test_discovery_ar_a_short_name_with_its_backer_is_that_actor(analyze, sentence):
    result = analyze(sentence, "ar")
    assert "syrian_national_army" in result.keys, result.describe()


def test_discovery_ar_a_short_name_with_another_backer_stays_unread(analyze):
    result = analyze("وقصف الجيش الوطني المدعوم من مصر مواقع قرب المدينة.", "ar")
    assert "syrian_national_army" not in result.keys, result.describe()


def test_discovery_ar_an_envoys_special_post_before_his_name_set_off_by_commas(analyze):
    result = analyze("وقال المبعوث الأمريكي الخاص للسودان، كيث هارلو، إن المحادثات توقفت.", "ar")
    assert result.mention("كيث هارلو").cls == "Person", result.describe()


@pytest.mark.parametrize("sentence, key, cls", [
    # a town whose one-word name ends like an adjective ("-ية"), and a flag state
    ("وسقطت المسيرة قرب منزل في مدينة قيسارية شمال تل أبيب.", "caesarea", "Place"),
    ("وأصاب الصاروخ ناقلة ترفع علم مالطا قبالة السواحل.", "malta", "State"),
])
def test_lexicon_places_and_states_seen_on_the_dev_corpus(analyze, sentence, key, cls):
    result = analyze(sentence, "ar")
    assert key in result.keys, result.describe()
    assert all(m.cls == cls for m in result.mentions(key)), result.describe()

"""Lexicon mentions (kg/pipeline/lexicon_ner.py): names in the forms running text gives
them: proclitics, the ل + ال contraction, inflected nisba adjectives, spelling variants,
diacritics, and the longest name winning over names inside it."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import analyze as run_pipeline


def keys_of(result, kind: str | None = None) -> set[str]:
    return {m.entity for m in result.mentions() if kind is None or m.kind == kind}


@pytest.mark.parametrize("sentence, key, cls", [
    pytest.param("وسقطت صواريخ على قاعدة عين الأسد.", "ain_al_asad", "MilitaryBase", id="base"),
    pytest.param("وقال محمد شياع السوداني إن الحكومة ستحقق.", "sudani", "Person", id="person"),
    pytest.param("وأعلنت كتائب حزب الله تعليق عملياتها.", "kataib_hezbollah", "ArmedGroup", id="armed-group"),
    pytest.param("وعقد الإطار التنسيقي اجتماعا.", "coordination_framework", "Organization", id="organisation"),
    pytest.param("ووصل وفد إلى باب المندب.", "bab_el_mandeb", "Place", id="place"),
    pytest.param("وزار الوفد قطاع غزة.", "gaza", "Region", id="region"),
    pytest.param("Kataib Hezbollah announced a pause.", "kataib_hezbollah", "ArmedGroup", id="en-armed-group"),
    pytest.param("Ships avoided the Bab el-Mandeb Strait.", "bab_el_mandeb", "Place", id="en-alias"),
    pytest.param("وقالت البحرية الحوثية إنها رصدت سفينتين.", "houthi_navy", "ArmedGroup", id="houthi-unit"),
    pytest.param("وصادقت حكومة الاحتلال على الخطة.", "israel_government", "Government", id="government-by-epithet"),
    pytest.param("وانسحب نواب ائتلاف دولة القانون من الجلسة.", "state_of_law", "Organization", id="iraqi-bloc"),
    pytest.param("A State of Law Coalition lawmaker walked out.", "state_of_law", "Organization", id="en-iraqi-bloc"),
    # the press's short name of the brigades, quoted or not
    pytest.param("وقالت «القسام» إن مقاتليها استهدفوا موقعا.", "qassam_brigades", "ArmedGroup", id="short-name"),
    # a group named by a collective noun and its adjective, as the Gulf press writes it
    pytest.param("وأعلنت الميليشيات الحوثية إسقاط طائرة مسيرة.", "houthis", "ArmedGroup", id="adjective-name"),
    # the definite surname with the clerical title the Lebanese and Iraqi press use
    pytest.param("وأشاد الوفد بمواقف الإمام الخامنئي.", "khamenei", "Person", id="definite-surname"),
])


def test_lexicon_ner_names_and_classes(analyze, sentence, key, cls):
    result = analyze(sentence)
    found = result.mentions(key)
    assert found and {m.cls for m in found} == {cls}, result.describe()
    assert result.entity(key).source == "lexicon"


def test_lexicon_ner_a_common_word_is_no_bloc(analyze):
    # "حقوق" (rights) is the Huquq movement only with its head noun.
    result = analyze("وطالبت المنظمة باحترام حقوق المعتقلين.", "ar")
    assert "huquq" not in keys_of(result), result.describe()


def test_lexicon_ner_a_bare_navy_is_no_houthi_unit(analyze):
    # Every navy is "القوات البحرية": only the Houthi-qualified names are the Houthi unit.
    result = analyze("وقالت القوات البحرية إنها رصدت سفينتين.", "ar")
    assert "houthi_navy" not in keys_of(result), result.describe()


def test_lexicon_ner_a_bare_missile_force_is_no_houthi_unit(analyze):
    result = analyze("وأجرت القوة الصاروخية مناورة في الصحراء.", "ar")
    assert "houthi_missile_force" not in keys_of(result), result.describe()


def test_lexicon_ner_a_unit_named_with_its_force_names_the_force_too(analyze):
    # the force inside the unit's name is an actor of the text, and the words before "في"
    # are how the text names the unit
    result = analyze("وقالت القوة الصاروخية في القوات المسلحة اليمنية إنها أطلقت صاروخا.", "ar")
    assert {"houthi_missile_force", "yemeni_armed_forces"} <= set(result.doc.entities), result.describe()
    assert ("القوة الصاروخية", "ar") in result.entity("houthi_missile_force").aliases


@pytest.mark.parametrize("sentence, surface, key, not_key", [
    pytest.param("وقال حسين أمير عبد اللهيان إن طهران لن تتدخل.", "حسين أمير عبد اللهيان",
                 "amir_abdollahian", None, id="full-name-over-alias"),
    pytest.param("وقال عبد الملك الحوثي إن الهجمات ستستمر.", "عبد الملك الحوثي",
                 "abdul_malik_houthi", "houthis", id="person-over-group-in-name"),
    pytest.param("وتبنت المقاومة الإسلامية في العراق الهجوم.", "المقاومة الإسلامية في العراق",
                 "islamic_resistance_iraq", "iraq", id="group-over-state-in-name"),
    pytest.param("وأعلنت كتائب حزب الله مسؤوليتها.", "كتائب حزب الله", "kataib_hezbollah", "hezbollah",
                 id="kataib-over-hezbollah"),
    pytest.param("A tanker was hit in the Gulf of Aden.", "Gulf of Aden", "gulf_of_aden", "aden",
                 id="en-gulf-over-city"),
    pytest.param("Rockets hit Ain al-Asad Air Base.", "Ain al-Asad Air Base", "ain_al_asad", None,
                 id="en-longest-alias"),
])
def test_lexicon_ner_longest_name_wins(analyze, sentence, surface, key, not_key):
    result = analyze(sentence)
    assert result.mention(surface).entity == key
    if not_key:
        assert not_key not in result.keys, result.describe()


@pytest.mark.parametrize("word, key", [
    pytest.param("وإيران", "iran", id="wa"),
    pytest.param("فإيران", "iran", id="fa"),
    pytest.param("بطهران", "iran", id="bi"),
    pytest.param("لإيران", "iran", id="li"),
    pytest.param("كإيران", "iran", id="ka"),
    pytest.param("وبإيران", "iran", id="wa-bi"),
    pytest.param("للعراق", "iraq", id="lam-contraction"),
    pytest.param("وللحوثيين", "houthis", id="wa-lam-contraction"),
    pytest.param("بالموصل", "mosul", id="bi-article"),
])
def test_lexicon_ner_proclitics(analyze, word, key):
    result = analyze(f"وأشار التقرير إلى دور {word} في التصعيد.", "ar")
    mentions = result.mentions(key)
    assert len(mentions) == 1, result.describe()
    # The mention ends with the word and keeps the clitics outside (ل of لل stays out).
    m = mentions[0]
    assert result.doc.text[m.start:m.end] in word and word.endswith(result.doc.text[m.start:m.end])


@pytest.mark.parametrize("sentence, absent", [
    pytest.param("وأزالت السلطات العراقيل أمام المستثمرين.", "iraq", id="iraq-inside-longer-word"),
    pytest.param("وأودع المبلغ في مصرف حكومي.", "egypt", id="egypt-inside-longer-word"),
    pytest.param("واستمرت الأزمة بين الطرفين.", "iran", id="no-name"),
    pytest.param("He told us the talks failed.", "usa", id="en-us-lowercase"),
    pytest.param("It is not clear who fired.", "isis", id="en-is-lowercase"),
    pytest.param("The chargeback was disputed.", "kirkuk", id="en-nothing"),
])
def test_lexicon_ner_whole_words_only(analyze, sentence, absent):
    result = analyze(sentence)
    assert absent not in result.keys, result.describe()


@pytest.mark.parametrize("sentence, surface", [
    pytest.param("He said the US had not been consulted.", "US", id="US-capitals"),
    pytest.param("The IS group claimed the blast.", "IS", id="IS-capitals"),
])
def test_lexicon_ner_acronyms_match_in_capitals(analyze, sentence, surface):
    result = analyze(sentence, "en")
    assert result.mention(surface).entity in {"usa", "isis"}


@pytest.mark.parametrize("word", ["الإيرانية", "الإيراني", "الإيرانيون", "الإيرانيين", "إيرانيين",
                                  "إيرانية", "الإيرانيات", "الإيرانيتين", "إيرانياً", "للإيرانيين"])
def test_lexicon_ner_nisba_forms(analyze, word):
    result = analyze(f"وتحدث التقرير عن دور المستشارين {word} في المنطقة.", "ar")
    nisbas = [m for m in result.mentions("iran") if m.kind == "nisba"]
    assert len(nisbas) == 1, result.describe()


def test_lexicon_ner_english_nisba(analyze):
    result = analyze("Iranian advisers arrived in Syria.", "en")
    assert result.mention("Iranian").kind == "nisba"
    assert result.mention("Syria").kind == "name"


@pytest.mark.parametrize("spelling, key", [
    pytest.param("القوات الأمريكية", "usa", id="amrikiya"),
    pytest.param("القوات الأميركية", "usa", id="amirkiya"),
    pytest.param("الولايات المتحدة الأمريكية", "usa", id="usa-amrikiya"),
    pytest.param("الولايات المتحدة الأميركية", "usa", id="usa-amirkiya"),
    pytest.param("إقليم كوردستان", "kurdistan_region", id="kurdistan-waw"),
    pytest.param("إقليم كردستان", "kurdistan_region", id="kurdistan-plain"),
    pytest.param("البنتاجون", "pentagon", id="pentagon-jim"),
    pytest.param("البنتاغون", "pentagon", id="pentagon-ghain"),
    pytest.param("سورية", "syria", id="suriya-ta-marbuta"),
    pytest.param("ايران", "iran", id="bare-alef"),
    pytest.param("إِيرَان", "iran", id="diacritics"),
    pytest.param("إيـــران", "iran", id="tatweel"),
    pytest.param("نيجرفان بارزاني", "barzani_nechirvan", id="nechirvan-variant"),
    # the Sanaa forces named by their capital
    pytest.param("قوات صنعاء", "yemeni_armed_forces", id="sanaa-forces"),
])
def test_lexicon_ner_spelling_variants(analyze, spelling, key):
    result = analyze(f"وأكد البيان أن {spelling} تتابع الوضع.", "ar")
    assert key in result.keys, result.describe()


def test_lexicon_ner_mention_offsets_are_original(analyze):
    text = "وأكد البيان أن إِيرَان تتابع الوضع."
    result = analyze(text, "ar")
    m = result.mentions("iran")[0]
    assert text[m.start:m.end] == "إِيرَان"


def test_lexicon_ner_weapons_are_weapon_mentions(analyze):
    result = analyze("وأطلقت الجماعة طائرات مسيرة وصواريخ باليستية.", "ar")
    kinds = {m.entity: m.kind for m in result.mentions() if m.cls == "Weapon"}
    assert kinds == {"drone": "weapon", "ballistic_missile": "weapon"}, result.describe()


def test_lexicon_ner_skips_boilerplate_lines():
    text = "Skip to main content\nKataib Hezbollah caption\nIran funds Hamas."
    boiler = [(0, 20), (21, 45)]
    doc = run_pipeline(Document(id="b", text=text, language="en", boilerplate=boiler))
    keys = {m.entity for m in doc.mentions}
    assert "kataib_hezbollah" not in keys
    assert {"iran", "hamas"} <= keys


def test_lexicon_ner_aliases_record_the_surface_forms(analyze):
    result = analyze("وقال مسؤولون في واشنطن إن الولايات المتحدة سترد.", "ar")
    aliases = {a for a, _lang in result.entity("usa").aliases}
    assert {"واشنطن", "الولايات المتحدة"} <= aliases


@pytest.mark.parametrize("sentence, key, state", [
    pytest.param("وأعلنت القيادة الوسطى الأمريكية اعتراض صاروخين.", "centcom", "usa", id="ar-command"),
    pytest.param("The U.S. Central Command said two drones were downed.", "centcom", "usa", id="en-command"),
    pytest.param("وأدانت وزارة الخارجية الأميركية الهجوم.", "state_department", "usa", id="ar-ministry"),
    # a state's army named by its nisba, plain or as "the occupation army"
    pytest.param("وانتشر الجيش اللبناني في البلدات الحدودية.", "lebanese_army", "lebanon", id="ar-army"),
    pytest.param("وزعم جيش الاحتلال الإسرائيلي أنه دمر مستودعا.", "idf", "israel", id="ar-occupation-army"),
    # the preposition glued to the article: the match starts at the elided ل
    pytest.param("وجاء ذلك بعد انسحاب سريع للجيش السوري من القرية.", "syrian_army", "syria", id="ar-army-glued"),
])
def test_lexicon_ner_a_state_body_named_with_its_state_is_its_member(analyze, sentence, key, state):
    result = analyze(sentence)
    assert (key, "memberOf", state) in result.triples, result.describe()


@pytest.mark.parametrize("sentence, key", [
    pytest.param("وقال المرصد السوري لحقوق الإنسان إن الغارة قتلت مدنيين.", "sohr", id="observatory"),
    pytest.param("وأعلن حزب الله العراقي مقتل اثنين من عناصره.", "kataib_hezbollah", id="armed-group"),
    # an armed group named as an army of a state's nisba is no body of that state
    pytest.param("وسيطر الجيش السوري الحر على القرية.", "free_syrian_army", id="armed-army"),
])
def test_lexicon_ner_a_nisba_in_other_names_makes_no_state_body(analyze, sentence, key):
    result = analyze(sentence)
    assert not any(t[0] == key and t[1] == "memberOf" for t in result.triples), result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وتبنى حزب الله العراقي الهجوم.", id="nisba"),
    pytest.param("وتبنى «حزب الله» العراقي الهجوم.", id="nisba-after-quotes"),
    pytest.param("Iraqi Hezbollah claimed the attack.", id="en"),
])
def test_lexicon_ner_iraqi_hezbollah_is_kataib_hezbollah(analyze, sentence):
    keys = keys_of(analyze(sentence))
    assert "kataib_hezbollah" in keys and "hezbollah" not in keys


@pytest.mark.parametrize("sentence, key, place", [
    pytest.param("وسقط صاروخ قرب السفارة الأميركية في بغداد.", "us_embassy_baghdad", "baghdad", id="ar"),
    pytest.param("A rocket landed near the US embassy in Baghdad.", "us_embassy_baghdad", "baghdad", id="en"),
])
def test_lexicon_ner_a_site_named_with_its_place_is_located_there(analyze, sentence, key, place):
    assert (key, "locatedIn", place) in analyze(sentence).triples


def test_lexicon_ner_discovered_ministry_of_a_state_is_its_member(analyze):
    result = analyze("وأدانت وزارة الخارجية الإيرانية الضربة.")
    ministry = result.mention("وزارة الخارجية الإيرانية")
    assert (ministry.entity, "memberOf", "iran") in result.triples, result.describe()


@pytest.mark.parametrize("sentence, lang", [
    ("ووصل الوفد إلى العاصمة القطرية الدوحة مساء الأحد.", "ar"),
    ("The delegation reached the Qatari capital, Doha, on Sunday.", "en"),
])
def test_lexicon_ner_a_capital_named_as_the_city_is_a_place_in_its_state(analyze, sentence, lang):
    # the lexicon lists the capital as its state's metonym ("الدوحة تدين"); after
    # "the Qatari capital" the text names the city
    result = analyze(sentence, lang)
    places = [m for m in result.mentions() if m.cls == "Place"]
    assert places and places[0].entity != "qatar", result.describe()
    assert (places[0].entity, "locatedIn", "qatar") in result.triples, result.describe()


def test_lexicon_ner_a_capital_alone_stays_its_state(analyze):
    result = analyze("وقالت الدوحة إنها تواصل الوساطة.", "ar")
    assert "qatar" in keys_of(result) and not [m for m in result.mentions() if m.cls == "Place"], result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وتعهدت الجماعة بمنع السفن من الملاحة في البحرين الأحمر والعربي.", id="sea-adjectives-after"),
    pytest.param("وانتشرت القطع البحرية في كلا البحرين.", id="word-of-two-before"),
])
def test_lexicon_ner_the_dual_of_sea_is_not_bahrain(analyze, sentence):
    result = analyze(sentence, "ar")
    assert "bahrain" not in keys_of(result), result.describe()


def test_lexicon_ner_bahrain_still_named(analyze):
    result = analyze("ووصل الوفد إلى البحرين والكويت أمس.", "ar")
    assert "bahrain" in keys_of(result), result.describe()


def test_lexicon_ner_singular_brigade_rendering_is_the_iraqi_group(analyze):
    # "لواء حزب الله" renders Kataib Hezbollah with a singular "brigade": never the
    # Lebanese party (a strike on it would otherwise oppose Hezbollah).
    result = analyze("وأعلنت واشنطن أنها ضربت مواقع لواء حزب الله جنوب بغداد.", "ar")
    assert "kataib_hezbollah" in result.keys and "hezbollah" not in result.keys, result.describe()


def test_candidates_by_start_give_the_scans_answers():
    """_ByStart.within(start, stop) holds exactly the candidates a scan of all of them
    finds starting in [start, stop), in the scan's order for equal starts."""
    import random

    from kg.pipeline.lexicon_refs import _ByStart

    rng = random.Random(15)
    for _ in range(300):
        cands = []
        for k in range(rng.randint(0, 30)):
            a = rng.randint(0, 60)
            cands.append((a, a + rng.randint(1, 12), f"e{k}", "name", "w"))
        index = _ByStart(cands)
        start = rng.randint(0, 60)
        stop = start + rng.randint(0, 20)
        scanned = sorted((c for c in cands if start <= c[0] < stop), key=lambda c: c[0])
        assert index.within(start, stop) == scanned

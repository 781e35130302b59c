"""Generic actors: described participants become typed entities with CAMEO actor codes.

Every sentence here was written for this test."""
from __future__ import annotations

import pytest

from kg.lang import language_data
from kg.lexicon import default_lexicon
from kg.pipeline.agent_nouns import agent_table
from kg.model import Document
from kg.pipeline import analyze as run_pipeline


def generic(analysis, surface):
    m = analysis.mention(surface)
    assert m.kind == "generic", analysis.describe()
    return m, analysis.entity(m.entity)


@pytest.mark.parametrize("text, surface, cls, code", [
    ("أطلق مسلحون مجهولون النار على سيارة في الموصل.", "مسلحون مجهولون", "UnidentifiedArmedGroup", "---UAF"),
    ("فجر انتحاري نفسه قرب سوق شعبي.", "انتحاري", "UnidentifiedArmedGroup", "---UAF"),
    ("أصيب ثلاثة مدنيين بجروح في القصف.", "مدنيين", "Civilians", "---CVL"),
    ("وقال صحفيون إن الطريق أغلق.", "صحفيون", "GenericActor", "---MED"),
    ("اعتقلت الشرطة رجلين في الحي.", "الشرطة", "SecurityForces", "---COP"),
    ("Unknown attackers stormed a village near the river.", "Unknown attackers", "UnidentifiedArmedGroup", "---UAF"),
    ("Two journalists were hurt when the roof fell.", "journalists", "GenericActor", "---MED"),
])
def test_described_participant_is_a_scoped_entity(analyze, text, surface, cls, code):
    a = analyze(text)
    m, e = generic(a, surface)
    assert (e.cls, e.cameo) == (cls, code)
    assert e.scope == a.doc.id and m.ref is None


@pytest.mark.parametrize("text, surface, state, agent", [
    ("قتل مسلحون ثلاثة من رجال الشرطة العراقية قرب كركوك.", "رجال الشرطة العراقية", "iraq", "COP"),
    ("أصيب شرطيان باكستانيان في انفجار.", "شرطيان باكستانيان", "pakistan", "COP"),
    ("قتل مدنيون لبنانيون في قصف على قرية حدودية.", "مدنيون لبنانيون", "lebanon", "CVL"),
    ("Gunmen opened fire on Iraqi police near a market.", "Iraqi police", "iraq", "COP"),
    ("A bomb wounded two Pakistani journalists outside the court.", "Pakistani journalists", "pakistan", "MED"),
])
def test_stated_country_makes_the_state_institution(analyze, text, surface, state, agent):
    a = analyze(text)
    m, e = generic(a, surface)
    assert m.ref == state
    assert e.key == f"{state}_{e.key.split('_', 1)[1]}" and e.scope is None
    assert e.cameo == default_lexicon()[state].cameo + agent
    # The adjective is read into the generic mention, not left as a second mention.
    assert not [x for x in a.doc.mentions if x.kind == "nisba" and m.start <= x.start < m.end]


def test_same_description_twice_is_one_node_within_a_document(analyze):
    a = analyze("هاجم مسلحون نقطة تفتيش. وفر المسلحون بعد الهجوم.")
    keys = {m.entity for m in a.doc.mentions if m.kind == "generic"}
    assert len(keys) == 1, a.describe()


def test_described_participants_never_merge_across_documents():
    text = "هاجم مسلحون نقطة تفتيش."
    one = run_pipeline(Document(id="doc-one", text=text, language="ar"))
    two = run_pipeline(Document(id="doc-two", text=text, language="ar"))
    scopes = {e.scope for d in (one, two) for e in d.entities.values() if e.source == "generic"}
    assert scopes == {"doc-one", "doc-two"}


def test_a_country_institution_is_one_node_across_documents():
    keys = set()
    for i, text in enumerate(["اعتقلت الشرطة العراقية مطلوبا.", "وصلت الشرطة العراقية إلى المكان."]):
        doc = run_pipeline(Document(id=f"d{i}", text=text, language="ar"))
        keys |= {e.key for e in doc.entities.values() if e.source == "generic"}
    assert keys == {"iraq_police"}


def test_foreign_forces_get_the_international_country_part(analyze):
    a = analyze("انسحبت القوات الأجنبية من المعسكر.")
    _, e = generic(a, "القوات الأجنبية")
    assert e.cameo == "INTMIL" and e.scope == a.doc.id


@pytest.mark.parametrize("text, word", [
    ("وقع هجوم انتحاري في السوق.", "انتحاري"),            # adjective of an attack noun
    ("هز تفجيران انتحاريان المدينة.", "انتحاريان"),         # ... in the dual too
    ("أعلنت جماعة مسلحة مسؤوليتها.", None),                # the group is one description
    ("Civilian casualties rose after the strike.", "Civilian"),
])
def test_adjectives_are_not_actors(analyze, text, word):
    a = analyze(text)
    surfaces = {a.surface(m) for m in a.doc.mentions if m.kind == "generic"}
    if word is None:
        assert len(surfaces) <= 1, a.describe()
    else:
        assert word not in surfaces, a.describe()


def test_named_group_after_a_construct_noun_is_the_actor(analyze):
    a = analyze("هاجم مسلحو حماس موقعا عسكريا.")
    assert not [m for m in a.doc.mentions if m.kind == "generic"], a.describe()
    assert "hamas" in a.keys


def test_collective_actors_get_an_agent_code(analyze):
    a = analyze("Unidentified gunmen fired at a bus.", lang="en")
    m = next(m for m in a.doc.mentions if m.kind == "collective")
    e = a.entity(m.entity)
    assert (e.cameo, e.cls, m.cls, e.scope) == ("---UAF", "UnidentifiedArmedGroup", "UnidentifiedArmedGroup", a.doc.id)


def test_a_collective_with_a_state_stays_a_named_kind_of_group(analyze):
    a = analyze("Iranian militias fired rockets at the base.", lang="en")
    m = next(m for m in a.doc.mentions if m.kind == "collective")
    e = a.entity(m.entity)
    assert e.cameo == "IRNREB" and e.cls == "ArmedGroup" and e.scope is None


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_agent_data_is_well_formed(lang):
    data = language_data(lang, "agents")
    classes = {"UnidentifiedArmedGroup", "SecurityForces", "Civilians", "GenericActor"}
    keys = [a["key"] for a in data["agents"]]
    assert len(keys) == len(set(keys))
    for agent in data["agents"]:
        assert agent["class"] in classes, agent["key"]
        assert len(agent["code"]) == 3 and agent["code"].isupper(), agent["key"]
        assert "{adj}" in agent["en_country"]
        if lang == "ar":
            assert "{n}" in agent["ar_country"]
    assert agent_table(lang).first


@pytest.mark.parametrize("text, surface, group", [
    ("فجر مهاجم انتحاري من حركة طالبان سيارة قرب السوق.", "مهاجم انتحاري", "taliban"),
    ("A Hezbollah sniper shot at a border post.", "sniper", "hezbollah"),
])
def test_described_member_of_a_named_group_is_the_group(analyze, text, surface, group):
    a = analyze(text)
    m = a.mention(surface)
    assert (m.kind, m.entity, m.ref) == ("generic", group, group), a.describe()


@pytest.mark.parametrize("text, surface, code", [
    ("قصفت المدفعية مواقع المتمردين الأكراد في الجبال.", "المتمردين الأكراد", "KURREB"),
    ("خطف مسلحون ثلاثة أجانب من فندق.", "أجانب", "INTCVL"),
    ("Kidnappers seized two foreigners near the port.", "foreigners", "INTCVL"),
])
def test_country_parts_that_name_no_state(analyze, text, surface, code):
    a = analyze(text)
    _, e = generic(a, surface)
    assert e.cameo == code and e.scope == a.doc.id


@pytest.mark.parametrize("text, surface, code", [
    ("قتل أربعة لبنانيين في القصف.", "لبنانيين", "LBNCVL"),
    ("خطف مسلحون 6 باكستانيين قرب الحدود.", "باكستانيين", "PAKCVL"),
])
def test_a_counted_state_adjective_names_its_people(analyze, text, surface, code):
    a = analyze(text)
    _, e = generic(a, surface)
    assert e.cameo == code


def test_an_uncounted_state_adjective_stays_an_adjective(analyze):
    a = analyze("قال المسؤولون اللبنانيون إن الطريق مفتوح.")
    assert not [m for m in a.doc.mentions if m.entity == "lebanon_civilians"], a.describe()


def test_member_in_a_named_organisation_is_the_organisation(analyze):
    a = analyze("قتل عشرة متطوعين في الجيش العراقي بانفجار.")
    m = a.mention("متطوعين")
    assert (m.kind, m.entity) == ("generic", "iraqi_army"), a.describe()


def test_an_object_that_does_not_agree_is_no_adjective(analyze):
    a = analyze("خطف مسلحون بريطانيين قرب الميناء.")
    m, e = generic(a, "مسلحون")
    assert e.cameo == "---UAF"
    _, people = generic(a, "بريطانيين")
    assert people.cameo == "GBRCVL"


def test_a_state_named_after_a_noun_in_construct_is_its_country(analyze):
    a = analyze("اعتقلت شرطة إسلام آباد رجلين.")
    m, e = generic(a, "شرطة إسلام آباد")
    assert e.cameo == "PAKCOP" and m.ref == "pakistan"


@pytest.mark.parametrize("text, surface, code, lang", [
    ("أصيب جنود أتراك في انفجار لغم.", "جنود أتراك", "TURMIL", "ar"),
    ("خطف مسلحون ثلاثة أفغان قرب الحدود.", "أفغان", "AFGCVL", "ar"),
    ("The blast wounded four Israelis at a bus stop.", "Israelis", "ISRCVL", "en"),
])
def test_plural_names_of_a_states_people(analyze, text, surface, code, lang):
    a = analyze(text, lang=lang)
    _, e = generic(a, surface)
    assert e.cameo == code


@pytest.mark.parametrize("text, surface, code", [
    ("قتل عراقيان في انفجار قرب السوق.", "عراقيان", "IRQCVL"),
    ("أعلنت الشرطة احتجاز إيرانيين على الحدود.", "إيرانيين", "IRNCVL"),
])
def test_a_state_adjective_after_a_verb_of_harm_names_its_people(analyze, text, surface, code):
    _, e = generic(analyze(text), surface)
    assert e.cameo == code


def test_a_state_adjective_after_another_verb_stays_an_adjective(analyze):
    a = analyze("وأكد عراقيون الخبر.")
    assert not [m for m in a.doc.mentions if m.kind == "generic"], a.describe()


def test_settlers_are_people_of_israel_and_can_attack(analyze):
    result = analyze("هاجم مستوطنون مزارعين فلسطينيين قرب نابلس صباح أمس وأصابوا ثلاثة منهم بجروح.", "ar")
    settlers = result.entity(result.mention("مستوطنون").entity)
    assert settlers.cameo.startswith("ISR"), result.describe()
    assert any(a.attacker == settlers.key for a in result.attacks), result.describe()


def test_settlers_in_english_are_people_of_israel(analyze):
    result = analyze("Settlers attacked a Palestinian village near Nablus on Monday, wounding three people.", "en")
    keys = [m.entity for m in result.mentions() if m.kind == "generic"]
    assert any(result.entity(k).cameo.startswith("ISR") for k in keys), result.describe()


def test_a_state_singular_adjective_taken_after_a_day_is_one_of_its_people(analyze):
    result = analyze("خطف مسلحون مجهولون صباح أمس فرنسيا قرب مقديشو.", "ar")
    person = result.entity(result.mention("فرنسيا").entity)
    assert person.cameo == "FRACVL", result.describe()


def test_a_state_singular_adjective_after_a_noun_describes_it(analyze):
    result = analyze("قدمت واشنطن أمس دعما أميركيا للجيش.", "ar")
    assert result.mention("أميركيا").kind == "nisba", result.describe()


@pytest.mark.parametrize("text, surface", [
    ("استهدف هجوم انتحاري شركة أمنية بريطانية في البصرة صباح اليوم.", "شركة أمنية بريطانية"),
    ("قتل ثلاثة متعاقدين أمنيين بريطانيين بانفجار عبوة ناسفة في البصرة صباح اليوم.", "متعاقدين أمنيين بريطانيين"),
])
def test_a_company_of_a_named_state_is_that_states_business(analyze, text, surface):
    result = analyze(text, "ar")
    _, entity = generic(result, surface)
    assert entity.cameo == "GBRBUS", result.describe()


def test_a_bare_company_is_no_actor(analyze):
    # Without a state's adjective "شركة" heads a company's own name.
    result = analyze("وقالت شركة النفط إن الإنتاج توقف بعد الهجوم.", "ar")
    assert not any(m.kind == "generic" and m.entity.endswith("companies") for m in result.doc.mentions), \
        result.describe()


def test_a_leader_described_by_a_states_adjective_is_its_government(analyze):
    result = analyze("قتل اثنان من مرافقي الرئيس الأفغاني بانفجار عبوة ناسفة قرب قندهار صباح اليوم.", "ar")
    _, entity = generic(result, "الرئيس الأفغاني")
    assert entity.cameo == "AFGGOV", result.describe()
    # The adjective describes the president: it names no attacker.
    assert all(a.attacker != "afghanistan" for a in result.attacks), result.describe()


def test_a_leaders_title_before_a_name_is_no_generic_actor(analyze):
    result = analyze("وقال رئيس الوزراء العراقي نوري المالكي إن الهجوم لن يمر دون عقاب.", "ar")
    assert not any(m.kind == "generic" for m in result.doc.mentions), result.describe()


def test_contractors_of_a_named_state_are_its_business_en(analyze):
    result = analyze("Gunmen shot dead three British contractors near Kirkuk on Tuesday.", "en")
    _, entity = generic(result, "British contractors")
    assert entity.cameo == "GBRBUS", result.describe()

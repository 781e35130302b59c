"""Arabic attack events (kg/pipeline/attacks.py with kg/lang/ar/attacks.yaml): who attacked
what, where, when and with what, on wire-style sentences of our own.  Documents are
published on Wednesday 2024-01-31 (see conftest.PUBLISHED)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.model import ASSERTED, REPORTED
from kg.keys import mint_key

TUESDAY = dt.date(2024, 1, 30)


# --- attacker and target, by wording ---------------------------------------------------

@pytest.mark.parametrize("sentence, attacker, target, rule", [
    pytest.param("المقاومة الإسلامية في العراق تستهدف قاعدة عين الأسد بالصواريخ.",
                 "islamic_resistance_iraq", "ain_al_asad", "ar.attack.subject", id="svo-present"),
    pytest.param("الحوثيون استهدفوا ميناء إيلات بصاروخ باليستي.",
                 "houthis", "eilat", "ar.attack.subject", id="svo-past-plural"),
    pytest.param("وشنت كتائب حزب الله هجوما بطائرة مسيرة على قاعدة حرير في أربيل أمس.",
                 "kataib_hezbollah", "harir", "ar.attack.subject", id="vso-launch-an-attack-on"),
    pytest.param("وأطلقت حركة حماس صواريخ كاتيوشا على حيفا.",
                 "hamas", "haifa", "ar.attack.subject", id="vso-fired-at"),
    pytest.param("وتعرضت قاعدة فيكتوريا قرب مطار بغداد لهجوم صاروخي من حركة النجباء مساء الأحد.",
                 "nujaba", "victory_base", "ar.attack.agent", id="passive-min"),
    pytest.param("وأدانت الحكومة العراقية الضربة التي نفذتها القوات الأمريكية على مقر لحركة النجباء في بغداد.",
                 "usa", "nujaba", "ar.attack.agent", id="agent-naffadhat-ha"),
    pytest.param("وشن هجوم بطائرة مسيرة تابعة لكتائب حزب الله على قاعدة التنف.",
                 "kataib_hezbollah", "al_tanf", "ar.attack.agent", id="agent-weapon-belonging-to"),
    pytest.param("وقتل عشرة أشخاص في غارة إسرائيلية على خان يونس فجر الثلاثاء.",
                 "israel", "khan_younis", "ar.attack.state_adjective", id="state-adjective-airstrike"),
    pytest.param("وقتل قيادي في كتائب حزب الله بضربة مسيرة أمريكية في بغداد.",
                 "usa", "kataib_hezbollah", "ar.attack.state_adjective", id="state-adjective-drone"),
    pytest.param("وأعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير في أربيل.",
                 "islamic_resistance_iraq", "harir", "ar.attack.claim", id="claim-announced-targeting"),
    pytest.param("وأقدمت حركة النجباء على هجوم بالصواريخ على قاعدة عين الأسد فجر الثلاثاء.",
                 "nujaba", "ain_al_asad", "ar.attack.subject", id="ala-before-trigger-is-no-modality"),
])
def test_attacks_ar_attacker_and_target(analyze, sentence, attacker, target, rule):
    result = analyze(sentence, "ar")
    attack = result.attack(target)
    assert attack.attacker == attacker, result.describe()
    assert attack.rule == rule, result.describe()
    assert attack.polarity == ASSERTED


def test_attacks_ar_passive_without_agent_is_unattributed(analyze):
    result = analyze("وتعرضت الناقلة \"مارلين لواندا\" لهجوم بصاروخ مضاد للسفن في خليج عدن.", "ar")
    attack = result.attack(mint_key("مارلين لواندا"))
    assert attack.attacker is None
    assert attack.place == "gulf_of_aden"
    assert attack.weapons == ["anti_ship_missile"]
    assert attack.kind == "MissileAttack"


def test_attacks_ar_claim_in_a_later_sentence_names_the_attacker(analyze):
    result = analyze("تعرضت قاعدة التنف لهجوم بطائرة مسيرة فجر الأحد. "
                     "وتبنت المقاومة الإسلامية في العراق الهجوم.", "ar")
    attack = result.attack("al_tanf")
    assert attack.attacker == "islamic_resistance_iraq", result.describe()
    assert attack.rule == "ar.attack.claimed"
    assert attack.date == dt.date(2024, 1, 28)
    assert attack.kind == "DroneStrike"


def test_attacks_ar_claim_needs_an_attack_told_before(analyze):
    result = analyze("وتبنت المقاومة الإسلامية في العراق الهجوم.", "ar")
    assert not result.attacks, result.describe()


def test_attacks_ar_claim_does_not_replace_a_named_attacker(analyze):
    result = analyze("وشنت كتائب حزب الله هجوما على قاعدة التنف. "
                     "وتبنت المقاومة الإسلامية في العراق الهجوم.", "ar")
    assert result.attack("al_tanf").attacker == "kataib_hezbollah", result.describe()


def test_attacks_ar_reported_attack_carries_the_speaker(analyze):
    result = analyze("وقال الحوثيون إنهم استهدفوا ميناء إيلات بطائرات مسيرة.", "ar")
    attack = result.attack("eilat")
    assert attack.attacker == "houthis", result.describe()
    assert attack.polarity == REPORTED
    assert attack.evidence.said_by == "houthis"


# --- targets and places ------------------------------------------------------------------

def test_attacks_ar_one_event_per_distinct_target(analyze):
    result = analyze("وشنت المقاومة الإسلامية في العراق هجمات بطائرات مسيرة على قاعدة عين الأسد "
                     "وقاعدة حرير وقاعدة التنف.", "ar")
    targets = sorted(a.target for a in result.attacks)
    assert targets == sorted(["ain_al_asad", "harir", "al_tanf"]), result.describe()
    assert {a.attacker for a in result.attacks} == {"islamic_resistance_iraq"}
    assert {a.kind for a in result.attacks} == {"DroneStrike"}


def test_attacks_ar_repeated_target_is_one_event(analyze):
    result = analyze("وشنت كتائب حزب الله هجوما بطائرة مسيرة على قاعدة التنف، "
                     "وهجوما آخر بالصواريخ على قاعدة التنف.", "ar")
    assert len(result.attacks_on("al_tanf")) == 1, result.describe()


@pytest.mark.parametrize("sentence, target, place", [
    pytest.param("وشنت كتائب حزب الله هجوما بطائرة مسيرة على قاعدة حرير في أربيل أمس.",
                 "harir", "erbil", id="base-in-city"),
    pytest.param("وشن تنظيم داعش هجوما بعبوة ناسفة على القوات العراقية في كركوك.",
                 "iraq", "kirkuk", id="forces-in-city"),
    pytest.param("وتعرضت الناقلة \"مارلين لواندا\" لهجوم بصاروخ مضاد للسفن في خليج عدن.",
                 mint_key("مارلين لواندا"), "gulf_of_aden", id="vessel-in-gulf"),
])
def test_attacks_ar_place_after_the_target(analyze, sentence, target, place):
    result = analyze(sentence, "ar")
    assert result.attack(target).place == place, result.describe()


def test_attacks_ar_place_is_not_a_target(analyze):
    result = analyze("وشنت كتائب حزب الله هجوما بطائرة مسيرة على قاعدة حرير في أربيل أمس.", "ar")
    assert not result.attacks_on("erbil"), result.describe()


def test_attacks_ar_attack_on_an_actor_states_opposition(analyze):
    result = analyze("وشن تنظيم داعش هجوما بعبوة ناسفة على القوات العراقية في كركوك.", "ar")
    found = result.relations("isis", "opposes", "iraq")
    assert found and found[0].rule == "derived.attacker_opposes_target", result.describe()


def test_attacks_ar_attack_on_a_base_states_no_opposition(analyze):
    result = analyze("وشنت كتائب حزب الله هجوما بطائرة مسيرة على قاعدة حرير.", "ar")
    assert result.attacks and not result.relations(predicate="opposes"), result.describe()


# --- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("when, expected", [
    pytest.param("أمس", TUESDAY, id="ams"),
    pytest.param("يوم الثلاثاء", TUESDAY, id="weekday-tuesday"),
    pytest.param("الليلة الماضية", TUESDAY, id="last-night"),
    pytest.param("مساء الأربعاء", dt.date(2024, 1, 31), id="weekday-of-publication"),
    pytest.param("يوم الخميس", dt.date(2024, 1, 25), id="weekday-last-week"),
    pytest.param("فجر اليوم", dt.date(2024, 1, 31), id="today-dawn"),
    pytest.param("أول أمس", dt.date(2024, 1, 29), id="day-before-yesterday"),
    pytest.param("في 28 كانون الثاني/يناير 2024", dt.date(2024, 1, 28), id="levantine-slash-egyptian"),
    pytest.param("يوم 7 تشرين الأول", dt.date(2023, 10, 7), id="levantine-no-year-goes-back"),
    pytest.param("في 15 يناير", dt.date(2024, 1, 15), id="egyptian-no-year"),
    pytest.param("يوم ٢٥ يناير ٢٠٢٤", dt.date(2024, 1, 25), id="arabic-indic-digits"),
    pytest.param("في 3 آذار 2023", dt.date(2023, 3, 3), id="levantine-adhar"),
])
def test_attacks_ar_date(analyze, when, expected):
    result = analyze(f"وشنت كتائب حزب الله هجوما على قاعدة عين الأسد {when}.", "ar")
    assert result.attack("ain_al_asad").date == expected, result.describe()


def test_attacks_ar_reference_date_is_not_the_event_date(analyze):
    result = analyze("وشنت كتائب حزب الله هجوما على قاعدة عين الأسد بعد أحداث 7 أكتوبر.", "ar")
    assert result.attack("ain_al_asad").date is None, result.describe()


def test_attacks_ar_without_publication_date_weekday_stays_open(analyze):
    result = analyze("وشنت كتائب حزب الله هجوما على قاعدة عين الأسد يوم الثلاثاء.", "ar", date=None)
    assert result.attack("ain_al_asad").date is None, result.describe()


# --- weapons and the Attack subclass -----------------------------------------------------

@pytest.mark.parametrize("means, weapon, kind", [
    pytest.param("بطائرة مسيرة", "drone", "DroneStrike", id="drone"),
    pytest.param("بطائرتين مسيرتين", "drone", "DroneStrike", id="drone-dual"),
    pytest.param("بصواريخ باليستية", "ballistic_missile", "MissileAttack", id="ballistic"),
    pytest.param("بصواريخ كروز", "cruise_missile", "MissileAttack", id="cruise"),
    pytest.param("بصواريخ كاتيوشا", "rocket", "RocketAttack", id="katyusha"),
    pytest.param("بقذائف هاون", "mortar", "Shelling", id="mortar"),
    pytest.param("بطائرات حربية", "fighter_jet", "Airstrike", id="warplanes"),
    pytest.param("بعبوة ناسفة", "ied", "Bombing", id="ied"),
    pytest.param("بسيارة مفخخة", "car_bomb", "Bombing", id="car-bomb"),
])
def test_attacks_ar_weapon_and_kind(analyze, means, weapon, kind):
    result = analyze(f"وشنت حركة النجباء هجوما {means} على قاعدة فيكتوريا.", "ar")
    attack = result.attack("victory_base")
    assert weapon in attack.weapons, result.describe()
    assert attack.kind == kind, result.describe()


def test_attacks_ar_without_weapon_is_a_plain_attack(analyze):
    result = analyze("وشنت حركة النجباء هجوما على قاعدة فيكتوريا.", "ar")
    attack = result.attack("victory_base")
    assert attack.weapons == [] and attack.kind == "Attack", result.describe()


def test_attacks_ar_airstrike_noun_gives_airstrike(analyze):
    result = analyze("وقتل عشرة أشخاص في غارة إسرائيلية على خان يونس.", "ar")
    assert result.attack("khan_younis").kind == "Airstrike", result.describe()


def test_attacks_ar_seizing_a_ship_is_a_hijacking(analyze):
    result = analyze("وأعلن الحوثيون احتجاز السفينة \"غالاكسي ليدر\" في البحر الأحمر.", "ar")
    attack = result.attack(mint_key("غالاكسي ليدر"))
    assert attack.attacker == "houthis", result.describe()
    assert attack.kind == "Hijacking"
    assert attack.place == "red_sea"


def test_attacks_ar_launch_needs_a_weapon(analyze):
    # "أطلقت" alone is not an attack: it launches campaigns, initiatives, prisoners.
    result = analyze("وأطلقت حركة حماس سراح رهائن في غزة.", "ar")
    assert not result.attacks, result.describe()


# --- what makes no new event -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    pytest.param("وتوعدت كتائب حزب الله بمواصلة استهداف القواعد الأمريكية في العراق.", id="vow-to-continue"),
    pytest.param("وهددت حركة النجباء بشن هجمات على القوات الأمريكية.", id="threat"),
    pytest.param("وقال الحوثيون إنه إذا شنت إسرائيل هجوما على لبنان فإنهم سيردون.", id="hypothetical-idha"),
    pytest.param("وقالت إسرائيل إنها لن تهاجم لبنان.", id="negated-future"),
    pytest.param("ووثق المرصد السوري أكثر من 100 هجوم على قاعدة التنف منذ أكتوبر.", id="count"),
    pytest.param("وأدانت بغداد هذه الضربات الأمريكية على مقرات الحشد الشعبي.", id="demonstrative"),
])
def test_attacks_ar_no_event(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not result.attacks, result.describe()


def test_attacks_ar_demonstrative_counterpart_is_an_event(analyze):
    # Without "هذه" the same wording reports an attack: the demonstrative is what blocks it.
    result = analyze("وأدانت بغداد الضربات الأمريكية على مقرات الحشد الشعبي.", "ar")
    assert result.attack("pmf").attacker == "usa", result.describe()


def test_attacks_ar_threat_counterpart_is_an_event(analyze):
    result = analyze("وشنت حركة النجباء هجمات على القوات الأمريكية.", "ar")
    assert result.attack("usa").attacker == "nujaba", result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("ونفت كتائب حزب الله أن تكون قد شنت هجوما على البرج 22.", id="deny-that"),
    pytest.param("ونفت كتائب حزب الله مسؤوليتها عن الهجوم على البرج 22.", id="deny-responsibility"),
    pytest.param("ونفى الحوثيون استهداف سفينة أمريكية في البحر الأحمر.", id="deny-verbal-noun"),
])
def test_attacks_ar_denial_is_never_an_asserted_attack(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not [a for a in result.attacks if a.polarity == ASSERTED], result.describe()
    assert not result.relations(predicate="opposes", obj="usa"), result.describe()


def test_attacks_ar_denial_counterpart_is_an_event(analyze):
    result = analyze("وشنت كتائب حزب الله هجوما على البرج 22.", "ar")
    assert result.attack("tower_22").attacker == "kataib_hezbollah", result.describe()


def test_every_weapon_of_the_lexicon_names_an_attack_kind():
    # small arms fire is an armed clash, the generic Attack class
    from kg.lexicon import default_lexicon
    from kg.pipeline.attacks import WEAPON_KINDS
    weapons = {e.id for e in default_lexicon() if e.cls == "Weapon"}
    assert weapons - set(WEAPON_KINDS) == {"small_arms"}
    assert set(WEAPON_KINDS) <= weapons


def test_the_raid_verb_aghara_reports_an_attack(analyze):
    # "أغار على": the raid's verb, on the ground or by air; its subject carried it out.
    a = analyze("أغار مسلحون على نقطة تفتيش للشرطة قرب سامراء فجر الأحد.", "ar")
    assert a.attacks and a.attacks[0].attacker == "gunmen", a.describe()
    a = analyze("وأغارت مقاتلات تركية على مواقع لحزب العمال الكردستاني في قنديل.", "ar")
    assert any(x.attacker == "turkey" for x in a.attacks), a.describe()

def test_an_attack_named_only_to_say_when_is_not_the_news(analyze):
    # "قبل ساعات من هجوم X،": X's attack dates the strike told after the comma; X did not
    # carry out that strike.
    a = analyze("وقبل ساعات من هجوم حزب الله، استهدفت غارة إسرائيلية بمسيرة دراجة نارية قرب صور "
                "وقتلت شخصين.")
    assert a.attacks and all(x.attacker != "hezbollah" for x in a.attacks), a.describe()
    # Told with its own target, the attack in the time phrase stays (its only report).
    a = analyze("وأعلنت الحكومة إنهاء المهمة بعد يومين من ضربة أمريكية قتلت قياديا في كتائب حزب الله.")
    assert a.attack("kataib_hezbollah").attacker == "usa", a.describe()



def test_the_one_who_underwent_the_attack_follows_the_verbal_noun(analyze):
    # "أعلنت X تعرض Y لقصف": Y was struck; X announced it.
    a = analyze("وأعلنت القيادة الأميركية الوسطى تعرض قاعدة حرير لقصف بصواريخ أطلقها مسلحون في أربيل.")
    assert a.attacks_on("harir") and not a.attacks_on("centcom"), a.describe()


def test_whoever_fired_the_weapon_is_the_attacker(analyze):
    # "بصاروخ أطلقه X": X fired it; X is no target.
    a = analyze("وأعلنت القيادة الأميركية الوسطى تعرض قاعدة حرير لقصف بصاروخ أطلقه الحوثيون.")
    assert a.attack("harir").attacker == "houthis", a.describe()
    assert not a.attacks_on("houthis"), a.describe()


def test_a_killing_verb_with_a_named_state_after_it_is_active(analyze):
    # "وقتلت إسرائيل ... قائدا في غارة": Israel killed (verb-subject-object), not "was killed".
    a = analyze("وقتلت إسرائيل يوم الخميس الماضي قائد أركان الحوثيين وعددا من مرافقيه في غارة على مدينة "
                "الحديدة.")
    assert a.attack("hodeidah").attacker == "israel", a.describe()


def test_a_state_adjective_right_after_a_verbal_noun_names_the_attacker(analyze):
    # "في قصف إسرائيلي": قصف is a noun here (a verb takes no adjective), Israel shelled.
    a = analyze("قتل قيادي في حزب الله اليوم في قصف إسرائيلي استهدف سيارته في بلدة الخيام جنوب البلاد.")
    assert a.attack("hezbollah").attacker == "israel", a.describe()


def test_attacks_ar_weapon_right_after_a_verb_opening_the_clause_struck_the_target(analyze):
    # "وضربت صواريخ باليستية قاعدة X": verb, weapon as subject, the named base as object.
    a = analyze("وضربت صواريخ باليستية قاعدة حرير في أربيل مساء السبت.", "ar")
    assert a.attacks_on("harir"), a.describe()
    assert a.attack("harir").attacker is None, a.describe()

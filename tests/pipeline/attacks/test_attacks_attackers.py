"""Attacker rules (kg/pipeline/attacks/attackers.py), on sentences of our own: the actor
right after a verb that takes its target as object ("استهدف") is its subject."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("واستهدفت كتائب حزب الله قاعدة حرير.", "kataib_hezbollah", "harir", id="vso-feminine"),
    pytest.param("استهدف الحوثيون يوم الأحد قاعدة عين الأسد.", "houthis", "ain_al_asad", id="vso-day-between"),
])
def test_arabic_verb_subject_object_with_a_targeting_verb(analyze, sentence, attacker, target):
    a = analyze(sentence, "ar")
    assert a.attack(target).attacker == attacker, a.describe()


def test_a_present_tense_targeting_verb_first_tells_a_habit(analyze):
    a = analyze("وتستهدف إسرائيل قادة حماس في الخارج منذ سنوات.", "ar")
    assert not a.attacks, a.describe()


def test_an_owner_named_past_the_target_preposition_owns_the_target(analyze):
    # "تابعة للتحالف" describes the bases attacked; it names no agent of the attack.
    a = analyze("وقال المتحدث إن الفصائل شنت هجمات ضد السفارة الأمريكية في بغداد ومعسكرات يقيم فيها "
                "جنود أمريكيون وأخرى تابعة للتحالف الدولي.", "ar")
    assert a.attacks_on("us_embassy_baghdad"), a.describe()
    assert all(x.attacker != "coalition" for x in a.attacks), a.describe()


def test_a_weapon_owned_before_the_target_still_names_the_agent(analyze):
    a = analyze("هجوم بطائرات مسيرة تابعة لكتائب حزب الله على قاعدة حرير.", "ar")
    assert a.attack("harir").attacker == "kataib_hezbollah", a.describe()


def test_the_announcing_ministry_is_no_attacker_beside_a_named_one(analyze):
    a = analyze("وأعلنت وزارة الصحة اللبنانية أن غارة إسرائيلية استهدفت منزلا في بلدة ميفدون.", "ar")
    assert all(x.attacker != "lebanon_health" for x in a.attacks), a.describe()
    assert any(x.attacker == "israel" for x in a.attacks), a.describe()


def test_a_headline_participle_makes_the_group_named_before_it_the_victim(analyze):
    a = analyze("Two Kataib Hezbollah commanders killed in Erbil drone strike, group says", "en")
    assert all(x.attacker != "kataib_hezbollah" for x in a.attacks), a.describe()



def test_the_group_holding_the_place_struck_is_no_attacker(analyze):
    a = analyze("هزت انفجارات قوية مساء الخميس مدينة صعدة الخاضعة لسيطرة الحوثيين، إثر غارات "
                "جوية لمقاتلات أميركية بريطانية، بالتزامن مع قصف طال مدينة عمران.", "ar")
    assert all(x.attacker != "houthis" for x in a.attacks), a.describe()


def test_a_state_adjective_on_its_own_attack_noun_names_the_attacker(analyze):
    # The frame's trigger is the killing; the adjective qualifies the strike noun further on,
    # and, being an adjective, is never where it happened.
    a = analyze("Two Kataib Hezbollah fighters were killed in an American airstrike in al-Qaim late on Sunday.", "en")
    attack = a.attack("kataib_hezbollah")
    assert (attack.attacker, attack.place) == ("usa", "qaim"), a.describe()


def test_actors_of_a_fronted_time_clause_are_not_the_subject(analyze):
    # "Since the truce between X and Y ended, the factions resumed their attacks on Z".
    a = analyze("وبعد انهيار التفاهم بين تركيا وحزب العمال الكردستاني، استأنفت كتائب حزب الله "
                "هجماتها بالمسيرات ضد القوات الأميركية.", "ar")
    assert a.attacks and all(x.attacker == "kataib_hezbollah" for x in a.attacks), a.describe()


def test_a_launch_verb_used_for_naming_launches_nothing(analyze):
    # "تطلق على نفسها اسم": the group calls itself by a name; the name is no target.
    a = analyze("وأعلنت جماعة مسلحة تطلق على نفسها اسم كتائب حزب الله أنها قصفت قاعدتين أمريكيتين في ريف الحسكة.", "ar")
    assert not a.attacks_on("kataib_hezbollah"), a.describe()
    assert a.attacks_on("usa"), a.describe()


def test_in_english_an_actor_after_the_trigger_is_never_its_subject(analyze):
    a = analyze("Kataib Hezbollah said on Monday that it used drones to attack US troops stationed at "
                "Harir air base.", "en")
    assert a.attacks and all(x.attacker != "usa" for x in a.attacks), a.describe()


def test_said_that_it_makes_the_speaker_the_attacker(analyze):
    a = analyze("Kataib Hezbollah said on Monday that it used drones to attack US troops stationed at "
                "Harir air base.", "en")
    assert any(x.attacker == "kataib_hezbollah" for x in a.attacks), a.describe()

def test_a_launch_point_is_not_the_attacker(analyze):
    # "من سوريا على ...": where the rockets came from; the speaker's fighters fired them.
    a = analyze("وأعلنت كتائب سيد الشهداء أن مقاتليها أطلقوا صواريخ من سوريا على قاعدة عين الأسد أمس.")
    assert a.attack("ain_al_asad").attacker == "kataib_sayyid_al_shuhada", a.describe()


def test_the_owner_of_the_target_is_not_the_attacker(analyze):
    # "حركة النجباء التابعة للحشد": the PMF owns the group struck; it struck no one.
    a = analyze("وقال مسؤول أمني إن الغارة استهدفت قياديا في حركة النجباء التابعة للحشد الشعبي في بغداد.")
    assert all(x.attacker != "pmf" for x in a.attacks), a.describe()


def test_a_news_outlet_heading_the_dateline_is_no_attacker(analyze):
    # The outlet before the slash sends the story; the group after the day is the subject.
    a = analyze("Shafaq News/ On Thursday, Kataib Hezbollah announced it had launched a drone "
                "attack aimed at a site in the port city of Eilat.")
    assert a.attack("eilat").attacker == "kataib_hezbollah", a.describe()


def test_an_attacker_named_after_an_accusation_is_the_accusers_claim(analyze):
    # "تتهم X فصائل تابعة لـY بتنفيذها": Y's factions are accused by X, not asserted as the
    # attacker (the factions, a member of Y, are who is said to act).
    a = analyze("وتعرضت قاعدة عين الأسد لهجمات صاروخية، تتهم الولايات المتحدة فصائل تابعة "
                "لكتائب حزب الله بتنفيذها.", "ar")
    of_kh = {"kataib_hezbollah"} | {r.subject for r in a.relations(predicate="memberOf", obj="kataib_hezbollah")}
    accused = [x for x in a.attacks if x.attacker in of_kh]
    assert accused, a.describe()
    assert all(x.polarity == "reported" and x.evidence.said_by == "usa" for x in accused), a.describe()


def test_an_accused_attacker_is_no_antecedent_of_the_attack_retold(analyze):
    # the next sentence's "الهجوم" is not the accused's attack told again as asserted
    a = analyze("وتعرضت قاعدة عين الأسد لهجمات صاروخية، تتهم الولايات المتحدة فصائل تابعة "
                "لكتائب حزب الله بتنفيذها. وقال مسؤول إن الهجوم على قاعدة حرير لم يوقع إصابات.", "ar")
    assert not any(x.attacker == "kataib_hezbollah" and x.target == "harir" for x in a.attacks), a.describe()


def test_attacks_someone_is_accused_of_make_no_asserted_frame(analyze):
    # "يتهمه X بالمسؤولية عن هجمات ضد Y": the attacks are what X accuses him of.
    a = analyze("وقال مسؤول إن الطائرة قصفت سيارة قيادي في فصيل تتهمه الولايات المتحدة "
                "بالمسؤولية عن هجمات ضد قاعدة حرير.", "ar")
    assert not any(x.target == "harir" for x in a.attacks), a.describe()


def test_a_state_adjective_past_the_target_preposition_describes_the_target(analyze):
    # "at a Greek tanker": whose ship was struck, not who fired.
    a = analyze("The Houthis fired two missiles at a Greek tanker and a US destroyer in the Red Sea on Monday.", "en")
    assert a.attacks, a.describe()
    assert all(x.attacker == "houthis" for x in a.attacks), a.describe()
    b = analyze("US warplanes struck Iranian-backed militia sites near Deir ez-Zor on Sunday.", "en")
    assert all(x.attacker != "iran" for x in b.attacks), b.describe()



def test_groups_in_a_relative_clause_on_the_speaker_are_no_subject(analyze):
    # "وقالت الجماعة التي تضم ... X، إن مقاتليها ...": X describes the speaker; "its
    # fighters" are the group that claimed the attack the sentence before.
    a = analyze("تبنت المقاومة الإسلامية في العراق الأحد هجوما على قاعدة حرير. وقالت الجماعة التي تضم "
                "فصائل بينها حركة النجباء، إن مقاتليها قصفوا قاعدة حرير بطائرتين مسيرتين.", "ar")
    assert a.attacks_on("harir"), a.describe()
    assert all(x.attacker != "nujaba" for x in a.attacks), a.describe()


def test_an_announcer_of_an_explosion_claims_no_later_attack(analyze):
    # "إعلان الجيش انفجار": the army announces what befell it; "its fighters" after the
    # time clause's comma are the sentence's subject's.
    a = analyze("وكانت كتائب حزب الله قد تبنت هجوما على قاعدة حرير، بعد ساعات من إعلان الجيش "
                "الأمريكي انفجار مسيرتين قرب أربيل، مؤكدة أن مقاتليها استهدفوا قاعدة عين الأسد.", "ar")
    assert a.attack("ain_al_asad").attacker == "kataib_hezbollah", a.describe()


def test_an_announced_strike_is_still_the_announcer_s_claim(analyze):
    a = analyze("أعلنت كتائب حزب الله قصف قاعدة حرير بطائرة مسيرة.", "ar")
    assert a.attack("harir").attacker == "kataib_hezbollah", a.describe()


def test_factions_belonging_to_a_corps_are_the_agents_not_the_corps(analyze):
    a = analyze("وتعرضت قاعدة حرير أمس لهجوم بطائرات مسيرة، تتهم واشنطن فصائل تابعة للحرس الثوري "
                "الإيراني بتنفيذه.", "ar")
    assert all(x.attacker != "irgc" for x in a.attacks), a.describe()
    assert any(x.attacker for x in a.attacks), a.describe()


def test_a_group_named_before_the_attack_noun_is_its_attacker_even_after_by(analyze):
    # "by" introduces the attack as a cause here, not the agent of a passive.
    a = analyze("The escalation came amid a war sparked by a Hamas attack on Israel on Sunday.", "en")
    assert a.attack("israel").attacker == "hamas", a.describe()


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("أعلنت كتائب حزب الله مسؤوليتها عن قصف قاعدة حرير بطائرتين مسيرتين.", "kataib_hezbollah",
                 "harir", id="claimed-shelling-of-a-base"),
    pytest.param("وأعلنت جماعة أنصار السنة مسؤوليتها عن تفجير سيارة مفخخة في سوق بكركوك أمس.", "ansar_al_sunna",
                 "kirkuk", id="claimed-car-bomb-in-a-town"),
])
def test_a_claim_of_responsibility_names_the_attacker_of_the_deed_it_names(analyze, sentence, attacker, target):
    # "مسؤوليتها" after a claim verb is a claim, not the deed as a topic ("المسؤولية عن").
    a = analyze(sentence, "ar")
    assert a.attack(target).attacker == attacker, a.describe()


def test_a_definite_state_adjective_after_an_indefinite_drone_owns_the_base(analyze):
    # The adjective agrees with the base it follows, not with the indefinite drone before
    # it: the American base was struck, America struck nothing.
    a = analyze("أصابت طائرة مسيرة مفخخة القاعدة الجوية الأميركية قرب مدينة الحسكة صباح اليوم.", "ar")
    assert a.attacks, a.describe()
    assert all(x.attacker != "usa" for x in a.attacks), a.describe()
    assert any(x.target == "usa" for x in a.attacks), a.describe()


def test_an_indefinite_state_adjective_on_an_indefinite_drone_still_names_the_attacker(analyze):
    a = analyze("استهدفت طائرة مسيرة إسرائيلية سيارة في بلدة الخيام اليوم.", "ar")
    assert any(x.attacker == "israel" for x in a.attacks), a.describe()


def test_the_army_owning_a_base_struck_is_no_attacker(analyze):
    # "قاعدة للجيش الأمريكي" names the state by its base: struck, never striking, though
    # it follows the deed's verb as a subject would.
    a = analyze("وذكرت الفصائل العراقية في بيانها أنها هاجمت مطار أربيل. فيما أعلنت أنها قصفت "
                "قاعدة للجيش الأمريكي في إقليم كردستان.", "ar")
    assert a.attacks, a.describe()
    assert all(x.attacker not in ("us_military", "usa") for x in a.attacks), a.describe()


def test_the_state_backing_a_group_struck_by_a_verb_of_backing_is_not_struck(analyze):
    # "لجماعة تدعمها إيران": Iran backs the group whose depot was hit; it was not hit.
    a = analyze("وقصفت مقاتلات أميركية فجر اليوم مخزنا للأسلحة لجماعة تدعمها إيران قرب مدينة القائم.", "ar")
    assert any(x.attacker == "usa" for x in a.attacks), a.describe()
    assert all(x.target != "iran" for x in a.attacks), a.describe()


def test_the_state_backing_fighters_named_after_the_attack_is_no_agent_of_it(analyze):
    # "المقاتلين المدعومين من إيران": "من" after a word of backing names the backer of
    # the fighters the next strike hit, not the agent of the attack on the base.
    a = analyze("وقال المتحدث إنه بعد تعرض قاعدة حرير لهجوم بصاروخ بالستي من دون إصابات، شن الجيش "
                "الأميركي ضربة على عدد من المقاتلين المدعومين من إيران.", "ar")
    assert a.attacks_on("harir"), a.describe()
    assert all(x.attacker != "iran" for x in a.attacks), a.describe()


def test_who_relays_the_news_from_a_source_is_no_attacker(analyze):
    # "نقلت X عن ضابط أن ...": X passed on what the officer said; the gunmen attacked.
    a = analyze("ونقلت وكالة الأنباء الرسمية عن ضابط في الشرطة أن مسلحين هاجموا قاعدة حرير فجر اليوم.", "ar")
    assert a.attacks_on("harir"), a.describe()
    assert all(not (x.attacker or "").startswith("وكاله") for x in a.attacks), a.describe()


def test_a_weapon_before_the_verb_is_its_subject_and_the_forces_after_it_were_struck(analyze):
    # "طائرات مسيرة هاجمت قوات أميركية": subject-verb-object; US forces were attacked.
    a = analyze("وقال ضابط في الجيش إن طائرات مسيرة هاجمت قوات أميركية متمركزة في قاعدة حرير.", "ar")
    assert any(x.target == "usa" for x in a.attacks), a.describe()
    assert all(x.attacker != "usa" for x in a.attacks), a.describe()


def test_a_plural_verb_in_what_a_group_says_of_itself_has_its_fighters_as_subject(analyze):
    # "قالت X إنها نفذت ... حيث استهدفوا ... وشنوا هجوما": the plural pronoun of the verb is
    # X's fighters; the army named near it owns what was struck.
    a = analyze("وقالت حركة النجباء في بيان إنها نفذت أمس عمليتين ضد مواقع الجيش الأمريكي، حيث استهدفوا "
                "مبنى يستخدمه جنود الجيش الأمريكي قرب قاعدة حرير، وشنوا هجوما بمسيرات على قاعدة عين الأسد.", "ar")
    assert a.attack("ain_al_asad").attacker == "nujaba", a.describe()


def test_a_coalition_named_by_the_state_leading_it_is_the_attacker(analyze):
    # "Saudi-led coalition" names the coalition, not Saudi Arabia: the strike is its own.
    a = analyze("Three fishermen died in an air strike by the Saudi-led coalition near Hodeidah on Sunday.", "en")
    assert a.attacks and all(x.attacker == "saudi_led_coalition" for x in a.attacks), a.describe()
    a = analyze("شن التحالف بقيادة السعودية غارات جوية على مواقع في محافظة مأرب أمس.", "ar")
    assert a.attacks and all(x.attacker == "saudi_led_coalition" for x in a.attacks), a.describe()

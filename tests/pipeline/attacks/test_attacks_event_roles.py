"""Roles of events read without a role frame (kg/pipeline/attacks/event_roles.py) and
what a sentence's people killed make of a bombing 'of a town' (sentence_frames.py).
Sentences are our own."""
from __future__ import annotations

import pytest


def test_counted_people_after_an_abduction_verb_were_taken(analyze):
    # "خطف" reads active or passive; a count right after it is who was taken, never who took.
    result = analyze("وخطف أربعة جنود بريطانيين وقتل خامس قرب البصرة صباح أمس.", "ar")
    assert result.attacks, result.describe()
    assert not any(c.startswith("GBR") for c in result.role_codes("attacker")), result.describe()
    assert any(c.startswith("GBR") for c in result.role_codes("target")), result.describe()


def test_weapon_before_a_verb_is_its_subject(analyze):
    # The car bomb struck the patrol: the patrol after the verb is its object.
    result = analyze("جرح أربعة مارة بانفجار سيارة مفخخة استهدفت دورية للشرطة عند مدخل تكريت مساء الأحد.", "ar")
    assert result.attacks, result.describe()
    assert not any(c.endswith("COP") for c in result.role_codes("attacker")), result.describe()


def test_an_adjective_on_the_announcer_claims_nothing(analyze):
    result = analyze("وأعلن مصدر أمني عراقي مقتل ثلاثة من رجال الشرطة في هجوم انتحاري استهدف حاجزا "
                     "في بلدة الضلوعية أمس.", "ar")
    assert result.attacks, result.describe()
    assert "IRQ" not in result.role_codes("attacker"), result.describe()


def test_people_killed_are_the_target_of_a_bombing_in_a_town(analyze):
    result = analyze("قتل عشرة أشخاص في تفجير سيارة مفخخة في منطقة الكرادة ببغداد أمس.", "ar")
    place = result.mention("منطقة الكرادة").entity
    assert result.attacks, result.describe()
    assert all(a.target != place for a in result.attacks), result.describe()
    assert any(c.endswith("CVL") for c in result.role_codes("target")), result.describe()
    assert any(a.place == place for a in result.attacks), result.describe()


def test_a_speaker_who_says_it_killed_is_the_attacker(analyze):
    result = analyze("وقال حلف شمال الأطلسي إنه قتل عددا من قادة طالبان في غارات جوية على إقليم هلمند أمس.", "ar")
    assert result.attacks, result.describe()
    assert {a.attacker for a in result.attacks} == {"nato"}, result.describe()
    assert all(a.target != "nato" for a in result.attacks), result.describe()


def test_the_speaker_reporting_a_clash_is_no_side_of_it(analyze):
    result = analyze("وذكر التحالف الدولي اليوم أن اثني عشر متمردا قتلوا خلال مواجهات مع قوات الأمن "
                     "الأفغانية في ولاية هلمند.", "ar")
    assert result.attacks, result.describe()
    sides = {a.attacker for a in result.attacks} | {a.target for a in result.attacks}
    assert "coalition" not in sides, result.describe()
    assert "afghanistan" in sides, result.describe()


def test_a_member_of_a_group_makes_the_group_the_target(analyze):
    # "قبل ظهر أمس" is a time of day, not "before": the object after it is still read.
    result = analyze("اغتالت وحدة إسرائيلية خاصة قبل ظهر أمس ناشطا في حركة حماس قرب نابلس.", "ar")
    assert "hamas" in {a.target for a in result.attacks}, result.describe()


def test_a_group_among_the_people_counted_killed_is_no_attacker(analyze):
    result = analyze("وأعلن مسؤول محلي مقتل ستة من رجال الأمن ومجالس الصحوة في هجوم انتحاري استهدف أمس "
                     "حاجزا في بلدة الخالص.", "ar")
    assert result.attacks, result.describe()
    assert "sahwa" not in {a.attacker for a in result.attacks}, result.describe()


def test_the_group_an_attack_is_attributed_to_is_its_attacker(analyze):
    result = analyze("تعرض مركز للشرطة شمال البلاد أمس إلى هجوم انتحاري نسب إلى حركة طالبان، وأسفر عن "
                     "مقتل خمسة جنود.", "ar")
    assert {a.attacker for a in result.attacks} == {"taliban"}, result.describe()


def test_the_agent_of_the_attack_responded_to_is_not_the_attacker(analyze):
    result = analyze("وقصفت طائرات إسرائيلية مساء الاثنين موقعا قرب الحدود اللبنانية، ردا على هجوم انتحاري "
                     "شنته حركة الجهاد الإسلامي في سديروت الأسبوع الماضي.", "ar")
    assert result.attacks, result.describe()
    assert "pij" not in {a.attacker for a in result.attacks}, result.describe()


def test_two_state_adjectives_on_the_jets_are_both_attackers_not_a_target(analyze):
    a = analyze("هزت انفجارات قوية مساء الخميس مدينة صعدة الخاضعة لسيطرة الحوثيين، إثر غارات "
                "جوية لمقاتلات أميركية بريطانية، بالتزامن مع قصف طال مدينة عمران.", "ar")
    assert not a.attacks_on("usa") and not a.attacks_on("uk"), a.describe()
    assert any(x.attacker in ("usa", "uk") for x in a.attacks), a.describe()


def test_what_passed_when_the_bomb_went_off_was_struck(analyze):
    # The patrol passing was the bomb's target; the passers-by hurt beside it are victims.
    result = analyze("وذكرت الشرطة أن سائقا قتل وأصيب أربعة من المارة بانفجار عبوة ناسفة على طريق "
                     "الرمادي لدى مرور دورية للجيش الأميركي.", "ar")
    assert any(c.startswith("USA") for c in result.role_codes("target")), result.describe()


def test_a_speaker_that_killed_a_number_of_fighters_is_the_attacker(analyze):
    # "عددا من" counts the people killed as a number does: the speaker's own deed.
    result = analyze("وقالت قوات حلف شمال الأطلسي إنها قتلت عددا من قادة طالبان في غارات جوية "
                     "على مخابئهم جنوب البلاد.", "ar")
    assert result.role_codes("attacker") == {"IGO"}, result.describe()
    assert any(c.endswith("REB") for c in result.role_codes("target")), result.describe()


def test_a_named_brigade_member_is_the_groups_target(analyze):
    # The short name of the brigades names the lexicon group (and its state's code).
    result = analyze("اغتالت وحدة إسرائيلية ناشطا في كتائب الأقصى قرب نابلس صباح اليوم.", "ar")
    assert any(c.startswith("PSE") for c in result.role_codes("target")), result.describe()


def test_a_named_person_struck_carries_the_lexicons_code(analyze):
    # The cleric's state and role are identity (lexicon), the attack on him is the text's.
    result = analyze("وتعرض المرجع علي السيستاني لمحاولة اغتيال في مدينة النجف صباح اليوم.", "ar")
    assert any(c.startswith("IRQ") for c in result.role_codes("target")), result.describe()


def test_the_speakers_own_forces_fired(analyze):
    # "قال الجيش إن قواته أطلقت ...": the speaker's forces are the subject of the firing verb.
    result = analyze("وقال الجيش البريطاني إن قواته أطلقت صاروخين على مخبأ للمسلحين قرب البصرة.", "ar")
    assert any(c.startswith("GBR") for c in result.role_codes("attacker")), result.describe()


def test_people_killed_in_a_strike_on_an_area_are_its_target(analyze):
    # The strike's frame names an area ("على منطقة"); the people the sentence says were killed
    # in it are what was struck, and the area is where.
    result = analyze("سقط أربعة قتلى من عناصر الحشد الشعبي في قصف إسرائيلي على منطقة القائم فجر الجمعة.", "ar")
    attack = result.attack("pmf")
    assert (attack.attacker, attack.place) == ("israel", "qaim"), result.describe()
    assert not result.attacks_on("qaim"), result.describe()


def test_in_english_the_actor_after_the_verb_is_its_object(analyze):
    # Subject-verb-object: the reporter after "abducted" was taken; the gunmen took him.
    result = analyze("Unknown gunmen abducted a Kurdish reporter outside Kirkuk on Friday.", "en")
    assert result.attacks, result.describe()
    attack = result.attacks[0]
    assert attack.attacker is not None and "journalist" not in attack.attacker, result.describe()
    assert attack.target is not None and "journalist" in attack.target, result.describe()


def test_attacks_event_roles_who_underwent_it_is_the_target(analyze):
    # "تعرض X ... لـ<cue>": X, the subject of the verb of undergoing, was struck; the
    # civilians he worked with, nearer the cue, were not.
    result = analyze("تعرض عضو في حركة فتح يعمل مع مدنيين صباح أمس للخطف.", "ar")
    found = [a for a in result.attacks if a.polarity != "denied"]
    assert len(found) == 1 and found[0].target == "fatah", result.describe()


def test_a_group_after_from_right_after_the_cue_sent_it(analyze):
    # "هجوم بمسيرة من X": X sent the drone; it is no target.
    result = analyze("هجوم بطائرة مسيرة من الحوثيين يسفر عن مقتل جنديين إسرائيليين في إيلات", "ar")
    assert result.attacks, result.describe()
    assert all(a.attacker == "houthis" for a in result.attacks), result.describe()
    assert not result.attacks_on("houthis"), result.describe()


def test_counted_members_before_a_short_glued_cue_died_in_it(analyze):
    # "ثلاثة من X بغارة": the counted members of X were killed by the strike.
    result = analyze("قتل أمس ثلاثة من حزب الله بغارة في بلدة حدودية.", "ar")
    assert result.attacks, result.describe()
    assert all(a.attacker != "hezbollah" for a in result.attacks), result.describe()


def test_who_condemns_or_witnesses_a_killing_did_not_do_it(analyze):
    # "أدانت X قتل ..."، "شهدت X هجوما": the actor after the verb of condemning or
    # witnessing is that verb's subject, not the attacker of the cue after it. (Since the
    # thirteenth round the condemned deed is no event at all: test_attacks_condemned.py;
    # the witnessed one stays an event.)
    for sentence, onlooker, told in (
            ("أدانت اليابان أمس قتل أربعة من مهندسيها خطفهم مسلحون قرب السد.", "japan", False),
            ("وشهد اليمن أمس هجوما انتحاريا بسيارة مفخخة أسفر عن مقتل سبعة جنود.", "yemen", True)):
        result = analyze(sentence, "ar")
        assert bool(result.attacks) == told, result.describe()
        assert all(a.attacker != onlooker for a in result.attacks), result.describe()


def test_a_speaker_telling_someone_was_assassinated_did_not_do_it(analyze):
    # "قال X إنه اغتيل": the pronoun underwent the passive verb; the speaker is no attacker.
    result = analyze("وقالت حركة حماس إنه اغتيل برصاص قناص قرب منزله مساء أمس.", "ar")
    assert result.attacks, result.describe()
    assert all(a.attacker != "hamas" for a in result.attacks), result.describe()


def test_a_masculine_doer_pronoun_names_the_agent_of_the_background_attack(analyze):
    # "هجوم شنه مسلحون": the gunmen launched the attack that killed the soldiers; the
    # state retaliating after the comma is not its attacker. The gunmen are whatever node
    # their mention names (a backed collective since "مسلحون مدعومون من" reads as one).
    a = analyze("في أعقاب هجوم شنه مسلحون مدعومون من إيران قبل أيام أسفر عن مقتل 4 جنود أميركيين "
                "في سوريا، شنت الولايات المتحدة فجر اليوم ضربات انتقامية.", "ar")
    gunmen = next(m.entity for m in a.doc.mentions if a.doc.text[m.start:m.end] == "مسلحون")
    assert a.attack("usa").attacker == gunmen, a.describe()


def test_an_adjective_on_the_object_of_the_cue_verb_names_no_attacker(analyze):
    # The village is Pakistani: the adjective after "استهدفت" is on what the strike hit.
    result = analyze("قتل ثمانية أشخاص في غارة جوية استهدفت قرية باكستانية قريبة من الحدود أمس.", "ar")
    assert result.attacks, result.describe()
    assert "PAK" not in result.role_codes("attacker"), result.describe()


def test_an_adjective_on_the_cue_noun_before_its_verb_still_names_the_attacker(analyze):
    result = analyze("قتل خمسة مسلحين في غارة جوية أميركية استهدفت قافلة قرب الحدود أمس.", "ar")
    assert "USA" in result.role_codes("attacker"), result.describe()


@pytest.mark.parametrize("text", [
    pytest.param("أطلق مسلحون أربعة صواريخ باتجاه شمال إسرائيل مساء أمس.", id="batijah"),
    pytest.param("أطلق مسلحون أربعة صواريخ في اتجاه جنوب إسرائيل مساء أمس.", id="fi-ittijah"),
])
def test_a_state_after_a_direction_and_a_compass_word_is_the_target(analyze, text):
    result = analyze(text, "ar")
    assert "ISR" in result.role_codes("target"), result.describe()


def test_a_state_after_an_adjacency_word_is_where_the_target_lies(analyze):
    # The villages lie next to Iraq: Iraq was not struck, the villagers were.
    result = analyze("قصفت طائرات مسيرة أمس قرى حدودية مجاورة للعراق ما أسفر عن مقتل ستة مدنيين.", "ar")
    assert result.attacks, result.describe()
    assert all(a.target != "iraq" for a in result.attacks), result.describe()


def test_who_underwent_an_attack_is_no_attacker_of_it(analyze):
    # "X وY تعرضت لهجوم": both sides named before the verb of undergoing were struck;
    # the one joined by و is no subject that carried the attack out.
    a = analyze("وأكد مسؤول أمريكي أن القوات الأمريكية والتحالف الدولي تعرضت لهجوم بصواريخ في منطقة "
                "صحراوية شرقي سوريا دون وقوع إصابات.", "ar")
    assert a.attacks, a.describe()
    assert all(x.attacker != "coalition" for x in a.attacks), a.describe()


@pytest.mark.parametrize("sentence", [
    # after "في", an actor glued to ل right after the deed, the target preposition after it
    pytest.param("قتل أربعة مدنيين صباح اليوم في قصف للجيش الإسرائيلي على مدرسة في المدينة.", id="lam-owner-in-a-scene"),
    # the agent's aircraft after "نفذه": the agent owns them
    pytest.param("أصيب ستة أشخاص مساء أمس في قصف نفذه طيران الجيش الإسرائيلي على حي سكني.", id="agent-s-aircraft"),
])
def test_the_owner_of_the_deed_is_its_attacker_not_its_target(analyze, sentence):
    result = analyze(sentence, "ar")
    assert result.attacks and all(a.attacker == "idf" and a.target != "idf" for a in result.attacks), \
        result.describe()

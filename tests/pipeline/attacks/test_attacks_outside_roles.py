"""Kinds found on the outside Arabic sentences (issue #12, branch nonevents): roles read
wrong (a responder, a victim or a convoy named as the attacker) and deeds under a modality
the role frames missed (a list after "، من بينها", a preferred option, practices
condemned). The sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    pytest.param("وقال الضابط إن قنبلة انفجرت في الساحة، وعند وصول قوات الشرطة إلى الموقع انفجرت سيارة "
                 "مفخخة فجرحت ستة.", id="arrival-noun"),
    pytest.param("أفاد شهود بأن قنبلة انفجرت قرب المدرسة فجرحت طفلين، ولدى وصول عربات الشرطة الى مكان "
                 "الحادث انفجرت قنبلة ثانية فقتلت شرطيا.", id="arrival-noun-with-head"),
    # the people hurt, then a police building struck: "مقر شرطة" is the verb's object
    pytest.param("وقال الناطق إن ثلاثة حراس قتلوا وجرح ضابط مساء الأحد في تفجير انتحاري استهدف مقر شرطة "
                 "في القرية.", id="object-owner"),
    pytest.param("وذكر الناطق مقتل ستة من رجال الشرطة في هجوم بسيارة مفخخة ظهر الأحد استهدف مبنى شرطة "
                 "في القرية.", id="object-owner-after-victims"),
])
def test_the_police_struck_or_sent_are_no_attacker(analyze, sentence):
    found = analyze(sentence, "ar")
    assert found.events, found.describe()
    assert "---COP" not in found.role_codes("attacker"), found.describe()


def test_a_bomber_storming_a_convoy_is_the_attacker(analyze):
    # "بالمتفجرات" is definite: the indefinite "قافلة" after it is no adjective of it, so
    # the ل-phrase after that is the convoy's owner, not the owner of the explosives.
    found = analyze("قالت الشرطة إن الانفجار وقع ظهرا حين اقتحم انتحاري بسيارته المحشوة بالمتفجرات "
                    "قافلة للقوات الأجنبية قرب الجسر.", "ar")
    assert found.role_codes("attacker") == {"---UAF"}, found.describe()
    assert found.role_codes("target") == {"INTMIL"}, found.describe()


def test_armed_men_after_a_complementiser_killed(analyze):
    # the cue noun "الاغتيال", then "أن" and the deed told subject first: the armed men
    # did it (a complementiser between a cue and an actor leaves it the subject)
    found = analyze("وذكر رئيس البلدية، الذي شهدت مدينته الاغتيال، ان مسلحين ملثمين قتلوا القاضي امام "
                    "محكمته صباحا.", "ar")
    assert found.role_codes("attacker") == {"---UAF"}, found.describe()
    assert "---UAF" not in found.role_codes("target"), found.describe()


@pytest.mark.parametrize("sentence, attacker", [
    # arriving somewhere that is no scene: the arrivals are the attackers
    pytest.param("وصل مسلحون إلى القرية وأطلقوا النار على السكان.", "---UAF", id="arrival-no-scene"),
    # a noun of fighters between verb and group: the group is the subject
    pytest.param("اقتحم مسلحو حماس مقرا للشرطة في المدينة.", "PSEREB", id="fighters-of"),
])
def test_subjects_still_read(analyze, sentence, attacker):
    found = analyze(sentence, "ar")
    assert found.role_codes("attacker") == {attacker}, found.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وشدد الخبير على ان المؤتمر سيبحث عدة ملفات يتوقع ان تؤدي إلى توتر دولي، من بينها "
                 "تفجير قنبلة من جانب إيران او مهاجمة المصارف في ألمانيا او خطف متشددين لسياح "
                 "بريطانيين في الخارج، او انهيار اسواق المال.", id="expected-list"),
    pytest.param("ويرى المراقبون أن إسرائيل ستفضل غارات جوية على منشآت إيران بدل حرب شاملة.",
                 id="preferred-option"),
    pytest.param("ورجح الكاتب ان واشنطن ستلجأ الى ضربات صاروخية ضد الحوثيين في اليمن.", id="resorted-to"),
    pytest.param("وأدانت القمة إسرائيل لعدوانها على سكان الضفة وممارساتها وخصوصا الاغتيالات وقصف المدارس "
                 "والحصار الذي تفرضه على مدينة جنين.", id="condemned-practices"),
])
def test_no_event_under_a_modality_the_frames_missed(analyze, sentence):
    found = analyze(sentence, "ar")
    assert found.events == [], found.describe()


def test_a_list_with_no_modality_still_tells_its_deed(analyze):
    # the list opener alone blocks nothing: only a modality word before its comma does
    from kg.pipeline.attacks.cues import attack_cues
    from kg.pipeline.attacks.list_scope import listed_under_modality
    from kg.pipeline.attacks.items import Item
    c = attack_cues("ar")
    words = ["وقال", "ان", "مسلحين", "هاجموا", "قري", "المنطقه", "من", "بينها", "تفجير", "منزل"]
    items = [Item(k, k + 1, w, None, "", k == 6, 0) for k, w in enumerate(words)]
    assert not listed_under_modality(items, 8, c)
    modal = ["يتوقع" if w == "هاجموا" else w for w in words]
    items = [Item(k, k + 1, w, None, "", k == 6, 0) for k, w in enumerate(modal)]
    assert listed_under_modality(items, 8, c)


def test_a_deed_in_a_new_clause_struck_its_own_object(analyze):
    # "واختطف" opens its own clause after the comma: the journalist killed before it (and
    # the nisba of the channel) belong to the clause before, neither target nor attacker of it.
    found = analyze("اغتيل الصحافي سامر الخطيب، ومصور القناة العراقية، واختطف موظفو الإذاعة ومعهم "
                    "مديرها كريم الجبوري.", "ar")
    assert found.events, found.describe()
    assert all(a.target != "سامر_الخطيب" for a in found.events if a.kind in ("Abduction", "Hijacking")), \
        found.describe()
    assert not found.role_codes("attacker"), found.describe()

"""Kinds found on the outside Arabic sentences (issue #12, branch nonevents): roles read
wrong (a responder, a victim or a convoy named as the attacker) and deeds under a modality
the role frames missed (a list after "، من بينها", a preferred option, practices
condemned). The sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    pytest.param("وقال المصدر إن عبوة ناسفة انفجرت في السوق فقتلت ثلاثة مدنيين، وعند وصول قوات الشرطة "
                 "إلى الموقع انفجرت عبوة ثانية أصابت شرطيين.", id="arrival-noun"),
    pytest.param("وقال «انفجرت عبوة اولا قرب السوق، مما أسفر عن مقتل ثلاثة، ولدى وصول دوريات الشرطة الى "
                 "المكان انفجرت عبوة ثانية مما أسفر عن إصابة شرطي».", id="arrival-noun-with-head"),
    # the victims counted, then a police station struck: "مركز شرطة" is the object
    pytest.param("وأعلن مسؤول امني مقتل أربعة من عناصر الشرطة واصابة ضابط بجروح في هجوم انتحاري امس "
                 "استهدف مركز شرطة في البلدة.", id="object-owner"),
])
def test_the_police_struck_or_sent_are_no_attacker(analyze, sentence):
    found = analyze(sentence, "ar")
    assert found.events, found.describe()
    assert "---COP" not in found.role_codes("attacker"), found.describe()


def test_a_bomber_storming_a_convoy_is_the_attacker(analyze):
    # "بالمتفجرات" is definite: the indefinite "قافلة" after it is no adjective of it, so
    # the ل-phrase after that is the convoy's owner, not the owner of the explosives.
    found = analyze("وقال إن الهجوم وقع صباح امس عندما اقتحم انتحاري بسيارته المحملة بالمتفجرات "
                    "قافلة للقوات الدولية على الطريق بين المدينتين.", "ar")
    assert found.role_codes("attacker") == {"---UAF"}, found.describe()
    assert found.role_codes("target") == {"INTMIL"}, found.describe()


def test_armed_men_before_a_killing_verb_with_an_object_killed(analyze):
    found = analyze("وقال حاكم الاقليم حيث وقع الاغتيال، ان «مسلحين مجهولين قتلوا المهندس عندما كان "
                    "عائدا الى منزله».", "ar")
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
    pytest.param("وأكد الباحث على ان الدراسة ستتناول عدة قضايا يتوقع ان تتسبب في أزمة دولية، من بينها "
                 "تفجير نووي من طرف إيران او مهاجمة شبكات الاتصالات في فرنسا او ضرب متطرفين لمصالح "
                 "بريطانية في الخارج، او حالة فوضى في المنطقة.", id="expected-list"),
    pytest.param("وأكد الباحث ان الدراسة تتناول قضايا يخشى ان تؤدي الى أزمة، من بينها ضرب متطرفين "
                 "لمصالح بريطانية في الخارج.", id="feared-list"),
    pytest.param("وقال المحلل إن تركيا ستفضل عمليات محدودة او ضربات جوية ضد حزب العمال الكردستاني.",
                 id="preferred-option"),
    pytest.param("وقال المحلل إن حكومة أنقرة ستلجأ الى عمليات محدودة او ضربات جوية منتقاة، وقد تحصل "
                 "على دعم دولي لمقاتلة حزب العمال الكردستاني.", id="resorted-to"),
    pytest.param("وأدانت اللجنة إسرائيل لعدوانها على الشعب الفلسطيني وممارساتها وخصوصا الاغتيالات وقصف "
                 "المنازل والمدارس والحصار الذي تفرضه على قطاع غزة.", id="condemned-practices"),
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
    # "واختطف" opens its own clause after the comma: the coach killed before it (and the
    # nisba of his team) belong to the clause before, neither target nor attacker of it.
    found = analyze("قُتل مدرب نادي الشرطة خالد عبد الكريم، ومدرب فريق السباحة العراقي، واختطف أعضاء "
                    "الاتحاد الرياضي وبينهم رئيسه محمود السامرائي.", "ar")
    abductions = [a for a in found.events if a.kind == "Abduction"]
    assert abductions, found.describe()
    assert all(a.target != "خالد_عبدالكريم" for a in found.events), found.describe()
    assert not found.role_codes("attacker"), found.describe()

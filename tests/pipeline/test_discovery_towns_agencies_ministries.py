"""Actors the census of unseen articles found missing (issue 13, entities): towns named by
their kind or placed in a known area, names the person rules stopped short of or ran past,
news agencies, a unit named after "السيدة ...", a bare ministry, places listed after a
plural; and the readings that are no names. Our own sentences."""
from __future__ import annotations

import pytest


def _surfaces(a, cls: str) -> set[str]:
    return {a.surface(m) for m in a.mentions() if m.cls == cls}


# --- English towns: "the village of X", "the villages of A and B", "in X in <area>" ---

@pytest.mark.parametrize("text, towns", [
    ("A drone hit a motorbike in the southern Lebanese village of Qantara on Monday.", {"Qantara"}),
    ("The strike in the town of Kfar Hamam wounded two people.", {"Kfar Hamam"}),
    ("Shells fell between the villages of Rab Thalathin and Markaba overnight.", {"Rab Thalathin", "Markaba"}),
    ("Jets hit the towns of Qlayaa, Blat, and Yaroun at dawn.", {"Qlayaa", "Blat", "Yaroun"}),
    ("A drone struck a van in Srifa in the Tyre district.", {"Srifa"}),
    ("Israeli jets later targeted Majdel Zoun in southern Lebanon.", {"Majdel Zoun"}),
])
def test_an_unknown_town_is_read_from_its_phrase(analyze, text, towns):
    a = analyze(text, "en")
    assert towns <= _surfaces(a, "Place"), a.describe()


@pytest.mark.parametrize("text, word", [
    ("The meeting in January in Lebanon was cancelled.", "January"),           # a month
    ("Mayors of the village of Hezbollah supporters met.", "Hezbollah"),        # a known name
    ("A convoy in Syria in the past week was hit.", "Syria"),                   # known, stays a state
])
def test_no_town_from_a_date_or_a_known_name(analyze, text, word):
    a = analyze(text, "en")
    assert not [m for m in a.mentions() if m.rule.startswith("en.discover.town_")
                and word in a.surface(m)], a.describe()


# --- English persons: an al- honorific inside the name, four words before ", who" ---

def test_an_honorific_with_the_article_inside_a_name_is_part_of_it(analyze):
    a = analyze("Jets killed Karim Nabil al-Haj Hassan, commander of the Bint Jbeil sector.", "en")
    assert a.mention("Karim Nabil al-Haj Hassan").cls == "Person", a.describe()


def test_four_names_before_who_and_a_fighter_apposition(analyze):
    a = analyze("The army said it killed Hassan Ali Kamel Dirani, who ran the launch cells, and "
                "Samer Fouad Haidar, another fighter of the group.", "en")
    assert a.mention("Hassan Ali Kamel Dirani").cls == "Person", a.describe()
    assert a.mention("Samer Fouad Haidar").cls == "Person", a.describe()


def test_a_title_opening_the_run_still_keeps_it_out(analyze):
    # "Sheikh" first is a title, not a name word
    a = analyze("Sheikh Nabil Qaouk, who spoke on Friday, warned Israel.", "en")
    assert "Sheikh Nabil Qaouk" not in {a.surface(m) for m in a.mentions()}, a.describe()


# --- Arabic persons ---

@pytest.mark.parametrize("text, name", [
    ("وقالت الوكالة إن مقداد فرهادي أصيب بجروح خلال القصف.", "مقداد فرهادي"),     # new given name; a verb ends it
    ("وقتلت الضربة ميلاد رستمي، وهو مستشار في الحرس الثوري.", "ميلاد رستمي"),     # ambiguous name, apposed role
    ("وقال الناشط جميل الحسن إن القصف طال المنازل.", "جميل الحسن"),             # a profession's title
    ("وأصيبت المذيعة صفاء ناصر في الغارة.", "صفاء ناصر"),
    ("نعى الحرس الثوري بهروز كاظمي ويوسف رحيمي أمس.", "بهروز كاظمي"),
])
def test_arabic_persons_the_census_found(analyze, text, name):
    a = analyze(text, "ar")
    assert a.mention(name).cls == "Person", a.describe()


@pytest.mark.parametrize("text, wrong", [
    ("احتفلت العائلة بعيد ميلاد ابنها، وهو مقاتل سابق.", "ميلاد ابنها"),       # a birthday
    ("وأكد حسين عدم التدخل في شؤون الجيران.", "حسين عدم"),                  # a verbal noun
    ("أسفرت الغارة عن مقتل حسن علي رضا وثلاثة من أبنائه.", "حسن علي رضا وثلاثة"),  # a number word
    ("نعى الحرس الثوري محمد حسن كريمي ومهدي نوري أمس.", "محمد حسن كريمي ومهدي"),  # the next item
])
def test_arabic_words_that_are_no_part_of_a_name(analyze, text, wrong):
    a = analyze(text, "ar")
    assert wrong not in {a.surface(m) for m in a.mentions()}, a.describe()


# --- Arabic bodies: news agencies, a unit named after "السيدة", a bare ministry ---

@pytest.mark.parametrize("text, name", [
    ("وأعلنت وكالة أنباء فارس الإيرانية مقتل ضابطين.", "وكالة أنباء فارس الإيرانية"),
    ("ونقلت وكالة أنباء الجمهورية الإسلامية الإيرانية بيان الحرس.", "وكالة أنباء الجمهورية الإسلامية الإيرانية"),
])
def test_a_news_agency_is_an_organization(analyze, text, name):
    a = analyze(text, "ar")
    assert a.mention(name).cls == "Organization", a.describe()


def test_news_agency_without_a_name_is_none(analyze):
    a = analyze("ونقلت وكالة أنباء عن مصدر أمني أن القصف توقف.", "ar")
    assert not [m for m in a.mentions() if m.rule == "ar.discover.news_agency"], a.describe()


def test_a_unit_named_after_a_lady_is_the_unit_not_the_shrine(analyze):
    a = analyze("وتنتشر ميليشيا لواء السيدة رقية في ريف حلب.", "ar")
    assert a.mention("لواء السيدة رقية").cls == "ArmedGroup", a.describe()
    a = analyze("وقصفت الطائرات منطقة السيدة زينب جنوب دمشق.", "ar")
    assert not [m for m in a.mentions() if m.cls == "ArmedGroup"], a.describe()


def test_a_bare_ministry_is_the_focus_states(analyze):
    a = analyze("انفجرت عبوة في العراق. وقال ضابط في وزارة الداخلية إن التحقيق بدأ.", "ar")
    ministry = a.mention("وزارة الداخلية")
    assert ministry.cls == "Government" and ministry.entity == "iraq_interior_ministry", a.describe()


def test_a_ministry_named_on_is_not_bare(analyze):
    # "وزارة الدفاع الوطني": the name goes on, no state's ministry is guessed
    a = analyze("قصفت طائرة موقعا في العراق. وقالت وزارة الدفاع الوطني إن الموقع خال.", "ar")
    assert not [m for m in a.mentions() if m.rule == "ar.discover.bare_ministry"], a.describe()


# --- Arabic places listed after a plural; guards on places' letters ---

def test_places_listed_after_a_plural_place_noun(analyze):
    a = analyze("وقصفت المدفعية بلدات دبين، برج الملوك، القليعة، ومرجحين فجر اليوم.", "ar")
    assert {"دبين", "برج الملوك", "القليعة", "مرجحين"} <= _surfaces(a, "Place"), a.describe()


def test_no_list_of_places_from_regions_or_a_short_pair(analyze):
    a = analyze("وتضررت منازل في قرى الجنوب، والبقاع، والشمال.", "ar")
    assert not [m for m in a.mentions() if m.rule == "ar.discover.listed_place"], a.describe()
    a = analyze("وسقطت قذائف على بلدات دبين، والقليعة.", "ar")
    assert not [m for m in a.mentions() if m.rule == "ar.discover.listed_place"], a.describe()


def test_a_place_spelled_by_an_adverb_with_tanween_is_no_place(analyze):
    a = analyze("شن العدو عدواناً جوياً على ريف دمشق.", "ar")
    assert "جوياً" not in _surfaces(a, "Place"), a.describe()
    a = analyze("استهدفت غارة بلدة جويا في جنوب لبنان.", "ar")
    assert any("جويا" in s for s in _surfaces(a, "Place")), a.describe()


def test_birthplace_is_not_muscat(analyze):
    a = analyze("وتقع البلدة في قضاء صور، وهي مسقط رأس القائد الراحل.", "ar")
    assert not [m for m in a.mentions() if a.surface(m) == "مسقط"], a.describe()


def test_a_bare_health_ministry_guesses_no_state(analyze):
    # the dead are counted by the struck place's ministry, not always the focus state's
    a = analyze("قصفت إسرائيل غزة. وقالت وزارة الصحة إن الغارات قتلت عشرة.", "ar")
    assert not [m for m in a.mentions() if m.rule == "ar.discover.bare_ministry"], a.describe()


def test_lebanese_agency_and_ministry_by_their_own_names(analyze):
    a = analyze("The state news agency NNA said the Ministry of Public Health counted two dead.", "en")
    assert a.mention("NNA").entity == "nna_lebanon", a.describe()
    assert a.mention("Ministry of Public Health").entity == "lebanon_health", a.describe()

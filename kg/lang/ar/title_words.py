"""The words around an Arabic person's name that are no part of it: titles and ranks a
name follows, the fillers between a title and the name, killings' nouns that name their
victim next, and head nouns of bodies and places (read by person_names.py)."""
from __future__ import annotations

from kg.lang import language_data
from kg.lang.cues import cues
from kg.text.normalize import normalize_key

C = cues("ar")

TITLE_WORDS = {"الناطق", "المتحدث", "المتحدثه", "الناطقه", "وزير", "وزيره", "الوزير", "سفير", "سفيره",
               "السفير", "مدير", "رييس", "الرييس", "قايد", "القايد", "زعيم", "الامين", "نايب", "النايب", "مستشار",
               "المستشار", "مبعوث", "المبعوث", "اللواء", "العميد", "العقيد", "الفريق", "الجنرال", "القيادي",
               # Ranks below the generals': news names the soldiers killed in an attack by
               # rank ("الرقيب ويليام ريفرز والجندية كينيدي ساندرز"), their given names
               # foreign ones no list holds.
               "الرقيب", "الجندي", "الجنديه", "العريف", "النقيب", "الملازم", "المقدم", "الرايد",
               "المجند", "المجنده", "الضابط", "الطيار"}
#: Titles that may be joined to a first one with "و" before the name: "... وعضو مكتبها
#: السياسي"، "... وأحد أبرز قادة X" open another description of the same person, never a name.
CO_TITLES = frozenset(TITLE_WORDS | {"عضو", "رييس", "رييسه", "امين", "منسق", "مسوول", "مسيول", "قايد", "احد"})
TITLE_FILLERS = {"باسم", "العام", "العسكري", "الرسمي", "الاعلامي", "الخارجيه", "الدفاع", "الداخليه", "عام",
                 "الوزراء", "وزراء", "خارجيه", "دفاع", "في", "لدي", "البارز", "السابق", "الاركان", "اركان",
                 "هييه", "الجيش", "حكومه", "المكتب", "السياسي", "العمليات", "الحرس", "مجلس", "الامن", "القومي",
                 "عن", "الخاص", "الخاصه",   # "المبعوث الأمريكي الخاص للسودان، P"
                 # An honorific of address between the title and the name ("وزير الخارجية
                 # سمو الأمير P"، "معالي P"): a style, no word of the name (sanity census).
                 "سمو", "معالي", "فخامه", "سماحه",
                 # A minister's portfolio ("وزير الطاقة الإسرائيلي إيلي كوهين") and a rank's
                 # grade ("الملازم أول", "الرقيب أول") stand between the title and the name.
                 *(normalize_key(w) for w in language_data("ar", "cues").get("portfolios") or ())}


#: Words "أركان" (staff) follows in a title ("رئيس أركان"، "هيئة أركان"), where it is no
#: given name.
STAFF_HEADS = ("رييس", "رياسه", "هييه", "قياده")   # "قيادة أركان الجناح العسكري": the staff

#: Nouns (and a passive) of a killing that name its victim next: "مقتل / اغتيال فلان،
#: القيادي في ...". Active verbs are left out: "اغتال مسلحون مجهولون ..." names the killers.
KILLED = frozenset({"مقتل", "اغتيال", "اغتيل", "استشهاد"})
#: The given name Basim, also the preposition "باسم" (on behalf of).
BASIM = "باسم"
#: "أحد" opens a role ("فلان، أحد قادة X") but never a title a name follows.
ONE_OF = frozenset({"احد"})


#: Indefinite role nouns: "وقال متحدث عسكري باسم رئيس الوزراء" names no one before the title.
ROLE_NOUNS = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه", "مسوول", "مسيول", "مصدر", "قيادي", "مستشار"})
#: Roles a name's apposition opens with after "، وهو": "ميلاد X، وهو مستشار عسكري" (an
#: ambiguous given name reads as a name there as after a title; census, issue 13).
APPOSED_ROLES = frozenset(ROLE_NOUNS | {"ضابط", "قايد", "عضو", "مقاتل", "عنصر", "احد", "نايب", "رييس",
                                        "وزير", "امين", "ناشط", "صحفي", "طبيب", "مدير"})
#: The pronoun that opens such an apposition.
APPOSITION_PRONOUNS = frozenset({"وهو", "وهي"})


TITLE_AND_ONE_OF = frozenset(TITLE_WORDS | ONE_OF)
#: Head nouns of organisations and places: "مدير عام مديرية مقبنة" heads a district, no
#: person named "مديرية مقبنة".
NAME_HEADS = frozenset({*C.org_heads, *C.place_heads, *C.quoted_only_heads, *C.government_heads,
                        # "المتحدث باسم وزارة الدفاع / فصائل المقاومة": a ministry or a
                        # collective the other rules left unread is no person's first word
                        *C.collective_heads, "وزاره", "وزارات"})
#: Ranks a name follows with nothing between: "الرقيب ويليام ريفرز", "النقيب ستيوارت هولاند".
RANKS = frozenset({"الرقيب", "الجندي", "الجنديه", "العريف", "النقيب", "الملازم", "المقدم", "الرايد",
                   "المجند", "المجنده", "العقيد", "العميد", "اللواء", "الفريق"})


GRADES = frozenset({"اول", "ثان", "ثاني"})
#: Days a report dates its facts by, never a family name: "العقيد فلان علان الأحد".
WEEKDAYS = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})

"""Arabic cues for persons the lexicon does not know: a known given name (or an ambiguous
one after a title) and the names after it, a kunya opening the name ("أبو علي ناصر"), and
a new person named right after a title chain ("وزير الدفاع البريطاني غرانت شابس").
Rules of :mod:`kg.lang.ar.discovery`.

The words around a name that are no part of it are in :mod:`kg.lang.ar.title_words`.
"""
from __future__ import annotations

import re

from kg.lang import language_data
from kg.lang.ar.given_names import AMBIGUOUS_GIVEN, COMPOUND_GIVEN, DEFINITE_GIVEN, GIVEN
from kg.lang.ar.morphology import KUNYA_OBLIQUE, WITH_PRONOUN
from kg.lang.ar.name_context import PLACE_BEFORE_KUNYA, family_place, next_in_list
from kg.lang.ar.name_predicates import NUMBER_WORDS, predicate_word
from kg.lang.ar.title_words import (APPOSED_ROLES, APPOSITION_PRONOUNS, BASIM, CO_TITLES, GRADES, KILLED, NAME_HEADS, ONE_OF, RANKS, ROLE_NOUNS,
                                    STAFF_HEADS, TITLE_AND_ONE_OF, TITLE_FILLERS, TITLE_WORDS, WEEKDAYS)
from kg.lang.cues import cues
from kg.pipeline.coref import surnames
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

C = cues("ar")
_GIVEN, _AMBIGUOUS_GIVEN = GIVEN, AMBIGUOUS_GIVEN
# A personal name never opens with the article, alone or behind a preposition.
_DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال")

_NAME_PREFIXES = {"عبد", "ابو", "بن", "ابن", "ال", "ام"}
#: The first halves of a compound name that never end one ("عبد X"، "أبو X"، "بن X").
_BOUND_HALVES = frozenset({"عبد", "ابو", "بن", "ابن"})
#: Second words of compound names ("بدر الدين"، "أمير الدين"، "عبد الله"): part of the name
#: wherever they stand, and not counted among its words ("يحيى بدر الدين الحوثي").
_NAME_SECONDS = frozenset({"الدين", "الله"})
#: Two-word given names by their first word: {"ذو": {"الفقار"}, "عز": {"الدين"}, ...}.
_COMPOUND_GIVEN: dict[str, frozenset[str]] = {}
for _name in COMPOUND_GIVEN:
    _first, _second = normalize_key(_name).split(" ", 1)
    _COMPOUND_GIVEN[_first] = _COMPOUND_GIVEN.get(_first, frozenset()) | {_second}
_COMPOUND_FIRST = frozenset(_COMPOUND_GIVEN)
_KUNYA = frozenset({"ابو", "ام", *KUNYA_OBLIQUE})
# (a closing guillemet too: "«أبو جعفر» يقود" ends the kunya at its quote)
_QUOTE_OPEN = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e:]")
# Words that follow a name and are never part of it: "فلان المكنى «أبو جعفر»",
# "فلان مسؤول ميداني" (also "مسئول", the Egyptian press's spelling, normalised "مسيول").
_NAME_ENDS = frozenset({"المعروف", "المعروفه", "الملقب", "الملقبه", "المكني", "المكنا", "الشهير",
                        "المدعو", "مسوول", "مسووله", "مسوولا", "مسيول", "مسيوله", "مسيولا", "قياديا", "قيادي", "القيادي", "عضو", "مقاتل", "عنصر",
                        "قايدا", "قايد", "القايد", "عضوا", "مقاتلا", "عنصرا", "شهيدا", "نايبا", "وزيرا", "رييسا",
                        "موسس", "الموسس",
                        # a post's noun after a discovered name ("تولى P قيادة X"، "P ووزير
                        # خارجيته Q"), a deputy's field ("لشؤون الدفاع") and "لقوات الحزب"
                        # (round i13a14): only a person's name ends here, not a site's.
                        "قياده", "زعامه", "رياسه", "منصب", "وزير", "ووزير", "وزيره", "ووزيره",
                        "شوون", "لشوون", "للشوون", "الشوون", "قوات", "لقوات",
                        # the verbal noun a speech verb takes after a surname ("وأكد X عدم
                        # التدخل"، "شدد X ضرورة ..."; census, issue 13)
                        "عدم", "ضروره", "اهميه", "رفض", "استمرار",
                        # a death notice's year of birth ("فلان علان مواليد 1984") and a
                        # compass word before the next place ("بيارة X جنوبي حي Y"; census,
                        # issue 13)
                        "مواليد", "جنوبي", "شمالي", "شرقي", "غربي", "جنوب", "شمال", "شرق", "غرب",
                        # a state or a people as the object of a verb after the speaker's
                        # name ("وشكر P الجمهورية الإسلامية"، "حيا P الشعب"; eighth round)
                        "الجمهوريه", "الدوله", "الحكومه", "المملكه", "الشعب", "المقاومه",
                        # where a title's holder appears ("ظهر القائد في فيديو يطلق ..."; ninth round)
                        "فيديو", "تسجيل", "شريط", "مقطع", "خطاب", "مقابله"})
# Indefinite unit nouns before a name that is a unit's ("وحدة عزيز"، "لواء علي الأكبر",
# "قوة الرضوان"); the definite "اللواء" is a rank and stays a title.
_UNIT_HEADS = frozenset({"وحده", "لواء", "كتيبه", "سريه", "فوج", "فرقه", "قوه", "ووحده", "ولواء", "وقوه"})
# Buildings and plots named after a person, and the honorific that may follow them
# (cues.yaml named_after_people): "مستشفى أبو يوسف النجار" names a hospital, no person.
_NAMED_AFTER = frozenset(normalize_key(w) for w in language_data("ar", "cues").get("named_after_people") or ())
_NAMED_AFTER_HONORIFICS = frozenset(normalize_key(w) for w in
                                    language_data("ar", "cues").get("named_after_honorifics") or ())
# Verbs and participles that introduce a name as the whole of it ("ضابط يدعى فلان علان
# آل..."): after them a definite family name after two names is still the name's (census,
# issue 13), where elsewhere it may open the next phrase ("يحيى رسول الضربة").
_NAMING = frozenset({"يدعي", "تدعي", "ويدعي", "وتدعي", "المدعو", "المدعوه", "اسمه", "واسمه"})
#: Definite words of time a name may be followed by: "يدعى فلان علان الليلة الماضية".
_TIME_WORDS = frozenset({"الليله", "اليوم", "الماضي", "الماضيه", "الجاري", "الحالي", "الفايت"})
# Conjunctions that open a clause of time or contrast ("فلان عندما وقع"): the clause
# openers and breaks events.yaml already lists for the attack reader.
_CLAUSE_WORDS = frozenset(normalize_key(w) for key in ("openers", "clause_breaks")
                          for w in language_data("ar", "events").get(key) or () if " " not in w)


#: A third-person possessive on the word after a verb ("يلتقي نظيره"، "تستقبل وزيرها"):
#: the verb's object, so the word before is the verb of a headline, never a given name.
_OBJECT_PRONOUN = re.compile(r"^\w{3,}(?:ه|ها|هم|هما)$")


def _verb_and_object(toks: list[Token], j: int) -> bool:
    """Whether the words at ``j`` read as an imperfect verb and its object right after a title
    chain ("وزير الخارجية يلتقي نظيره السعودي"): the headline's verb, not a name (sanity census)."""
    word = toks[j].text
    return word[:1] in "يت" and len(word) > 3 and word not in _GIVEN and word not in _AMBIGUOUS_GIVEN \
        and j + 1 < len(toks) and bool(_OBJECT_PRONOUN.match(toks[j + 1].text)) and toks[j + 1].text not in _GIVEN


#: "Former" without the article after a title ("رئيس الوزراء سابق لفترتين"): the title's
#: adjective, never a name's first word (eighth real round).
_FORMER = frozenset({"سابق", "سابقه", "سابقا"})


def _kunya_quoted_after(ctx, toks, k: int) -> bool:
    """Whether a kunya in quotes follows token k: "فلان بن فلان الحداد “أبو علي”" (the name
    ends on k; eighth real round)."""
    if k + 2 >= len(toks) or toks[k + 1].text not in ("ابو", "ابي", "ام"):
        return False
    norm = ctx.doc.norm
    gap = ctx.doc.text[norm.to_original(toks[k].end - 1) + 1:norm.to_original(toks[k + 1].start)]
    return bool(_QUOTE_OPEN.search(gap))

def _accusative(ctx: Context, t: Token) -> bool:
    """Whether the original word carries the accusative's tanween ("قائماً", "رئيساً"; the
    mark may sit before or after the alif, normalisation drops it): a role or an adverb,
    never written on a name."""
    s, e = ctx.doc.norm.span_to_original(t.start, t.end)
    return "\u064b" in ctx.doc.text[max(s, e - 2):e + 1]


def _glued_common_noun(t: Token, words: list[Token]) -> bool:
    """"فلان علان بجروح", "... برصاص قناص": after a given and a family name, a word with
    "ب" glued on is the manner or instrument of what befell them, not a third name (a
    name has no preposition glued to it; a ب-initial given name like "بشار" is kept)."""
    # (Few nouns open with "ي": a long "بي..." word is a name, "بيرقدار", "بيطار".)
    return bool(words) and t.text.startswith("ب") and len(t.text) > 3 and t.text not in _GIVEN \
        and t.text not in _AMBIGUOUS_GIVEN and not (t.text.startswith("بي") and len(t.text) >= 6 and not t.text.endswith("ات"))


def _glued_clause(word: str) -> bool:
    """"وأصابت"، "ويأتي"، "وقالت": "و" glued to a verb (a verb's prefix or the feminine
    past ending), not a name that opens with و ("ولايتي", "وهبي")."""
    rest = word[1:]
    return word.startswith("و") and len(rest) >= 3 and (rest[0] in "ايتن" or rest.endswith("ت")
                                                       or rest in C.stop_words)


def gap_is_space(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start].strip() == ""


def persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A given name (or an ambiguous one after a title) and one or two more names."""
    out = []
    known = ctx.doc.cache.get("person_surnames")
    if known is None or ctx.doc.cache.get("person_surnames_at") != len(ctx.doc.mentions):
        known = {s for m in ctx.doc.mentions if m.cls == "Person"
                 for s in surnames(ctx.text[m.nstart:m.nend])}
        ctx.doc.cache["person_surnames"] = known
        ctx.doc.cache["person_surnames_at"] = len(ctx.doc.mentions)
    # Only a given name (with proclitics) or an ambiguous one can open a name.
    starts = sorted({*cue_positions(ctx.doc, ctx.sentence, _GIVEN),
                     *cue_positions(ctx.doc, ctx.sentence, _AMBIGUOUS_GIVEN, proclitics=False),
                     *cue_positions(ctx.doc, ctx.sentence, _COMPOUND_FIRST),
                     # "وسعيد": "و" and an ambiguous name, a list's next item (next_in_list)
                     *(k for k, t in enumerate(toks) if t.text[:1] == "و" and t.text[1:] in _AMBIGUOUS_GIVEN)})
    for i in starts:
        tok = toks[i]
        word = tok.text
        compound = strip_proclitic(word, _COMPOUND_FIRST)
        if compound and i + 1 < len(toks) and toks[i + 1].text in _COMPOUND_GIVEN[compound[1]] \
                and gap_is_space(ctx.text, tok, toks[i + 1]):
            # "ذو الفقار حناوي": the article word belongs to the given name; a family
            # name must follow.
            given_end = i + 1
            stripped = compound
        else:
            given_end = i
            stripped = strip_proclitic(word, _GIVEN)
        if i > 0 and toks[i - 1].text in _UNIT_HEADS:
            continue   # "وحدة “عزيز”": a unit named after a person is the unit, no person
        if i > 0 and word in _KUNYA and toks[i - 1].text in PLACE_BEFORE_KUNYA:
            continue   # "قرية أبو قلقل", "محور أبو قلقل": a village named like a kunya, no person
        if _building_before(ctx, toks, i):
            continue   # "مجمع ناصر الطبي", "مسجد عبد الله عزام": a building's name, no person
        if stripped and stripped[1] == "اركان" and i > 0 and toks[i - 1].text.endswith(STAFF_HEADS):
            continue   # "رئيس أركان الجماعة": the chief of staff's title, not the name Arkan
        after_title = i > 0 and (toks[i - 1].text in C.titles or toks[i - 1].text.removeprefix("و") in RANKS or
                                 (i > 1 and f"{toks[i - 2].text} {toks[i - 1].text}" in C.titles))
        if not after_title and word in _AMBIGUOUS_GIVEN and _kunya_in_brackets_after(ctx, toks, i):
            after_title = True   # "حكم العيسى (أبو عمر)": a kunya in brackets names a person
        if not after_title and word in _AMBIGUOUS_GIVEN and _role_apposed_after(ctx, toks, i):
            after_title = True   # "ميلاد X، وهو مستشار": an apposed role names a person
        if not after_title and i > 0 and word not in _GIVEN and next_in_list(ctx, toks, i, out):
            # "«أ ب، وسعيد كريمي»": an ambiguous given name with "و" as the next item of
            # a list of people reads as a name, as after a title.
            word = word[1:]
            tok = Token(tok.start + 1, tok.end, word)
            after_title = True
        if word == BASIM:
            # "باسم" is "on behalf of" after a spokesman's title; after a killing's noun
            # ("استشهاد باسم عيسى") it can only be the given name.
            after_title = i > 0 and bool(strip_proclitic(toks[i - 1].text, KILLED))
        if word in _AMBIGUOUS_GIVEN and stripped and stripped[0]:
            # "كريم" is not "ك" + "ريم": a whole ambiguous given name is never read as a
            # proclitic and a shorter name; it opens a name only after a title.
            if not after_title:
                continue
            stripped = None
        if not stripped and not (after_title and word in _AMBIGUOUS_GIVEN):
            continue
        prefix, _ = stripped or ("", word)
        if ctx.covered.overlaps(tok.start, tok.end):
            continue
        if word.endswith("علي") and "ى" in ctx.original(tok.start, tok.end):
            continue   # the preposition على, normalised like the name علي
        words = []
        j = given_end
        named = i > 0 and toks[i - 1].text in _NAMING
        # (a bound first half, "عبد"/"أبو"/"بن", makes one name with the next word and
        # is not counted: "فلان علان حسين عبد الجليل" keeps the whole of the last name)
        while j + 1 < len(toks) and sum(w.text not in _NAME_SECONDS and w.text not in _BOUND_HALVES
                                        for w in words) < 3:
            t = toks[j + 1]
            if not gap_is_space(ctx.text, toks[j], t):
                break
            if ctx.covered.overlaps(t.start, t.end):
                if not words and _family_nisba(ctx, t) or _family_group(ctx, t) \
                        or words and family_place(ctx, toks, j + 1) \
                        or words and _family_at_name_end(ctx, toks, j + 1):
                    # "علي تركي", "محمد المصري", "عيسى أحمد كربلا،", "وسيم تحسين بيرقدار في":
                    # the family name
                    words.append(t)
                break
            norm = ctx.doc.norm
            if _QUOTE_OPEN.search(ctx.doc.text[norm.to_original(toks[j].end - 1) + 1:norm.to_original(t.start)]):
                break   # a kunya in quotes follows the name: "فلان "أبو حسن"" (normalised away)
            ali = t.text == "علي" and "ى" not in ctx.original(t.start, t.end)   # the name, not على
            if (t.text in C.stop_words and not ali) or t.text in C.titles or not t.text.isalpha() \
                    or t.text in _NAME_ENDS or t.text in _CLAUSE_WORDS:
                break
            if _glued_common_noun(t, words):
                break
            if predicate_word(ctx, toks, j + 1):
                break   # "سالم يتابع الملف"، "أبو قصرة حائز على"، "سالم لغرفة التنسيق": the name ended
            if _accusative(ctx, t):
                break   # "مفتاح قائماً بأعمال": a word with the accusative's tanween is no name word
            if WITH_PRONOUN.match(t.text) and t.text not in _GIVEN:
                break   # a word with a pronoun glued on: "صالح حليفتها" (its ally)
            if _glued_clause(t.text) and t.text not in _GIVEN:
                break   # "و" glued to a verb opens the next phrase: "أبو نعمة وأصابت ..."
            if t.text.startswith(_DEFINITE[1:]) and len(t.text) > 4:
                break   # a preposition glued to the article: "... بالقيادي فلان"
            if t.text.startswith("و") and (len(words) >= 2 or t.text[1:] in NUMBER_WORDS):
                break   # "X Y Z وW ..."، "X Y وثلاثة من أولاده": "و" after a full name
                #         opens the next item (census, issue 13)
            if t.text.startswith("و") and words and strip_proclitic(t.text, _GIVEN) \
                    and strip_proclitic(t.text, _GIVEN)[0] == "و":
                break   # "و" then a given name opens the next name of a list: "زهير جبارين ومحمود .."
            prev = words[-1].text if words else toks[given_end].text
            if t.text == "ال" and j + 2 < len(toks) and len(words) < 2:
                # "آل" (the family of) opens a family name: "محمد كاظم آل صادق".
                words.append(t)
                j += 1
                continue
            if (t.text in C.anaphors or t.text in C.state_proxies) and not words:
                break   # "قائد أركان الكتائب", "رئيس أركان الجيش": a group's noun is no family name
            if t.text.startswith("ال") and prev not in _NAME_PREFIXES and t.text not in _NAME_SECONDS:
                # A family name with the article ends the name ("أكرم الكعبي"); after
                # two names only a nisba-like one does, else it is the next phrase
                # ("يحيى رسول الضربة").
                if not words or named and t.text not in WEEKDAYS and t.text not in _TIME_WORDS \
                        or (t.text.endswith("ي") and len(t.text) > 4) or \
                        (len(words) == 1 and toks[given_end].text.lstrip("و") == "عبد") or \
                        (after_title and len(words) == 1 and words[0].text in _GIVEN
                         and t.text not in WEEKDAYS) or _kunya_quoted_after(ctx, toks, j + 1):
                    # (after a rank, "النقيب هلال منصور الجلة": given, father's, family name;
                    # a kunya in quotes right after the word closes a long name on it)
                    words.append(t)   # "عبد الحميد الدبيبة": "عبد X" is one given name
                break
            words.append(t)
            j += 1
        while words and words[-1].text in _BOUND_HALVES:
            words.pop()   # "... حسين عبد" at a break: a bound half without its second is no name's end
        if not words:
            continue
        if ctx.text[tok.start + len(prefix):words[-1].end] in known:
            continue   # "عبد اللهيان" after "حسين أمير عبد اللهيان": the same person (coref)
        start = tok.start + len(prefix)
        citation = None
        kunya = toks[i - 1] if i > 0 and not prefix and gap_is_space(ctx.text, toks[i - 1], tok) else None
        if kunya is not None and not ctx.covered.overlaps(kunya.start, kunya.end):
            # A kunya opens the name: "أبو علي ناصر", "وأم محمد ...", declined after a
            # preposition or a noun ("الملقب بأبي علي ناصر"): the person is "أبو علي ناصر".
            head = strip_proclitic(kunya.text, _KUNYA)
            if head:
                start = kunya.start + len(head[0])
                if head[1] in KUNYA_OBLIQUE:
                    citation = "أبو " + ctx.original(tok.start, words[-1].end)
        out.append(Candidate(start, words[-1].end, "Person", "ar.discover.person", citation=citation,
                             absorb=ctx.covered.overlaps(words[-1].start, words[-1].end)))
    return out


def _building_before(ctx: Context, toks: list[Token], i: int) -> bool:
    """Whether the name opening at ``i`` (behind its kunya, and one honorific) follows a
    building's or plot's noun: "مستشفى أبو يوسف النجار"، "بيارة أبو فلان"، "مستشفى الشهيد
    محمد الدرة" name the place after the person."""
    k = i
    if k > 0 and strip_proclitic(toks[k - 1].text, _KUNYA) and gap_is_space(ctx.text, toks[k - 1], toks[k]):
        k -= 1
    if k > 0 and toks[k - 1].text in _NAMED_AFTER_HONORIFICS and gap_is_space(ctx.text, toks[k - 1], toks[k]):
        k -= 1
    return k > 0 and gap_is_space(ctx.text, toks[k - 1], toks[k]) \
        and strip_proclitic(toks[k - 1].text, _NAMED_AFTER) is not None


#: Kinship nouns, never a family name ("ابنه"، "نجل").
_KIN = frozenset({"ابن", "ابنه", "ابنها", "ابنهم", "نجل", "نجله", "نجلها", "شقيق", "شقيقه", "والد", "والده",
                  "زوج", "زوجه", "زوجته", "ابنته", "حفيد", "حفيده", "عم", "عمه", "خال", "خاله"})


def _role_apposed_after(ctx: Context, toks: list[Token], i: int) -> bool:
    """Whether one or two names after ``i`` are followed by "، وهو" and a person's role:
    "ميلاد X، وهو مستشار عسكري"."""
    if i + 1 < len(toks) and toks[i + 1].text in _KIN:
        return False   # "عيد ميلاد ابنه، وهو ...": a son's birthday, no name
    for k in (i + 2, i + 3):
        if k + 1 >= len(toks) or toks[k].text not in APPOSITION_PRONOUNS:
            continue
        if ctx.text[toks[k - 1].end:toks[k].start].strip() not in ("،", ","):
            return False
        return toks[k + 1].text in APPOSED_ROLES
    return False


def _kunya_in_brackets_after(ctx: Context, toks: list[Token], i: int) -> bool:
    """Whether one or two names after ``i`` are followed by a kunya in brackets or quotes:
    "حكم العيسى (أبو عمر)"."""
    for k in (i + 2, i + 3):
        if k >= len(toks) or toks[k].text not in ("ابو", "ام") or ctx.covered.overlaps(toks[k].start, toks[k].end):
            continue   # (not a place named so: "(أبو ظبي)")
        gap = ctx.doc.text[ctx.doc.norm.to_original(toks[k - 1].end - 1) + 1:ctx.doc.norm.to_original(toks[k].start)]
        return gap.strip() in ("(", "«", '"', "“")
    return False


def _family_at_name_end(ctx: Context, toks: list[Token], k: int) -> bool:
    """A one-word state's adjective or weapon's name after a given and a father's name,
    where the name ends (a comma, a preposition, the sentence's end), is the family name:
    "أبو عبد الرحمن أسيد الأردني،", "وسيم تحسين بيرقدار في إدلب" (Bayraktar, the family)."""
    t = toks[k]
    m = ctx.mention_at(t.start)
    if m is None or (m.nstart, m.nend) != (t.start, t.end) or not (m.kind == "nisba" or m.cls == "Weapon"):
        return False
    if k + 1 >= len(toks) or not gap_is_space(ctx.text, t, toks[k + 1]):
        return True
    return toks[k + 1].text in C.stop_words


def _family_nisba(ctx: Context, t: Token) -> bool:
    """A state's adjective right after a given name is the family name ("علي تركي",
    "أحمد المصري"), not the state: a given name is never described by a nationality
    adjective in news prose (that follows a noun: "مسؤول تركي")."""
    m = ctx.mention_at(t.start)
    return m is not None and m.kind == "nisba" and m.nstart == t.start and m.nend == t.end


def _family_group(ctx: Context, t: Token) -> bool:
    """A group named by a family's nisba ("الحوثي") right after a given name and its
    father's names is the person's family name: "يحيى بدر الدين الحوثي", "عبد الكريم أمير
    الدين الحوثي" are people of the family, not the group."""
    m = ctx.mention_at(t.start)
    return m is not None and m.kind == "name" and m.cls in ("ArmedGroup", "Organization") \
        and m.nstart == t.start and m.nend == t.end and t.text.startswith("ال") \
        and t.text.endswith("ي") and len(t.text) > 4


def _named_before_title(ctx: Context, toks: list[Token], i: int) -> Candidate | None:
    """"وقال جوناثان هوفمان المتحدث باسم البنتاغون": a speech verb, two or three names no
    lexicon knows, then the title at ``i``. The verb on the left and the title on the right
    fence the name in, so a foreign name needs no known given name."""
    for n in (2, 3):
        k = i - n - 1
        if k < 0 or not (strip_proclitic(toks[k].text, C.speech_verbs) or strip_proclitic(toks[k].text, KILLED)):
            continue
        words = toks[k + 1:i]
        gaps = [ctx.text[a.end:b.start].strip() for a, b in zip(toks[k:i], toks[k + 1:i + 1])]
        if any(gaps[:-1]) or gaps[-1] not in ("", "،", ","):
            continue   # spaces inside the name; a space or a comma before the title
        if words[0].text.startswith(_DEFINITE) or any(
                not w.text.isalpha() or w.text in C.stop_words or w.text in C.titles or w.text in _NAME_ENDS
                or strip_proclitic(w.text, TITLE_WORDS) or ctx.covered.overlaps(w.start, w.end)
                or w.text in TITLE_FILLERS or w.text in ROLE_NOUNS
                # "أفادت مصادر صحفية بمقتل قائد": a killing's noun is never a name word.
                or strip_proclitic(w.text, KILLED)
                or (w.text.startswith("ال") and w is not words[-1]) for w in words):
            continue
        return Candidate(words[0].start, words[-1].end, "Person", "ar.discover.person_before_title")
    return None


def _bare_name_word(word: str, words: list[Token]) -> bool:
    """A word that can be part of a name read right after a rank: "قتل الجندي متأثرا
    بجروحه", "الجندي برصاص قناص", "الجندي وأصيب آخر" go on with the sentence (a pronoun
    or a preposition glued on, "و" glued to a verb), no name."""
    return not (WITH_PRONOUN.match(word) or _glued_clause(word) or word in _NAME_ENDS or word in _CLAUSE_WORDS
                or word.startswith("ال") or word in C.stop_words
                or not words and (word[:1] in "بل" and len(word) > 3 and word not in _GIVEN
                                  or _PARTICIPLE_ACCUSATIVE.match(word)))


#: "متأثرا", "مصابا", "مجددا": a participle or adverb in the accusative tells how, no name.
_PARTICIPLE_ACCUSATIVE = re.compile(r"^م\w{3,}ا$")


def titled_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """News names a new person right after their title chain: "وزير الدفاع البريطاني
    غرانت شابس", "الناطق باسم الحكومة العراقية باسم العوادي"; or between a speech verb
    and the title ("وقال جوناثان هوفمان المتحدث باسم ...")."""
    out = []
    after = 0
    for i in cue_positions(ctx.doc, ctx.sentence, TITLE_AND_ONE_OF):
        if i < after:
            continue   # inside the name just read
        after = i + 1
        before = _named_before_title(ctx, toks, i)
        if before is not None:
            out.append(before)
        if toks[i].text in ONE_OF:
            continue
        j = i + 1
        passed_name = False
        # The title's complements: portfolio words, "باسم"/"في" + an organisation, nisbas.
        while j < len(toks) and j - i <= 8:
            t = toks[j]
            if ctx.text[toks[j - 1].end:t.start].strip() in ("،", ","):
                break   # "قال الوزير، في بيان له، ...": the chain ends at a comma
            m = ctx.mention_at(t.start)
            if m is not None and m.cls != "Person":
                passed_name = True
                while j < len(toks) and toks[j].start < m.nend:
                    j += 1
                continue
            # Only the "باسم" of the title chain is "on behalf of" ("الناطق الرسمي باسم
            # الجماعة"); after the organisation it is a given name ("... باسم الحكومة
            # العراقية باسم العوادي").
            if t.text in TITLE_FILLERS and not (t.text == "باسم" and passed_name):
                j += 1
                continue
            break
        # A rank stands right before the name ("النقيب ستيوارت هولاند"); other titles need
        # their complement first ("الوزير" alone is followed by the minister's words too).
        rank = strip_proclitic(toks[i].text, RANKS) is not None
        if rank and any(t.text not in GRADES for t in toks[i + 1:j]):
            continue   # "المقدم في سلاح الجو": after a rank only its grade comes before the name
        direct = rank and j > i
        if (j <= i + 1 and not direct) or j >= len(toks) or ctx.covered.overlaps(toks[j].start, toks[j].end):
            continue
        first = toks[j]
        norm = ctx.doc.norm
        if _QUOTE_OPEN.search(ctx.doc.text[norm.to_original(toks[j - 1].end - 1) + 1:norm.to_original(first.start)]):
            continue  # "وقال المتحدث باسم الجماعة «نفذت قواتنا ...»": a quotation, not a name
        # "وزير الإعلام اليمني، معمر الإرياني، ...": the name set off by commas after its
        # title chain (an apposition: a comma must close it too, checked below).
        comma = not direct and ctx.text[toks[j - 1].end:first.start].strip() in ("،", ",")
        # (A given name with the article, "الفاتح قرشي", opens a name here only.)
        if first.text.startswith(_DEFINITE) and first.text not in DEFINITE_GIVEN or first.text in C.stop_words \
                or first.text in _NAME_ENDS or not first.text.isalpha() or first.text in NAME_HEADS or \
                not (comma or gap_is_space(ctx.text, toks[j - 1], first)) or strip_proclitic(first.text, CO_TITLES) \
                or (_glued_clause(first.text) and first.text not in _GIVEN) or strip_proclitic(first.text, NUMBER_WORDS) \
                or first.text in _FORMER or _verb_and_object(toks, j):
            # "الناطق باسم الحركة وعضو مكتبها السياسي فلان": a second title, not a name;
            # "يعين وزير الدفاع ويبحث دمج ...": "و" and a verb open the next clause (i13a16);
            # "رئيس الوزراء سابق لفترتين": the title's adjective "former", no name.
            continue
        words = [first]
        k = j + 1
        while k < len(toks) and len(words) < 3 and gap_is_space(ctx.text, toks[k - 1], toks[k]) and \
                not ctx.covered.overlaps(toks[k].start, toks[k].end) and toks[k].text not in C.stop_words \
                and toks[k].text.isalpha() and toks[k].text not in C.titles:
            if direct and not _bare_name_word(toks[k].text, words):
                break
            words.append(toks[k])
            k += 1
            if toks[k - 1].text.startswith("ال"):
                break
        if direct and not _bare_name_word(first.text, []):
            continue
        if comma and (ctx.text[words[-1].end:words[-1].end + 2].strip()[:1] not in ("،", ",")
                      or any(w.text in _NAME_ENDS or WITH_PRONOUN.match(w.text) or _glued_clause(w.text)
                             for w in words)):
            continue   # "قال الوزير، في بيان له، إن ...": no apposition closed by a comma
        if len(words) >= 2 and not any(w.text in TITLE_WORDS for w in words):
            out.append(Candidate(first.start, words[-1].end, "Person", "ar.discover.person_after_title"))
        after = k
    return out


persons.cues = (_GIVEN, _AMBIGUOUS_GIVEN, _COMPOUND_FIRST)
titled_persons.cues = (TITLE_WORDS, ONE_OF)

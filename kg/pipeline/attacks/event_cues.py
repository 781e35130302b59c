"""The event cue tables (kg/lang/<lang>/events.yaml) and where their words stand in a
sentence.  Arabic entries are lemmas: each is expanded once into every inflected form
with its clitics (kg.lang.ar.morphology), so matching is one dict lookup per word."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from kg.lang import language_data
from kg.lang.ar.morphology import clitic_forms, lemma_forms
from kg.pipeline.derived import word_automaton
from kg.text.normalize import normalize_key


@dataclass(frozen=True)
class Cue:
    rest: tuple[frozenset[str], ...]   # the forms each later word of a phrase may take
    kind: str
    strong: bool
    past: bool = False                 # a finite past verb: the event happened


_AUTOMATA: dict[str, object] = {}


@dataclass(frozen=True)
class EventCues:
    lang: str
    cues: dict[str, tuple[Cue, ...]]        # surface form of the first word -> cues
    casualties: frozenset[str]
    occurrence: frozenset[str]
    irrealis: dict[str, tuple[tuple[frozenset[str], ...], ...]]
    negation: frozenset[str]
    breaks: frozenset[str]
    numbers: frozenset[str]
    tallies: frozenset[str]
    relatives: frozenset[str]
    experiencers: frozenset[str]
    purpose_nouns: frozenset[str]
    killing: frozenset[str]
    accusations: frozenset[str]
    background: frozenset[str] = frozenset()
    results: frozenset[str] = frozenset()
    arrests: frozenset[str] = frozenset()
    day_words: frozenset[str] = frozenset()
    earlier: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None
    accidents: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None
    fireworks: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None   # "فتيل صاروخ": a firework
    months: dict[str, int] | None = None   # a month's name -> its number
    commentary: frozenset[str] = frozenset()
    incidents: frozenset[str] = frozenset()
    foiled: frozenset[str] = frozenset()
    handling_times: frozenset[str] = frozenset()
    handling: frozenset[str] = frozenset()
    dispute_verbs: frozenset[str] = frozenset()
    accounts: frozenset[str] = frozenset()
    future_results: frozenset[str] = frozenset()
    toll_updates: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None
    assault_verbs: frozenset[str] = frozenset()
    onlooker_verbs: frozenset[str] = frozenset()
    passive_only: frozenset[str] = frozenset()
    #: Attack nouns whose ل-phrase is always their owner ("هجوم لـX"), never their object.
    possessed_nouns: frozenset[str] = frozenset()
    since: frozenset[str] = frozenset()
    trends: frozenset[str] = frozenset()
    munitions: frozenset[str] = frozenset()
    periods: frozenset[str] = frozenset()
    deeds: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None
    passing: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None
    subject_predicates: frozenset[str] = frozenset()   # "التفجير الذي ...، استهدف": its own verb
    occasions: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None   # "بعد" + cue
    openers: frozenset[str] = frozenset()   # "عندما ...، ...": a clause setting the main one
    harm_verbs: frozenset[str] = frozenset()
    one_of: frozenset[str] = frozenset()
    launch_verbs: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    weapon_tests: frozenset[str] = frozenset()
    amount_nouns: frozenset[str] = frozenset()
    undergone: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    answer_verbs: frozenset[str] = frozenset()
    shown_verbs: frozenset[str] = frozenset()
    footage: frozenset[str] = frozenset()
    stated_targets: frozenset[str] = frozenset()
    attempts: frozenset[str] = frozenset()
    liable: frozenset[str] = frozenset()   # "معرض للاغتيال": a risk, no deed
    earlier_deeds: frozenset[str] = frozenset()   # "عمليات انتحارية سابقة": deeds recalled
    truces: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None   # "وقف إطلاق النار"
    agent_phrases: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None   # "من قبل مسلحين"
    to: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()    # the doer's noun ending a cue: a bomber, a sniper
    origins: frozenset[str] = frozenset()   # "من لبنان", "from Lebanon": where it came from
    directions: frozenset[str] = frozenset()   # "باتجاه شمال X": X is what it was fired at
    launch_deeds: frozenset[str] = frozenset()   # "شن مسلحون هجوما": launched by armed men
    arrivals: frozenset[str] = frozenset()  # "هرعت الشرطة إلى المكان": responders, not victims
    sites: frozenset[str] = frozenset()     # the event's scene they came to
    light_nouns: frozenset[str] = frozenset()  # "قيام X بضرب": the light verb's verbal noun
    deed_verbs: frozenset[str] = frozenset()   # "نفذ": carried out ...
    waging_verbs: frozenset[str] = frozenset()   # "شن ... غارة": waged the strong cue
    resident_verbs: frozenset[str] = frozenset()   # "منزل تقطنه عائلة": of what was hit
    operations: frozenset[str] = frozenset()   # ... "عملية الخطف": the operation named by its cue
    hold_verbs: frozenset[str] = frozenset()   # "احتجزوا ... رهائن": hostages taken
    finds: frozenset[str] = frozenset()     # "عثر على": a bomb found did not go off
    bodies: frozenset[str] = frozenset()    # "عثر على جثة": a body found tells a killing
    responses: frozenset[str] = frozenset()  # "In response, X fired": closed by a comma
    force_nouns: frozenset[str] = frozenset()  # "بغارة لطائرات X": X owns the aircraft
    elaborations: frozenset[str] = frozenset()  # "ردا على ...، وتحديدا استهداف X": still answered
    wars: frozenset[str] = frozenset()       # "the war, which has killed": a running toll
    claim_verbs: frozenset[str] = frozenset()  # "أعلنت X مسؤوليتها عن": a claim, not a topic
    list_ordinals: frozenset[str] = frozenset()  # "والرابعة ...، أما الخامسة فهي X": a listed operation
    list_counts: frozenset[str] = frozenset()  # "3 منها استهدفت": a few of a claimed list
    use_verbs: frozenset[str] = frozenset()   # "استخدمها X لمهاجمة Y": X attacked Y
    continuing: frozenset[str] = frozenset()  # "لمواصلة هجماتها على Y"
    responsibility: frozenset[str] = frozenset()   # "مسؤوليتها", "responsibility": a claim of a deed
    adopt_verbs: frozenset[str] = frozenset()   # "وتبنت X الهجوم": claims the deed
    condemnations: frozenset[str] = frozenset()   # "أدانت X قتل ...": the deed condemned
    condemners: frozenset[str] = frozenset()   # "أدانت X الهجوم الذي استهدف": X judges it
    condemner_fillers: frozenset[str] = frozenset()   # "X has also condemned": words between
    told_of: frozenset[str] = frozenset()   # "X said it was notified of": X learned of the attack
    proposals: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None   # "... هو الحل": an option
    preempt_verbs: frozenset[str] = frozenset()   # "تدمير صاروخين قبيل إطلاقهما": destroyed ...
    before_launch: frozenset[str] = frozenset()   # ... "قبيل" their launch: not fired yet
    launch_nouns: frozenset[str] = frozenset()
    story_spans: frozenset[str] = frozenset()   # "وبعد شهر، ...": time counted in a chronicle
    story_qualifiers: frozenset[str] = frozenset()
    story_links: frozenset[str] = frozenset()
    story_after: frozenset[str] = frozenset()   # "بعد" of the chronicle's span
    period_last: frozenset[str] = frozenset()   # "السنوات الماضية": an earlier period
    month_last: frozenset[str] = frozenset()   # "يوليو الماضي": an earlier month
    hijri_marks: frozenset[str] = frozenset()   # "1180هـ": a Hijri year
    relay_verbs: frozenset[str] = frozenset()   # "نقلت X عن": X relayed a source
    cleft_pronouns: frozenset[str] = frozenset()   # "X هي من استهدفت": X is the doer
    times_of_day: frozenset[str] = frozenset()   # "قبل ظهر أمس": no clause break
    denial_verbs: frozenset[str] = frozenset()   # "نفى آخرون ذلك": the version told ...
    statements: frozenset[str] = frozenset()   # "، وأكدت ...": a new statement after a comma
    perfect_endings: tuple[str, ...] = ()   # ... escaped by a deed in the perfect ("قصفوا")
    perfect_non_endings: tuple[str, ...] = ()   # ... not a plural noun ("هجمات")
    denied_anaphors: dict[str, tuple[tuple[frozenset[str], ...], ...]] | None = None   # ... is denied
    # senses that are no assault (senses.py)
    authority_heads: frozenset[str] = frozenset()   # "هاجم السلطات": an authority attacked in words
    abducted_abstractions: frozenset[str] = frozenset()   # "اختطفوا الحركة": a movement "kidnapped"
    plural_endings: tuple[str, ...] = ()   # ... by a verb that holds its subject
    website_nouns: frozenset[str] = frozenset()   # "اقتحمت 300 موقع" ...
    cyber_words: frozenset[str] = frozenset()     # ... by hackers
    ending_verbs: frozenset[str] = frozenset()    # "غارات تكللت باحتجاز": ended in arrests
    result_links: frozenset[str] = frozenset()    # "أسفرت عن"
    cargo_marks: frozenset[str] = frozenset()     # "على متنها ... صواريخ": a cargo, not fired

    def mentions_any(self, text: str) -> bool:
        """Whether a cue's first word occurs in ``text`` at all (one Aho-Corasick scan, a
        necessary condition for any event; most sentences fail it before tokenising)."""
        if self.lang not in _AUTOMATA:
            _AUTOMATA[self.lang] = word_automaton(self.cues)
        automaton = _AUTOMATA[self.lang]
        return automaton is not None and \
            next(automaton.iter(text.lower() if self.lang != "ar" else text), None) is not None


def _surface(lang: str, lemma: str, pronouns: bool = True) -> set[str]:
    """The surface forms of a data-file word: English lower-cased; Arabic normalised,
    inflected by its notation (``*``, ``+``) and with its clitics."""
    if lang != "ar":
        return {lemma.lower()}
    out = set()
    for form in lemma_forms(normalize_key(lemma.rstrip("*+")) + lemma[len(lemma.rstrip("*+")):]):
        out |= clitic_forms(form, pronouns)
    return out


def _phrases(lang: str, entries) -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """Phrase entries indexed by the forms of their first word; the value lists the
    forms each following word may take."""
    out: dict[str, list] = {}
    for entry in entries or ():
        words = entry.split()
        rest = tuple(frozenset(_surface(lang, w, pronouns=False)) for w in words[1:])
        for form in _surface(lang, words[0], pronouns=len(words) == 1):
            out.setdefault(form, []).append(rest)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def event_cues(lang: str) -> EventCues:
    d = language_data(lang, "events")
    homographs = frozenset(normalize_key(w) if lang == "ar" else w for w in d.get("homographs") or ())
    past = _phrases(lang, d.get("past_verbs"))
    cues: dict[str, list[Cue]] = {}
    for strength in ("strong", "weak"):
        for kind, entries in (d.get(strength) or {}).items():
            for first, rests in _phrases(lang, entries).items():
                for rest in rests:
                    verb = rest in past.get(first, ())
                    cues.setdefault(first, []).append(Cue(rest, kind, strength == "strong", verb))
    words = lambda key, pronouns=True: frozenset(  # noqa: E731
        f for w in d.get(key) or () for f in _surface(lang, w, pronouns))
    # Words matched as written (normalised), not inflected: "اليوم" is no form of a unit.
    exact = lambda key: frozenset(  # noqa: E731
        normalize_key(w) if lang == "ar" else w for w in d.get(key) or ())
    irrealis = {k: v for k, v in _phrases(lang, d.get("irrealis")).items() if k not in homographs}
    return EventCues(
        lang=lang, cues={k: tuple(v) for k, v in cues.items()}, casualties=words("casualties"),
        occurrence=words("occurrence"), irrealis=irrealis,
        negation=words("negation"),
        breaks=exact("clause_breaks"),
        numbers=words("numbers"), tallies=words("tallies"), relatives=words("relatives", False),
        experiencers=words("experiencers"), purpose_nouns=words("purpose_nouns", False),
        killing=words("killing_verbs", False), accusations=words("accusations"),
        background=words("background"), earlier=_phrases(lang, d.get("earlier")),
        toll_updates=_phrases(lang, d.get("toll_updates")),
        assault_verbs=words("assault_verbs", False), onlooker_verbs=words("onlooker_verbs", False),
        passive_only=words("passive_only", False), possessed_nouns=words("possessed_nouns", False), since=words("since"), trends=words("trends", False),
        munitions=words("munitions"), periods=words("periods", False),
        deeds=_phrases(lang, d.get("deeds")), passing=_phrases(lang, d.get("passing")),
        occasions=_phrases(lang, d.get("occasions")), openers=words("openers", False),
        subject_predicates=words("subject_predicates", False),
        harm_verbs=words("harm_verbs", False), one_of=frozenset(d.get("one_of") or ()),
        launch_verbs=words("launch_verbs", False), units=exact("units"),
        weapon_tests=words("weapon_tests", False),
        amount_nouns=exact("amount_nouns"), undergone=words("undergone", False),
        light_verbs=words("light_verbs", False), answer_verbs=words("answer_verbs", False),
        shown_verbs=words("shown_verbs", False), footage=words("footage", False),
        stated_targets=words("stated_targets", False),
        attempts=words("attempts", False), to=words("to", False),
        earlier_deeds=words("earlier_deeds", False), liable=exact("liable"), truces=_phrases(lang, d.get("truces")),
        agent_phrases=_phrases(lang, d.get("agent_phrases")),
        agents=words("agent_nouns"), origins=words("origins", False), directions=words("directions", False),
        launch_deeds=words("launch_deeds", False),
        arrivals=words("arrivals"), sites=words("sites", False),
        light_nouns=words("light_nouns"),
        finds=words("finds"), bodies=words("bodies"), deed_verbs=words("deed_verbs", False),
        waging_verbs=words("waging_verbs", False), resident_verbs=words("resident_verbs", False),
        operations=words("operations", False), hold_verbs=words("hold_verbs", False),
        results=words("results"), arrests=words("arrests"), day_words=words("day_words", False),
        accidents=_phrases(lang, d.get("accidents")), fireworks=_phrases(lang, d.get("fireworks")), months=_months(lang, d.get("months")),
        commentary=words("commentary"), incidents=words("incidents", False), foiled=words("foiled", False),
        handling_times=words("handling_times", False), handling=words("handling"),
        dispute_verbs=words("dispute_verbs", False), accounts=words("accounts", False), future_results=words("future_results"),
        responses=words("responses", False), elaborations=words("elaborations", False),
        force_nouns=words("force_nouns", False), wars=words("wars", False),
        claim_verbs=words("claim_verbs", False), responsibility=words("responsibility"),
        adopt_verbs=words("adopt_verbs"),
        list_ordinals=words("list_ordinals", False), list_counts=words("list_counts", False), use_verbs=exact("use_verbs"), continuing=exact("continuing"),
        condemnations=words("condemnations"), condemners=words("condemners", False),
        condemner_fillers=exact("condemner_fillers"), told_of=exact("told_of"), proposals=_phrases(lang, d.get("proposals")),
        preempt_verbs=words("preempt_verbs", False), before_launch=words("before_launch", False), launch_nouns=words("launch_nouns"),
        story_spans=exact("story_spans"), story_qualifiers=exact("story_qualifiers"),
        story_links=exact("story_links"), story_after=exact("story_after"),
        period_last=exact("period_last"), month_last=exact("month_last"), hijri_marks=exact("hijri_marks"),
        relay_verbs=exact("relay_verbs"), cleft_pronouns=exact("cleft_pronouns"),
        times_of_day=exact("times_of_day"), statements=words("statement_verbs", False), perfect_endings=tuple(d.get("perfect_endings") or ()), perfect_non_endings=tuple(d.get("perfect_non_endings") or ()), denial_verbs=words("denial_verbs", False), denied_anaphors=_phrases(lang, d.get("denied_anaphors")),
        authority_heads=exact("authority_heads"), abducted_abstractions=exact("abducted_abstractions"),
        plural_endings=tuple(d.get("plural_endings") or ()), website_nouns=exact("website_nouns"),
        cyber_words=words("cyber_words", False), ending_verbs=words("ending_verbs", False),
        result_links=exact("result_links"), cargo_marks=words("cargo_marks", False))


def _months(lang: str, entries) -> dict[str, int]:
    """Month names by number: each entry lists the names of one month, January first."""
    return {form: n for n, names in enumerate(entries or (), 1)
            for name in names.split() for form in _surface(lang, name, pronouns=False)}


def matches(words: list[str], i: int, rest: tuple[frozenset[str], ...]) -> bool:
    return i + len(rest) < len(words) and all(words[i + 1 + k] in forms for k, forms in enumerate(rest))


@dataclass(slots=True)
class Hit:
    start: int     # token index of the cue's first word
    end: int       # token index after its last word
    kind: str
    strong: bool
    past: bool


def cue_hits(words: list[str], ec: EventCues) -> list[Hit]:
    """Every cue of the sentence's words (phrases matched word by word)."""
    hits = []
    for i, word in enumerate(words):
        for cue in ec.cues.get(word, ()):
            if matches(words, i, cue.rest):
                hits.append(Hit(i, i + 1 + len(cue.rest), cue.kind, cue.strong, cue.past))
    return hits


#: How far back from a cue the words of its clause are read (irrealis words, condemnations).
IRREALIS_WINDOW = 10


def clause_before(words: list[str], start: int, ec: EventCues, window: int = IRREALIS_WINDOW) -> Iterator[int]:
    """Indexes of the words before ``start`` in its clause, nearest first: at most
    ``window`` of them, up to a clause break (``clause_breaks`` in events.yaml)."""
    for j in range(start - 1, max(-1, start - 1 - window), -1):
        if words[j] in ec.breaks:
            return
        yield j

"""What the attack rules read: the language cue tables (kg/lang/*/attacks.yaml); the
sentence as a row of items is in :mod:`kg.pipeline.attacks.items`."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg.lang import language_data
from kg.lang.ar.morphology import PROCLITICS
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.derived import word_automaton
from kg.text.normalize import normalize_key

# Generic actors (gunmen, police, civilians) play roles only in events read without a
# frame (event_roles.py): letting the frames take them lowered the dev set (0.851 -> 0.841).
ACTORS = {"Person", "Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor"}
ATTACKERS = {"Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor"}
TARGETS = ACTORS | {"Place", "Region", "MilitaryBase", "Facility", "Vessel"}
PLACES = {"Place", "Region", "State", "MilitaryBase", "Facility"}
AREAS = {"Place", "Region", "State"}
MODALITY_WINDOW = 6
TARGET_REACH = 16       # items from the trigger to the target preposition (weapon lists are long)
FIRST_TARGET_REACH = 8  # words from the preposition to the first target (numbers not counted)

# Weapon entity -> the Attack subclass it implies (kg.vocab.ATTACK_KINDS gives the codes).
WEAPON_KINDS = {
    "drone": "DroneStrike", "unmanned_surface_vessel": "DroneStrike",
    "ballistic_missile": "MissileAttack", "cruise_missile": "MissileAttack",
    "anti_ship_missile": "MissileAttack", "missile": "MissileAttack",
    "rocket": "RocketAttack", "mortar": "Shelling", "artillery": "Shelling",
    "fighter_jet": "Airstrike", "helicopter": "Airstrike",
    "ied": "Bombing", "car_bomb": "Bombing",
    # Named models (kg/lexicon/data/weapons.yaml) by what they are.
    "shahed_136": "DroneStrike", "shahed_101": "DroneStrike", "samad": "DroneStrike",
    "qasef": "DroneStrike", "mq_9": "DroneStrike",
    "toufan": "MissileAttack", "burkan": "MissileAttack", "palestine_2": "MissileAttack",
    "fateh_110": "MissileAttack", "zolfaghar": "MissileAttack", "kheibar_shekan": "MissileAttack",
    "quds_cruise_missile": "MissileAttack", "kornet": "MissileAttack",
    "f_15": "Airstrike", "f_16": "Airstrike", "f_35": "Airstrike", "b_1b": "Airstrike",
    "b_52": "Airstrike", "ac_130": "Airstrike",
    "himars": "RocketAttack",
}
MANNER_KINDS = {"shelling": "Shelling", "airstrike": "Airstrike", "hijacking": "Hijacking",
                "bombing": "Bombing", "assassination": "Assassination", "raid": "Raid",
                "shooting": "Shooting"}
KIND_PRIORITY = ["DroneStrike", "MissileAttack", "RocketAttack", "Airstrike", "Shelling",
                 "SuicideBombing", "Bombing", "GrenadeAttack", "Hijacking", "Abduction", "Assassination",
                 "ArmedClash", "Raid", "Shooting", "Siege"]


_CUE_AUTOMATA: dict[str, object] = {}
#: Relative pronouns open a clause inside the subject ("X, which was carrying ..., was
#: boarded"); they do not end the search for the passive's subject.
RELATIVES = {"which", "who", "that", "التي", "الذي", "الذين"}


@dataclass(frozen=True)
class AttackCues:
    lang: str
    triggers: dict[str, str]
    passive: frozenset[str]
    modality: frozenset[str]
    negation: frozenset[str]
    target_preps: frozenset[str]
    agent_preps: frozenset[str]
    breaks: frozenset[str]
    owned: frozenset[str]
    claims: frozenset[str]
    locatives: frozenset[str]
    coordinators: frozenset[str]
    demonstratives: frozenset[str]
    date_anchors: frozenset[str]
    aggregates: frozenset[str]
    owner_markers: frozenset[str]
    place_heads: frozenset[str]
    responses: frozenset[str]
    strong_agents: frozenset[str]
    verbal_nouns: frozenset[str]
    pronoun_complementizers: frozenset[str]
    attributions: frozenset[str]
    pronoun_attackers: frozenset[str]
    #: A speaker's own forces as a noun with its pronoun: "قال الجيش إن جنوده قتلوا".
    own_forces: frozenset[str] = frozenset()
    #: Nouns of membership: "ناشطا في كتائب X", "members of X" (X was struck).
    members: frozenset[str] = frozenset()
    #: Nouns of a part or an amount: "مجموعة من الفلسطينيين" (X is who was struck, "من" no agent).
    partitives: frozenset[str] = frozenset()
    #: Breaks that coordinate a clause sharing the subject of the clause before: "كما شن".
    shared_subject_breaks: frozenset[str] = frozenset()
    #: Quarter nouns: "حي القائم" names a quarter, not the town of that name.
    neighbourhood_heads: frozenset[str] = frozenset()
    street_heads: frozenset[str] = frozenset()   # "طريق X": X names the road
    #: Words of control: "الخاضعة لسيطرة X", "controlled by X" (X holds the place).
    control_words: frozenset[str] = frozenset()
    #: Sea words heading a body of water's name ("البحر الأحمر", "Gulf of Aden").
    water_heads: frozenset[str] = frozenset()
    #: Nouns of a ship: an attack on a sea whose sentence names one struck an unnamed ship there.
    vessel_heads: frozenset[str] = frozenset()
    #: Flag words: "سفينة ترفع علم X", "flying the flag of X": X is the flag, not the target.
    flag_words: frozenset[str] = frozenset()
    #: Words after a launch verb that make it a naming: "تطلق على نفسها اسم X" (calls itself).
    naming_after_launch: tuple[str, ...] = ()
    #: Verbal nouns of a reason: "لانتهاكها الحظر", "for violating": why, not what, was struck.
    reasons: frozenset[str] = frozenset()
    #: "دعما لغزة", "in solidarity with Gaza": whom the attack supports, not its target.
    purposes: frozenset[str] = frozenset()
    #: "Hamas, whose attack on X": the relative pronoun stands for the attacker.
    possessive_relatives: frozenset[str] = frozenset()
    #: "pro-Iran militias": a prefixed state names a stance, not who was struck.
    stance_prefixes: frozenset[str] = frozenset()
    #: "the border into Syria": a direction word after them describes a place.
    route_nouns: frozenset[str] = frozenset()
    #: "came under a rocket attack": words that may stand between a passive noun-taking
    #: word ("under", passive_with_fillers) and the attack noun.
    passive_with_fillers: frozenset[str] = frozenset()
    #: "calling it an aggression against X": a characterisation of a deed already told
    #: (a verb of naming, then a pronoun for that deed), no new attack.
    characterisations: frozenset[str] = frozenset()
    #: "X suffered minor injuries during an attack": X underwent it (attackers._passive_victim).
    undergoing_verbs: frozenset[str] = frozenset()
    #: "reports in the Saudi media": a state named before them qualifies the news outlet; it
    #: says who reports, not where (place_words.names_a_newsroom).
    media_nouns: frozenset[str] = frozenset()
    #: Adjectives of manner that stand between an attack noun and a state's adjective
    #: ("قصف جوي أميركي"; attackers._on_attack_noun).
    manner_adjectives: frozenset[str] = frozenset()
    #: Words between a news outlet and its owner ("قناة X الناطقة باسم الجماعة"; sources.py).
    outlet_owners: frozenset[str] = frozenset()
    harm_nouns: frozenset[str] = frozenset()
    characterised: frozenset[str] = frozenset()
    passive_fillers: frozenset[str] = frozenset()
    #: "تم استهداف X", "جرى استهداف X": an impersonal auxiliary before a verbal noun tells
    #: the deed as done without naming its doer (triggers._impersonal_event).
    impersonal_auxiliaries: frozenset[str] = frozenset()
    #: Attack nouns whose object follows "of": "the bombardment of Gaza", "the invasion of X"
    #: (the word right after the trigger opens its target phrase).
    of_objects: frozenset[str] = frozenset()
    #: Verbal nouns written like their past verb ("قصف") and the words that make them nouns
    #: when right before them ("بعد قصف"): verbal_noun_agents.py.
    verb_like_nouns: frozenset[str] = frozenset()
    noun_governors: frozenset[str] = frozenset()
    #: Nouns of the sites a count of them names ("hit 85 targets"): what one strike struck,
    #: no tally of attacks, though the noun is also a trigger ("X targets Y").
    counted_sites: frozenset[str] = frozenset()
    #: Connectives that open a clause with its verb: "، فيما استهدف X مدينة Y" (targets._verb_first_subject).
    verb_openers: frozenset[str] = frozenset()
    #: "حيث تم اغتيال X": a relative before the auxiliary describes what was named before.
    impersonal_relatives: frozenset[str] = frozenset()
    #: "a tanker bound for Aden": phrases whose places, up to the comma, are where a ship or
    #: convoy was going (place_words.after_destination), not where it was struck.
    destinations: tuple[tuple[str, ...], ...] = ()
    #: "the vessel, heading toward X, was targeted": X is where the ship went (place_words.ship_heading).
    ship_headings: tuple[tuple[str, ...], ...] = ()
    #: "a boat suspected to have been operated by X": words between a weapon and its owner word.
    operator_hedges: frozenset[str] = frozenset()
    #: Participles that after a description of a person tell what befell them ("P, a X
    #: commander killed in an Israeli strike"; appositions.py).
    reduced_participles: frozenset[str] = frozenset()
    #: "ما قالت إنها", "what it described as": a hedge on what was struck, then the target.
    hedge_openers: frozenset[str] = frozenset()
    hedge_verbs: frozenset[str] = frozenset()
    hedge_links: frozenset[str] = frozenset()
    #: "موالية لإيران", "loyal to Iran": the state after them backs a group.
    backing_words: frozenset[str] = frozenset()
    #: "UK-owned", "Liberian-flagged": the state owns or flags what was struck.
    owner_suffixes: frozenset[str] = frozenset()
    #: "its consulate in Damascus": what was struck belongs to someone; the place after it
    #: is where it stood, never the target itself.
    possessive_determiners: frozenset[str] = frozenset()
    #: Nouns naming what a listed target is ("a US destroyer and the X vessel", "ميناء X
    #: وسفينة Y"): after a target they do not end the list of what was struck.
    target_heads: frozenset[str] = frozenset()
    #: English attack nouns a group's name may qualify: "a Hamas attack on X".
    attack_nouns: frozenset[str] = frozenset()
    #: Arabic finite verbs of answering: before "على" what follows is the deed answered.
    response_verbs: frozenset[str] = frozenset()
    #: Verbs of a ground incursion ("توغلت") and the prepositions that then name what was
    #: entered ("في بلدة X"، "داخل مدينة Y"): the place entered was struck.
    incursions: frozenset[str] = frozenset()
    incursion_prepositions: frozenset[str] = frozenset()
    #: Phrases opening a list right after a comma ("، من بينها"، "، منها"): the items named
    #: after one belong to the clause before the comma, and to its modality (list_scope.py).
    list_openers: tuple[tuple[str, ...], ...] = ()
    #: id(table) -> (table, its written-form index), filled by :meth:`word`.
    _indexes: dict = field(default_factory=dict, compare=False, repr=False)

    def mentions_any(self, text: str) -> bool:
        """Whether a trigger or claim word occurs in ``text`` at all (a substring test
        with one Aho-Corasick scan; a necessary condition for any attack frame)."""
        if self.lang not in _CUE_AUTOMATA:
            _CUE_AUTOMATA[self.lang] = word_automaton(set(self.triggers) | set(self.claims))
        automaton = _CUE_AUTOMATA[self.lang]
        return automaton is not None and next(automaton.iter(text), None) is not None

    def is_reason(self, word: str | None) -> bool:
        """Whether ``word`` gives a reason or a purpose: Arabic ل + a verbal noun of the
        list + a pronoun ("لانتهاكها", "لارتباطه"), English the verbal noun itself
        ("violating"), or a word of support ("دعما", "إسنادا", "solidarity")."""
        if not word:
            return False
        if self.word(word, self.purposes):
            return True   # "دعما لغزة", "in support of Gaza": whom it supports
        if self.lang != "ar":
            return word in self.reasons
        for lead in ("ل", "ول", "فل"):
            if word.startswith(lead):
                rest = word[len(lead):]
                return any(rest.startswith(r) or rest.startswith(r[:-1] + "ت") for r in self.reasons) \
                    and rest.endswith(("ها", "ه", "هم", "هما"))
        return False

    def launch_point(self, items, j) -> bool:
        """"صواريخ من سوريا على قاعدة", "drones from Iraq at Eilat": a state or place
        after a bare "من"/"from", with a target preposition still to come in the clause,
        is where the attack came from, not who carried it out."""
        m = items[j].mention
        if m is None or m.cls not in AREAS:
            return False
        for k in range(j + 1, len(items)):
            if self.is_break(items, k):
                return False
            if items[k].kinds & TARGET_PREP:
                return True
        return False

    def after_hedge(self, items, j) -> int:
        """The item after a hedge on the target opening at j ("ما قالت إنها", "what they
        described as"), else j."""
        word = items[j].word
        if not word or word.lower() not in self.hedge_openers:
            return j

        def skip_links(k, most):
            while k < len(items) and most and items[k].word and items[k].word.lower() in self.hedge_links:
                k, most = k + 1, most - 1
            return k
        k = skip_links(j + 1, 1)   # English names the subject: "what *they* described as"
        verb = items[k].word if k < len(items) else None
        if not verb or verb.lower() not in self.hedge_verbs:
            return j
        return skip_links(k + 1, 3)

    def backer_at(self, items, j) -> bool:
        """Whether the state at j backs the group named before it: right after a word of
        backing ("موالية لإيران", "المدعومة من إيران") or after one and a preposition
        ("loyal to Iran", "backed by Iran"), or right after the collective it owns.""" 
        m = items[j].mention
        if m is None or m.cls != "State" or j == 0:
            return False
        owned = items[j - 1].mention
        if owned is not None and owned.kind == "collective" and getattr(owned, "ref", None) == m.entity:
            return True   # "ميليشيات إيران", "وكلاء إيران": the state owns the collective before it
        words = [items[k].word for k in (j - 1, j - 2) if k >= 0]
        if words[0] and words[0].lower() in self.backing_words:
            return True   # "موالية لإيران": the preposition is glued to the name
        return len(words) == 2 and bool(words[0]) and words[0].lower() in ("to", "by", "with", "من") \
            and bool(words[1]) and words[1].lower() in self.backing_words

    def is_break(self, items, j) -> bool:
        """A clause break at item j ("قبل" in "من قبل" is the agent marker, not "before")."""
        it = items[j]
        if not it.kinds & BREAK:
            return False
        word = it.word
        if word == "قبل" and j + 1 < len(items) and items[j + 1].word in event_cues(self.lang).times_of_day:
            return False   # "قبل ظهر أمس": a time of day, not "before"
        return not (word == "قبل" and j > 0 and items[j - 1].word == "من")

    def word(self, word: str | None, table) -> str | None:
        """The form of ``word`` found in ``table``, proclitics stripped (Arabic).

        Called for most words of every sentence with a trigger (a million times per
        thousand documents), so the written forms of each long-lived table (this
        object's frozensets and trigger dict) are indexed once (:func:`_word_index`) and
        this is one dict lookup.  A ``set`` is read letter by letter: a literal built
        per call would otherwise be indexed, and kept, on every call."""
        if not word:
            return None
        if type(table) is set:
            return stripped_form(self.lang, word, table)
        # The table is kept beside its index, so a reused id never finds a stale one.
        index = self._indexes.get(id(table))
        if index is None or index[0] is not table:
            index = self._indexes[id(table)] = (table, _word_index(self.lang, table))
        return index[1].get(word)

    def forms(self, table) -> dict[str, str]:
        """Every written form of a long-lived ``table`` -> what :meth:`word` returns for
        it, for a rule that tests every word of a sentence (``forms.get(w)`` is
        ``word(w, table)`` for any non-empty word, without a call)."""
        index = self._indexes.get(id(table))
        if index is None or index[0] is not table:
            index = self._indexes[id(table)] = (table, _word_index(self.lang, table))
        return index[1]


_CONTRACTED = ("ل", "ول", "فل")


def stripped_form(lang: str, word: str, table) -> str | None:
    """What :meth:`AttackCues.word` returns, read letter by letter: ``word`` itself when
    in ``table``; else (Arabic) the word behind a proclitic of one or two letters, or
    behind ل / ول / فل before a contracted article ("للرد" is "الرد")."""
    if word in table:
        return word
    if lang == "ar":
        for size in (1, 2):
            if word[:size] in PROCLITICS and word[size:] in table:
                return word[size:]
            if (word[:size] in _CONTRACTED and word[size:].startswith("ل")
                    and ("ا" + word[size:]) in table):
                return "ا" + word[size:]
    return None


def _word_index(lang: str, table) -> dict[str, str]:
    """Every written form :func:`stripped_form` accepts -> its answer.  The candidates are
    each entry with every proclitic of one or two letters, and each entry with the
    article after ل / ول / فل contracted; the answer for each is the letter-by-letter
    reading, so the two agree on every word (a word outside the candidates has none)."""
    candidates = set(table)
    if lang == "ar":
        short = [p for p in PROCLITICS if 1 <= len(p) <= 2]
        for entry in table:
            candidates.update(p + entry for p in short)
            if entry.startswith("ال"):
                candidates.update(p + entry[1:] for p in _CONTRACTED)
    index = {}
    for form in candidates:
        found = stripped_form(lang, form, table)
        if found is not None:
            index[form] = found
    return index


# Role-cue kinds of a word, as bits (Item.kinds): the tables the role frames' per-item
# loops ask of every item, read once per word when the items are built instead of one
# AttackCues.word call per table per visit (each item is walked by several loops).
BREAK, RESPONSE, TARGET_PREP, AGENT_PREP, PASSIVE, TRIGGER, CLAIM, LOCATIVE, COORDINATOR, \
    OWNED, ATTRIBUTION = (1 << k for k in range(11))
_KIND_TABLES = {BREAK: "breaks", RESPONSE: "responses", TARGET_PREP: "target_preps",
                AGENT_PREP: "agent_preps", PASSIVE: "passive", TRIGGER: "triggers", CLAIM: "claims",
                LOCATIVE: "locatives", COORDINATOR: "coordinators", OWNED: "owned",
                ATTRIBUTION: "attributions"}


@lru_cache(maxsize=None)
def role_kinds(lang: str) -> dict[str, int]:
    """Written form -> the bits of the tables where :meth:`AttackCues.word` finds it (a
    truthy answer), from the same complete form indexes, so ``kinds & BREAK`` is
    ``bool(word(w, breaks))`` for every word; a word in none is absent (0)."""
    c = attack_cues(lang)
    out: dict[str, int] = {}
    for bit, name in _KIND_TABLES.items():
        for form, found in c.forms(getattr(c, name)).items():
            if found:
                out[form] = out.get(form, 0) | bit
    return out


@lru_cache(maxsize=None)
def attack_cues(lang: str) -> AttackCues:
    d = language_data(lang, "attacks")
    norm = lambda xs: frozenset(normalize_key(x) for x in xs or ())  # noqa: E731
    triggers = {normalize_key(w): manner for manner, words in d["triggers"].items() for w in words}
    return AttackCues(lang, triggers, norm(d.get("passive")), norm(d.get("modality")),
                      norm(d.get("negation")), norm(d.get("target_prepositions")),
                      norm(d.get("agent_prepositions")), norm(d.get("clause_breaks")),
                      norm(d.get("owned_targets")), norm(d.get("claims")), norm(d.get("locatives")),
                      norm(d.get("coordinators")), norm(d.get("demonstratives")),
                      norm(d.get("date_anchors")), norm(d.get("aggregates")),
                      norm(d.get("owner_markers")), norm(d.get("place_heads")),
                      norm(d.get("responses")), norm(d.get("strong_agents")), norm(d.get("verbal_nouns")),
                      norm(d.get("pronoun_complementizers")), norm(d.get("attributions")),
                      norm(d.get("pronoun_attackers")), own_forces=norm(d.get("own_forces")),
                      members=norm(d.get("members")), partitives=norm(d.get("partitives")),
                      shared_subject_breaks=norm(d.get("shared_subject_breaks")), neighbourhood_heads=norm(d.get("neighbourhood_heads")),
                      street_heads=norm(d.get("street_heads")),
                      control_words=norm(d.get("control_words")), water_heads=norm(d.get("water_heads")),
                      vessel_heads=norm(d.get("vessel_heads")),
                      flag_words=norm(d.get("flag_words")),
                      naming_after_launch=tuple(normalize_key(p) for p in d.get("naming_after_launch", ())),
                      reasons=norm(d.get("reasons")), purposes=norm(d.get("purposes")),
                      possessive_relatives=norm(d.get("possessive_relatives")),
                      stance_prefixes=norm(d.get("stance_prefixes")), route_nouns=norm(d.get("route_nouns")),
                      passive_with_fillers=norm(d.get("passive_with_fillers")),
                      passive_fillers=norm(d.get("passive_fillers")),
                      impersonal_auxiliaries=norm(d.get("impersonal_auxiliaries")),
                      of_objects=norm(d.get("of_objects")),
                      verb_like_nouns=norm(d.get("verb_like_nouns")),
                      noun_governors=norm(d.get("noun_governors")),
                      counted_sites=norm(d.get("counted_sites")),
                      verb_openers=norm(d.get("verb_openers")),
                      impersonal_relatives=norm(d.get("impersonal_relatives")),
                      characterisations=norm(d.get("characterisations")),
                      media_nouns=norm(d.get("media_nouns")), outlet_owners=norm(d.get("outlet_owners")),
                      manner_adjectives=norm(d.get("manner_adjectives")),
                      undergoing_verbs=norm(d.get("undergoing_verbs")), harm_nouns=norm(d.get("harm_nouns")),
                      characterised=norm(d.get("characterised")),
                      destinations=tuple(tuple(normalize_key(p).split()) for p in d.get("destinations", ())),
                      operator_hedges=norm(d.get("operator_hedges")),
                      ship_headings=tuple(tuple(normalize_key(p).split()) for p in d.get("ship_headings", ())),
                      reduced_participles=norm(d.get("reduced_participles")),
                      hedge_openers=norm(d.get("hedge_openers")), hedge_verbs=norm(d.get("hedge_verbs")),
                      hedge_links=norm(d.get("hedge_links")), backing_words=norm(d.get("backing_words")),
                      owner_suffixes=norm(d.get("owner_suffixes")),
                      possessive_determiners=norm(d.get("possessive_determiners")),
                      target_heads=norm(d.get("target_heads")), attack_nouns=norm(d.get("attack_nouns")),
                      response_verbs=norm(d.get("response_verbs")), incursions=norm(d.get("incursions")),
                      incursion_prepositions=norm(d.get("incursion_prepositions")),
                      list_openers=tuple(tuple(normalize_key(p).split()) for p in d.get("list_openers", ())))

"""The language data files load, compile and only name what the rest of the system knows."""
from __future__ import annotations

import pytest

from kg.lang import LANGUAGES, language_data
from kg.lang.cues import cues
from kg.pipeline.attacks import KIND_PRIORITY, MANNER_KINDS, WEAPON_KINDS, attack_cues
from kg.pipeline.patterns import load_rules
from kg.lexicon import default_lexicon
from kg.vocab import ATTACK_KINDS, RELATIONS

SLOTS = {"PREV", "PREVGROUP", "PREVONE", "PREVPERSON", "SUBJ", "FOCUS", "ROLE", "SPEAKER", "ARMY", "DEADGROUP",
         "PREVARMED"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rule_files_relations_compile_and_emit_known_relations(lang):
    rules = load_rules(lang, "relations")
    assert rules
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids)), "duplicate rule ids"
    for rule in rules:
        assert rule.id.startswith(f"{lang}.")
        for subject, predicate, obj in rule.emit:
            assert predicate in RELATIONS, rule.id
            for slot in (subject, obj):
                # "G.backer": the backer read off the collective captured as G; "G.state":
                # the state the body captured as G belongs to; "N.led":
                # what the person captured as N heads; "U.unit": the unit named before
                # with the noun captured as U; "G.government": the government the lexicon
                # names after the group G; "FOCUS.parliament": the lexicon's parliament of
                # the document's country.
                name = (slot.removesuffix(".backer").removesuffix(".led").removesuffix(".unit").removesuffix(".state")
                        .removesuffix(".government").removesuffix(".parliament"))
                # "PREVPERSON.led": what the person a pronoun stands for heads.
                assert slot in SLOTS or name in SLOTS or f"?P<{name}>" in rule.regex.pattern, (rule.id, slot)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rule_files_attack_cues_load(lang):
    c = attack_cues(lang)
    assert c.triggers and c.target_preps and c.claims
    assert set(c.triggers.values()) <= {"attack", "launch"} | set(MANNER_KINDS)


def test_rule_files_attack_kinds_are_ontology_classes():
    assert set(WEAPON_KINDS.values()) | set(MANNER_KINDS.values()) <= set(ATTACK_KINDS)
    assert set(KIND_PRIORITY) <= set(ATTACK_KINDS)
    weapons = {e.id for e in default_lexicon() if e.cls == "Weapon"}
    assert set(WEAPON_KINDS) <= weapons


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rule_files_cues_and_dates_load(lang):
    c = cues(lang)
    assert c.speech_verbs and c.denial_verbs and c.state_proxies
    months = language_data(lang, "dates")["months"]
    assert sorted(int(k) for k in months) == list(range(1, 13))


def test_rule_files_words_stay_words():
    # YAML 1.1 reads "no"/"on" as booleans; the loader keeps them as words.
    assert "on" in language_data("en", "attacks")["target_prepositions"]


EVENT_SECTIONS = {"earlier_deeds", "liable", "truces", "agent_phrases",
                  "strong", "weak", "past_verbs", "casualties", "occurrence", "irrealis", "negation",
                  "clause_breaks", "numbers", "tallies", "relatives", "experiencers", "purpose_nouns",
                  "possessed_nouns", "killing_verbs", "accusations", "background", "earlier", "results", "arrests",
                  "day_words", "toll_updates", "accidents", "months", "commentary", "future_results", "since", "trends", "munitions", "periods", "deeds",
                  "passing", "harm_verbs", "one_of", "launch_verbs", "units", "weapon_tests", "undergone", "attempts",
                  "to", "light_verbs", "answer_verbs", "shown_verbs", "footage", "stated_targets", "amount_nouns", "agent_nouns", "origins", "arrivals", "sites",
                  "finds", "bodies", "deed_verbs", "operations", "hold_verbs", "light_nouns",
                  "assault_verbs", "onlooker_verbs", "passive_only", "responses", "wars", "homographs",
                  "claim_verbs", "responsibility", "adopt_verbs", "list_ordinals", "list_counts", "use_verbs", "continuing", "occasions", "subject_predicates", "openers",
                  "directions", "launch_deeds", "incidents", "foiled", "handling", "handling_times",
                  "dispute_verbs", "accounts", "preempt_verbs", "before_launch", "launch_nouns",
                  "condemnations", "condemners", "condemner_fillers", "told_of", "proposals", "force_nouns", "elaborations",
                  "fireworks", "denial_verbs", "denied_anaphors", "story_spans", "story_qualifiers",
                  "story_links", "waging_verbs", "resident_verbs", "story_after", "period_last",
                  "month_last", "hijri_marks", "relay_verbs", "times_of_day",
                  "cleft_pronouns",
                  "authority_heads", "abducted_abstractions", "website_nouns", "cyber_words",
                  "ending_verbs", "cargo_marks", "plural_endings", "result_links",
                  "statement_verbs", "perfect_endings", "perfect_non_endings"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rule_files_event_cues_load_with_known_sections(lang):
    from kg.pipeline.attacks.event_cues import event_cues
    data = language_data(lang, "events")
    assert set(data) <= EVENT_SECTIONS, set(data) - EVENT_SECTIONS
    assert set(data["strong"]) | set(data["weak"]) <= set(ATTACK_KINDS)
    c = event_cues(lang)
    assert c.cues and c.casualties and c.irrealis and c.negation
    # every past verb is also a cue: it only marks how a cue is told
    past = {w.split()[0] for w in data.get("past_verbs") or ()}
    cue_words = {w.split()[0] for words in list(data["strong"].values()) + list(data["weak"].values())
                 for w in words}
    assert past <= cue_words, past - cue_words
    # months are listed January first, one entry per month
    assert len(data.get("months") or [None] * 12) == 12
    assert not c.months or set(c.months.values()) <= set(range(1, 13))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ["relations", "macros"])
def test_rule_files_have_no_repeated_keys(lang, name):
    # YAML keeps the last of two equal keys silently: a rule pasted over another would
    # lose its pattern or emit without a word.
    import yaml
    from pathlib import Path

    import kg.lang

    repeated = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        repeated.extend((node.start_mark.line + 1, k) for k in set(keys) if keys.count(k) > 1)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    path = Path(kg.lang.__file__).parent / lang / f"{name}.yaml"
    yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)  # noqa: S506 - SafeLoader subclass
    assert not repeated, f"{path}: repeated keys (line, key): {repeated}"

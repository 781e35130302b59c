"""Which rules may match a masked sentence (kg/pipeline/prefilter.py)."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from kg.io import iter_documents
from kg.pipeline import analyze as run_pipeline
from kg.pipeline.patterns import Rule, candidate_rules, compile_pattern, load_rules, mask_sentence
from kg.pipeline.prefilter import required_clauses
from kg.pipeline.relations import mentions_by_sentence

ROOT = Path(__file__).resolve().parents[2]
CLASSES = {"ACTOR": ["State", "ArmedGroup"], "STATE": ["State"], "PLACE": ["Place"]}


def clauses(pattern: str) -> list[set[str]]:
    return [set(c) for c in required_clauses(compile_pattern(pattern, {}, CLASSES))]


def test_prefilter_clauses_hold_words_optional_clitics_and_slot_classes():
    found = clauses("{X:STATE} (?:و)?يدعم {Y:PLACE}")
    # the word keeps the spaces the pattern requires around it
    assert {" يدعم ", " ويدعم "} in found
    assert {":State:name»", ":State:anaphor»", ":State:collective»", ":State:proxy»"} in found
    assert {":Place:name»", ":Place:anaphor»", ":Place:collective»", ":Place:proxy»"} in found


def test_prefilter_drops_what_a_match_need_not_contain():
    assert clauses("(?:قاعده)? *{X:STATE}") == [{":State:name»", ":State:anaphor»", ":State:collective»",
                                                  ":State:proxy»"}]
    assert required_clauses(re.compile("a*b*")) == ()
    assert required_clauses(re.compile("(?i)abc")) == ()


def test_prefilter_a_word_keeps_the_space_after_it():
    # "نشا +" needs "نشا " in the sentence: "نشاط" (a longer word) does not let it run
    rules = (_rule("(?:تاسس|نشا) +{X:STATE}"),)
    assert candidate_rules(rules, "نشاط «0:State:name»") == []
    assert candidate_rules(rules, "نشا «0:State:name»") == list(rules)


def test_prefilter_an_alternation_gives_a_clause_per_rank_of_its_branches():
    # the best clause of each branch is a weak word in one of them ("علي"); the next
    # ranks (the verb in both) still keep the rule off a sentence without the verb
    rules = (_rule("(?:التي|الذي) +(?:تاسس|نشا) +علي +يد +{X:STATE}|(?:تاسس|نشا) +{Y:STATE} +علي +يد +{Z:STATE}"),)
    found = {frozenset(c) for c in rules[0].clauses}
    assert any({" تاسس ", " نشا "} <= c for c in found), found
    assert candidate_rules(rules, "التي عملت علي يده «0:State:name»") == []
    assert candidate_rules(rules, "التي تاسس علي يد «0:State:name»") == list(rules)


def _rule(pattern: str) -> Rule:
    regex = compile_pattern(pattern, {}, CLASSES)
    return Rule("test", regex, (), 0.8, {}, None, required_clauses(regex))


def test_prefilter_needs_every_clause():
    # The word is there but no place is named: the rule is not tried.
    rules = (_rule("{X:STATE} يدعم {Y:PLACE}"),)
    assert candidate_rules(rules, "«0:State:name» يدعم «1:State:name»") == []
    assert candidate_rules(rules, "«0:State:name» يدعم «1:Place:name»") == list(rules)


def _masked(documents):
    for document in documents:
        doc = run_pipeline(document)
        by_sentence = mentions_by_sentence(doc)
        for sentence in doc.sentences:
            yield doc.lang, mask_sentence(doc, sentence, by_sentence.get(sentence.index, [])).text


def _generated_masked(tmp_path):
    """Masked sentences of 40 documents of the benchmark's generator (every rule family)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    path = tmp_path / "generated.jsonl"
    generate.write_corpus(40, path, seed=15)
    return _masked(iter_documents([str(path)]))


def test_prefilter_never_rejects_a_match_of_the_rule_files(tmp_path):
    # Every rule whose regex matches a masked sentence of the benchmark's generated
    # documents (names and wordings of every rule family) is among the candidates.
    checked = 0
    for lang, text in _generated_masked(tmp_path):
        rules = load_rules(lang, "relations")
        candidates = candidate_rules(rules, text)
        for rule in rules:
            if rule.regex.search(text):
                checked += 1
                assert rule in candidates, (rule.id, text)
    assert checked > 100


def test_prefilter_never_rejects_a_match_on_shuffled_masked_text():
    # Words and slot tokens of real rule matches, shuffled: what the rules still match
    # there must pass the filter too.
    rng = random.Random(15)
    for lang in ("ar", "en"):
        rules = load_rules(lang, "relations")
        pieces = ["«0:State:name»", "«1:ArmedGroup:name»", "«2:Place:name»", "«3:Person:name»",
                  "«4:Organization:collective»", "«5:State:nisba»", "«6:Government:name»", " ", " ", "، ", "و"]
        pieces += [w for r in rules for c in r.clauses for w in sorted(c) if "«" not in w and "»" not in w][:400]
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
            candidates = candidate_rules(rules, text)
            for rule in rules:
                if rule.regex.search(text):
                    assert rule in candidates, (rule.id, text)


def test_prefilter_first_char_guard_keeps_every_match():
    # A pattern opening with an optional part gets a look-ahead for its first
    # characters (for speed): same matches and groups, on random text.
    from kg.pipeline.prefilter import first_char_guard
    pattern = compile_pattern("(?:(?:ال)?(?:مدينه|قريه) )?{X:PLACE}(?: ?، ?| )(?:في )?{Y:STATE}", {}, CLASSES)
    guarded = first_char_guard(pattern)
    assert guarded.pattern != pattern.pattern
    assert first_char_guard(re.compile("abc")).pattern == "abc"      # the engine skips to "a" itself
    assert first_char_guard(re.compile("(?:a)?b?")).pattern == "(?:a)?b?"   # may match nothing
    pieces = ["مدينه ", "المدينه ", "قريه ", "«0:Place:name»", "«1:State:name»", " ", "، ", "في ", "ال", "x"]
    rng = random.Random(15)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert [(m.span(), m.groupdict()) for m in guarded.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in pattern.finditer(text)], text


def _relation_regexes(lang: str, edit=lambda macros: macros) -> dict[str, re.Pattern]:
    """The language's relation rules compiled as ``load_rules`` does, with ``edit``
    applied to the macros first."""
    from kg.lang import language_data
    from kg.pipeline.patterns import _spaces
    from kg.pipeline.prefilter import first_char_guard
    from kg.text.normalize import normalize_arabic
    data, shared = language_data(lang, "relations"), language_data(lang, "macros")
    macros = {k: _spaces(normalize_arabic(str(v))) for k, v in {**shared.get("macros", {}),
                                                                **data.get("macros", {})}.items()}
    classes = {**shared.get("classes", {}), **data.get("classes", {})}
    macros = edit(macros)
    return {r["id"]: first_char_guard(compile_pattern(r["pattern"], macros, classes)) for r in data["rules"]}


_WORD_GUARD = re.compile(r"\(\?=\{[A-Z]+_WORDS\}\)")


def test_title_word_guards_before_the_kin_look_behinds_keep_every_match(tmp_path):
    # HEAD_TITLE, SPOKES, OFFICIAL and ROLENOUN look ahead for their words before the
    # ~44 look-behinds of NOTKIN (for speed: the look-behinds ran at every letter the
    # rule may open with). A zero-width look-ahead for what must follow anyway: every
    # rule gives the same matches and groups with and without it.
    def unguarded(macros):
        out = {k: _WORD_GUARD.sub("", v) for k, v in macros.items()}
        assert sum(out[k] != v for k, v in macros.items()) == 4
        return out

    guarded, plain = _relation_regexes("ar"), _relation_regexes("ar", unguarded)
    changed = [k for k in guarded if guarded[k].pattern != plain[k].pattern]
    assert len(changed) > 20
    texts = [text for lang, text in _generated_masked(tmp_path) if lang == "ar"]
    rng = random.Random(15)
    pieces = ["«0:Person:name»", "«1:ArmedGroup:name»", "«2:State:name»", "«3:Organization:name»", " ", "، ",
              "ال", "و", "شقيق ", "نجل ", " ابن ", "زوجه ", "مكتب ", "قائد", "زعيم", "رئيس", "امين عام",
              "متحدث", "ناطق", "وزير", "مستشار", "قيادي", "عضو", "مسؤول", " في ", " ب", " عسكري", " باسم "]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 12))) for _ in range(3000)]
    for key in changed:
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in guarded[key].finditer(text)] == \
                [(m.span(), m.groupdict()) for m in plain[key].finditer(text)], (key, text)


def test_first_char_guard_on_rules_the_engine_cannot_skip_into_keeps_every_match(tmp_path):
    # A rule that opens with a required alternation of groups, or with a look-behind, is
    # entered at every position as one opening with an optional part is: it gets the
    # look-ahead too. One opening with a literal or an alternation of literals does not.
    from kg.lang import language_data
    from kg.pipeline.patterns import _spaces
    from kg.pipeline.prefilter import first_char_guard
    from kg.text.normalize import normalize_arabic
    alternation = compile_pattern("(?:(?:ال)?مدينه|{X:PLACE}) +{Y:STATE}", {}, CLASSES)
    assert first_char_guard(alternation).pattern != alternation.pattern
    assert first_char_guard(re.compile("(?:ab|cd)e")).pattern == "(?:ab|cd)e"
    texts = [text for _lang, text in _generated_masked(tmp_path)]
    guarded = 0
    for lang in ("ar", "en"):
        data, shared = language_data(lang, "relations"), language_data(lang, "macros")
        macros = {k: _spaces(normalize_arabic(str(v))) for k, v in {**shared.get("macros", {}),
                                                                    **data.get("macros", {})}.items()}
        classes = {**shared.get("classes", {}), **data.get("classes", {})}
        for raw in data["rules"]:
            plain = compile_pattern(raw["pattern"], macros, classes)
            fast = first_char_guard(plain)
            if fast.pattern == plain.pattern:
                continue
            guarded += 1
            for text in texts:
                assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                    [(m.span(), m.groupdict()) for m in plain.finditer(text)], (raw["id"], text)
    assert guarded > 150

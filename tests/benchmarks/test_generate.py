"""The benchmark's document generator: seeded, distinct, realistic, readable by kg build."""
from __future__ import annotations

import generate
from kg.io import iter_documents
from kg.lexicon import default_lexicon


def test_generate_is_deterministic_and_prefix_stable():
    first = list(generate.iter_documents(30, seed=3))
    again = list(generate.iter_documents(30, seed=3))
    longer = list(generate.iter_documents(40, seed=3))
    other = list(generate.iter_documents(30, seed=4))
    assert first == again
    assert longer[:30] == first
    assert [d["text"] for d in other] != [d["text"] for d in first]


def test_generate_documents_are_distinct_and_wire_sized():
    docs = list(generate.iter_documents(120, seed=5, ar_share=0.5))
    assert len({d["text"] for d in docs}) == len(docs)
    assert len({d["id"] for d in docs}) == len(docs)
    by_lang = {lang: [len(d["text"].encode()) for d in docs if d["language"] == lang] for lang in ("ar", "en")}
    assert by_lang["ar"] and by_lang["en"]
    assert all(4000 <= n <= 19000 for n in by_lang["ar"])
    assert all(2000 <= n <= 11000 for n in by_lang["en"])
    assert 7000 < sum(by_lang["ar"]) / len(by_lang["ar"]) < 13000


def test_generate_uses_lexicon_names_and_says_it_is_synthetic():
    names = {n for e in default_lexicon() for n in e.names()}
    for doc in generate.iter_documents(10, seed=1):
        assert doc["source"] == generate.SOURCE and "synthetic" in doc["source"]
        assert sum(1 for n in names if len(n) > 3 and n in doc["text"]) >= 5
        assert "{" not in doc["text"] and "}" not in doc["text"], "unfilled template slot"


def test_generate_corpus_streams_shards_that_kg_reads(tmp_path):
    info = generate.write_corpus(25, tmp_path / "corpus", seed=2, per_file=10)
    assert [p.name for p in info.files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    errors = []
    docs = list(iter_documents([tmp_path / "corpus"], on_error=errors.append))
    assert not errors and len(docs) == info.documents == 25
    assert sum(len(d.text.encode()) for d in docs) == info.bytes == sum(info.file_bytes)
    assert "generated 25 synthetic documents" in info.summary()


def test_a_frozen_name_table_generates_the_same_documents_after_a_json_round_trip():
    import json
    names = generate.Names.from_lexicon()
    frozen = generate.Names.from_json(json.loads(json.dumps(names.to_json(), ensure_ascii=False)))
    assert frozen == names
    assert list(generate.iter_documents(5, seed=9, names=frozen)) == list(generate.iter_documents(5, seed=9))
    smaller = generate.Names.from_json({**names.to_json(), "by_slot": {
        slot: ids[1:] for slot, ids in names.by_slot.items()}})
    assert list(generate.iter_documents(5, seed=9, names=smaller)) != list(generate.iter_documents(5, seed=9))


def test_each_group_has_at_most_one_umbrella_and_no_cycle():
    names = generate.Names.from_lexicon()
    forest = generate.umbrella_forest(names, seed=7)
    assert forest == generate.umbrella_forest(names, seed=7) != generate.umbrella_forest(names, seed=8)
    assert forest and set(forest) | set(forest.values()) <= set(names.by_slot["G"])
    for group in forest:
        seen, up = {group}, forest[group]
        while up in forest:
            assert up not in seen
            seen.add(up)
            up = forest[up]
        assert len(seen) <= generate.UMBRELLA_DEPTH


def test_umbrella_sentences_follow_the_forest():
    import re
    names = generate.Names.from_lexicon()
    forest = generate.umbrella_forest(names, seed=3)
    by_name = {}
    for (key, _lang), forms in names.names.items():
        by_name.setdefault(forms[0], key)
    said = re.compile(r"(?:وتعمل (.+?) تحت مظلة (.+?)،|([A-Z].+?) operates under the umbrella of (.+?) and )")
    pairs = set()
    for doc in generate.iter_documents(300, seed=3, ar_share=0.5):
        for m in said.finditer(doc["text"]):
            sub, umb = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            sub = sub.split(". ")[-1]
            if sub in by_name and umb in by_name:
                pairs.add((by_name[sub], by_name[umb]))
    assert len(pairs) > 10
    assert all(forest.get(sub) == umb for sub, umb in pairs)

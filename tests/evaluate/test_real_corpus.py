"""The real-news corpus: manifest and golds agree without the texts; with the cache, the
texts are the annotated ones and every gold entity is named in its text.

The article texts are not in the repository (see tests/gold/real/README.md); the tests
that need them are skipped, saying how to refill the cache, when it is absent.
"""
import json
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import corpus
from kg.evaluate.gold import load_gold
from kg.evaluate.scoring import RELATIONS, gold_norm
from gold_paths import GOLD, ROOT

REAL = GOLD / "real"
MANIFEST = REAL / "manifest.json"
# SHABAKA_REAL_CACHE points the text-reading tests at another cache folder.
CACHE = Path(os.environ.get("SHABAKA_REAL_CACHE") or ROOT / ".cache" / "real")
CLASSES = {"Actor", "Person", "Organization", "ArmedGroup", "State", "Government", "Coalition",
           "Place", "Region", "MilitaryBase", "Vessel", "Weapon", "Event", "Attack", "Facility"}
ARTICLES = corpus.load_manifest(MANIFEST)
GOLDS = sorted(REAL.glob("*/*.gold.yaml"))


def _keys(value):
    return value if isinstance(value, list) else [value]


def test_the_corpus_has_the_size_the_issue_asks_for():
    languages = [a["language"] for a in ARTICLES]
    assert len(ARTICLES) >= 40 and languages.count("ar") >= 30
    assert len({a["outlet"] for a in ARTICLES}) >= 10
    assert all("2023-01-01" <= a["published"] <= "2025-12-31" for a in ARTICLES)
    test_share = sum(a["split"] == "test" for a in ARTICLES) / len(ARTICLES)
    assert 0.25 <= test_share <= 0.4


def test_every_article_has_one_gold_in_its_split_folder_and_no_gold_is_orphaned():
    expected = {REAL / a["split"] / f"{a['id']}.gold.yaml" for a in ARTICLES}
    assert set(GOLDS) == expected
    assert all(a["gold"] == f"{a['split']}/{a['id']}.gold.yaml" for a in ARTICLES)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_gold_agrees_with_its_manifest_entry_and_with_itself(path):
    entry = {a["id"]: a for a in ARTICLES}[path.name.split(".")[0]]
    gold = load_gold(path)
    assert gold["document"] == f"{entry['id']}.md"
    assert (gold["language"], str(gold["published"]), gold["source"]) == \
        (entry["language"], entry["published"], entry["outlet"])
    entities = gold["entities"]
    assert all(e.get("type") in CLASSES and e.get("names") for e in entities.values()), path.name
    for s, p, o in gold["facts"] + gold["optional"]:
        assert set(_keys(p)) <= RELATIONS, (path.name, s, p, o)
        assert set(_keys(s)) | set(_keys(o)) <= set(entities), (path.name, s, p, o)
    for attack in gold["attacks"] + gold["optional_attacks"]:
        for role in ("attacker", "target", "place", "weapons"):
            if attack.get(role) is not None:
                # "any attacker" is null: the scorer reads [x, null] as x alone
                assert None not in _keys(attack[role]), (path.name, role, "a list with null", attack)
                assert set(_keys(attack[role])) <= set(entities), (path.name, role, attack)
        if attack.get("date"):
            # a date can only be resolved against a publication date the page states
            assert entry["date_basis"] != "inferred" or str(attack["date"])[:4] < "2023", (path.name, attack)


def test_the_recipe_keeps_lines_and_drops_furniture():
    page = " date 2024-05-01 First line\n\n  Share this  \nSecond   line\nThird line\nFourth line\n"
    assert corpus.article_text(page, drop_lines=[1], keep_lines=2) == "First line\nSecond line\n"
    assert corpus.article_text(page) == "First line\nShare this\nSecond line\nThird line\nFourth line\n"


def _entry(text, **extra):
    return {"id": "sample_01", "split": "dev", "language": "en", "url": "https://example.invalid/a",
            "title": "A sample", "outlet": "Sample Wire", "published": "2024-05-01",
            "date_basis": "stated", "drop_lines": [1], "keep_lines": 2,
            "sha256": corpus.sha256_text(text), **extra}


def test_put_writes_a_document_only_for_the_annotated_text(tmp_path):
    page = "Militia says it struck a base\nAdvertisement\nThe group said its fighters hit the base.\nMore\n"
    entry = _entry("Militia says it struck a base\nThe group said its fighters hit the base.\n")
    path = corpus.put(entry, page, tmp_path)
    assert path == tmp_path / "dev" / "sample_01.md"
    assert corpus.cached_text(path) == "Militia says it struck a base\nThe group said its fighters hit the base.\n"
    assert corpus.check_cache([entry], tmp_path).present == ["sample_01"]
    with pytest.raises(InputError, match="sha256"):
        corpus.put(entry, page.replace("struck", "hit"), tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("fighters", "men"), encoding="utf-8")
    assert corpus.check_cache([entry], tmp_path).changed == ["sample_01"]
    assert corpus.check_cache([entry, _entry("x\n", id="sample_02")], tmp_path).missing == ["sample_02"]


def test_put_accepts_a_later_copy_that_runs_on_past_the_annotated_end(tmp_path):
    # stored copies are cut at a length limit: a later copy of the page may go on mid-sentence
    annotated = "Militia says it struck a base\nThe group said its fighters hit the base.\n"
    longer = "Militia says it struck a base\nAdvertisement\nThe group said its fighters hit the base. Officials in\n"
    path = corpus.put(_entry(annotated), longer, tmp_path)
    assert corpus.cached_text(path) == annotated
    with pytest.raises(InputError, match="sha256"):     # a cut never makes a different text match
        corpus.put(_entry(annotated), longer.replace("fighters", "men"), tmp_path)


def test_the_cache_file_is_read_as_a_document_with_the_manifest_metadata(tmp_path):
    from kg.io.documents import iter_documents
    text = "Militia says it struck a base\nThe group said its fighters hit the base.\n"
    corpus.put(_entry(text), text, tmp_path)
    (doc,) = list(iter_documents([tmp_path / "dev"]))
    assert (doc.id, str(doc.date), doc.language, doc.source) == ("sample_01", "2024-05-01", "en", "Sample Wire")
    assert doc.text.startswith("Militia says")


def test_a_bad_manifest_is_one_clear_error(tmp_path):
    bad = tmp_path / "manifest.json"
    bad.write_text(json.dumps({"articles": [_entry("x\n", split="train")]}), encoding="utf-8")
    with pytest.raises(InputError, match="split"):
        corpus.load_manifest(bad)


def _cache_report():
    report = corpus.check_cache(ARTICLES, CACHE)
    if not report.present:
        pytest.skip(f"the real-corpus texts are not cached in {CACHE}: refill them as "
                    "tests/gold/real/README.md says (python tools/real_corpus.py check)")
    return report


def test_cached_texts_are_the_annotated_ones():
    report = _cache_report()
    assert not report.changed, f"cached texts differ from the annotated ones: {report.changed}"


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_every_gold_entity_is_named_in_its_text(path):
    _cache_report()
    entry = {a["id"]: a for a in ARTICLES}[path.name.split(".")[0]]
    cached = corpus.cached_path(CACHE, entry)
    if not cached.is_file():
        pytest.skip(f"{entry['id']} is not cached")
    text = gold_norm(corpus.cached_text(cached))
    for key, entity in load_gold(path)["entities"].items():
        assert any(gold_norm(n) and gold_norm(n) in text for n in entity["names"]), (path.name, key)


def test_put_accepts_a_later_copy_with_a_line_more_or_a_glued_next_sentence(tmp_path):
    # the page had fewer lines than keep_lines when it was annotated; later it grew by one
    annotated = "Militia says it struck a base\nThe group said its fighters hit the base.\n"
    grown = "Militia says it struck a base\nAdvertisement\nThe group said its fighters hit the base.\nMore lines\n"
    path = corpus.put(_entry(annotated, keep_lines=3), grown, tmp_path)
    assert corpus.cached_text(path) == annotated
    # a later copy glues the next sentence to the full stop with no space
    glued = "Militia says it struck a base\nAdvertisement\nThe group said its fighters hit the base.Officials said\n"
    assert corpus.cached_text(corpus.put(_entry(annotated), glued, tmp_path)) == annotated
    with pytest.raises(InputError, match="sha256"):
        corpus.put(_entry(annotated), glued.replace("base.Officials", "baseOfficials"), tmp_path)

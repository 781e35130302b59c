"""tools/real_corpus.py, run as a user would: check says what is missing (exit 1), put
refills from a page copy or a saved search answer and refuses any other text."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.evaluate import corpus

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Militia says it struck a base\nThe group said its fighters hit the base.\n"
PAGE = " date 2024-05-01 Militia says it struck a base\n\nShare this\nThe group said its fighters   hit the base.\nMore\n"


def _run(tmp_path, *args):
    return subprocess.run([sys.executable, str(ROOT / "tools" / "real_corpus.py"),
                           "--manifest", str(tmp_path / "manifest.json"), "--cache", str(tmp_path / "cache"), *args],
                          capture_output=True, text=True, timeout=60)


def _manifest(tmp_path):
    entry = {"id": "sample_01", "split": "test", "language": "en", "url": "https://example.invalid/a",
             "title": "A sample", "outlet": "Sample Wire", "published": "2024-05-01", "date_basis": "stated",
             "drop_lines": [1], "keep_lines": 2, "sha256": corpus.sha256_text(TEXT)}
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [entry]}), encoding="utf-8")


def test_check_names_the_missing_article_and_the_refill_step(tmp_path):
    _manifest(tmp_path)
    result = _run(tmp_path, "check")
    assert result.returncode == 1
    assert "0 of 1" in result.stdout and "missing: sample_01" in result.stdout
    assert "put ID FILE" in result.stdout


def test_put_takes_the_matching_excerpt_of_a_saved_search_answer(tmp_path):
    _manifest(tmp_path)
    answer = {"results": [{"url": "https://example.invalid/b", "excerpt": "another page"},
                          {"url": "https://example.invalid/a", "excerpt": PAGE}]}
    (tmp_path / "answer.json").write_text(json.dumps(answer), encoding="utf-8")
    assert _run(tmp_path, "put", "sample_01", str(tmp_path / "answer.json")).returncode == 0
    assert corpus.cached_text(tmp_path / "cache" / "test" / "sample_01.md") == TEXT
    assert _run(tmp_path, "check").returncode == 0


def test_put_refuses_a_page_that_does_not_give_the_annotated_text(tmp_path):
    _manifest(tmp_path)
    (tmp_path / "page.txt").write_text(PAGE.replace("struck", "hit"), encoding="utf-8")
    result = _run(tmp_path, "put", "sample_01", str(tmp_path / "page.txt"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "sha256 differs" in result.stderr
    assert not (tmp_path / "cache" / "test" / "sample_01.md").exists()


def _repo(tmp_path, files):
    repo = tmp_path / "repo"
    repo.mkdir()
    for name, text in files.items():
        (repo / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    return repo


def test_overlap_names_a_tracked_file_that_repeats_a_run_of_article_words(tmp_path):
    _manifest(tmp_path)
    (tmp_path / "answer.txt").write_text(PAGE, encoding="utf-8")
    assert _run(tmp_path, "put", "sample_01", str(tmp_path / "answer.txt")).returncode == 0
    repo = _repo(tmp_path, {"copied.py": 'S = "The group said its fighters hit the base today"\n',
                            "own.py": 'S = "A faction reported that its members shelled a camp"\n'})
    result = _run(tmp_path, "overlap", "--words", "6", "--root", str(repo))
    assert result.returncode == 1
    assert "copied.py: repeats 6 words of sample_01" in result.stdout
    assert "own.py" not in result.stdout


def test_overlap_passes_when_files_share_only_shorter_runs(tmp_path):
    _manifest(tmp_path)
    (tmp_path / "answer.txt").write_text(PAGE, encoding="utf-8")
    assert _run(tmp_path, "put", "sample_01", str(tmp_path / "answer.txt")).returncode == 0
    repo = _repo(tmp_path, {"names.py": 'S = "the group said its fighters were ready"\n'})
    result = _run(tmp_path, "overlap", "--words", "6", "--root", str(repo))
    assert result.returncode == 0, result.stdout
    assert "0 shared runs of 6 words" in result.stdout


def test_no_tracked_file_repeats_eight_words_of_a_cached_article():
    """The article texts are ours to read, not to republish: tests, golds, docs and rule
    comments say things in our own words.  Runs where the cache has been refilled."""
    cache = ROOT / ".cache" / "real"
    if not any(cache.glob("*/*.md")):
        pytest.skip(f"no article texts in {cache}: refill it (tests/gold/real/README.md) to run this check")
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "real_corpus.py"), "overlap"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout

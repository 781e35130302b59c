"""Test modules have unique file names.

pytest imports each test module by its file name (the test folders are not packages), so
two ``test_x.py`` in different folders stop collection of the whole suite ("import file
mismatch"), which a run of one folder does not show: this test does.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).parent


def test_test_modules_have_unique_file_names():
    places = defaultdict(list)
    for path in TESTS.rglob("test_*.py"):
        places[path.name].append(str(path.relative_to(TESTS)))
    clashes = {name: paths for name, paths in places.items() if len(paths) > 1}
    assert not clashes, f"test modules sharing a file name (rename one): {clashes}"

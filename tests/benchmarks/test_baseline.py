"""``run.py --baseline``: an older commit's code, exported beside the work, runs a step."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import run
from report import rows


def test_baseline_tree_exports_the_commit_and_its_kg_is_the_one_imported(tmp_path):
    tree, sha = run.baseline_tree("HEAD", tmp_path)
    assert len(sha) == 40 and (tree / "kg" / "__init__.py").is_file()
    assert run.baseline_tree("HEAD", tmp_path) == (tree, sha)   # reused, not exported again
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}
    where = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], cwd=tree, env=env,
                           capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(tree))


def test_a_ref_that_is_no_commit_is_one_clear_error(tmp_path):
    with pytest.raises(run.StepFailed, match="not a commit"):
        run.baseline_tree("no-such-ref-anywhere", tmp_path)


def test_the_table_puts_each_baseline_row_before_its_after_row():
    build = {"workers": 1, "docs_per_s": 10.0, "mb_per_s": 0.1, "mb_per_s_per_core": 0.1,
             "cpu_seconds": 2.0, "mb_per_cpu_s": 0.5, "triples_per_s": 100.0, "ms_per_doc": 100.0,
             "peak_rss_mb": 70.0}
    size = {"documents": 5, "builds": [build], "store": {"load_seconds": 1.0, "triples_per_s": 1.0},
            "baseline_builds": [dict(build, cpu_seconds=3.0, baseline="a" * 40)]}
    table = rows({"sizes": [json.loads(json.dumps(size))]})
    assert [r[1] for r in table] == ["shabaka before (aaaaaaa)", "shabaka after"]
    assert [r[6] for r in table] == ["3.00", "2.00"]

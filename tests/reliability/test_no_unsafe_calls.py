"""Input is parsed, never executed: no eval/exec, no pickle or marshal loads, no shell,
and YAML only through safe loaders, anywhere in the package (checked on the syntax tree,
so comments and strings do not count)."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kg"
FORBIDDEN_CALLS = {"eval", "exec", "compile", "os.system", "os.popen", "pickle.load", "pickle.loads",
                   "marshal.load", "marshal.loads", "yaml.unsafe_load", "yaml.full_load",
                   "yaml.unsafe_load_all", "yaml.full_load_all", "shelve.open"}
SAFE_YAML_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}


def dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    return ""


def safe_loaders(tree: ast.AST) -> set[str]:
    """The safe loaders, plus classes of this module that subclass one."""
    safe = set(SAFE_YAML_LOADERS)
    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for c in classes:
            if c.name not in safe and any(dotted(b).split(".")[-1] in safe for b in c.bases):
                safe.add(c.name)
                grew = True
    return safe


def unsafe_calls(source: str) -> list[str]:
    found = []
    tree = ast.parse(source)
    safe = safe_loaders(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) or isinstance(node, ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            found += [f"import {n}" for n in names if n.split(".")[0] in ("pickle", "marshal", "shelve")]
        if not isinstance(node, ast.Call):
            continue
        name = dotted(node.func)
        if name in FORBIDDEN_CALLS:
            found.append(name)
        keywords = {k.arg: k.value for k in node.keywords}
        if "shell" in keywords and not (isinstance(keywords["shell"], ast.Constant) and keywords["shell"].value is False):
            found.append(f"{name}(shell=...)")
        if name in ("yaml.load", "yaml.load_all"):
            loader = keywords.get("Loader") or (node.args[1] if len(node.args) > 1 else None)
            if loader is None or dotted(loader).split(".")[-1] not in safe:
                found.append(f"{name} without a safe Loader")
    return found


def test_no_unsafe_calls_in_the_package():
    problems = {str(p.relative_to(PACKAGE.parent)): calls for p in sorted(PACKAGE.rglob("*.py"))
                if (calls := unsafe_calls(p.read_text(encoding="utf-8")))}
    assert problems == {}


def test_no_unsafe_calls_checker_sees_them():
    bad = """
import pickle
import subprocess, yaml
eval(x); os.system("ls"); subprocess.run("ls", shell=True); yaml.load(s); yaml.load(s, Loader=yaml.Loader)
"""
    assert unsafe_calls(bad) == ["import pickle", "eval", "os.system", "subprocess.run(shell=...)",
                                 "yaml.load without a safe Loader", "yaml.load without a safe Loader"]
    assert unsafe_calls("yaml.load(s, Loader=yaml.SafeLoader); subprocess.run(['ls'], shell=False)") == []
    assert unsafe_calls("class L(yaml.SafeLoader): pass\nyaml.load(s, Loader=L)") == []
    assert unsafe_calls("class L(yaml.Loader): pass\nyaml.load(s, Loader=L)") == ["yaml.load without a safe Loader"]

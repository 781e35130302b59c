"""Rules compare words of the normalised text (kg/text/normalize.py: "على" reads "علي",
"مرة" reads "مره", "الطائرات" reads "الطايرات"). A word written in the code in its
ordinary spelling and compared as it is can never match: the rule silently does nothing.
Three such rules were found dead (a tally "150 مرة", a front "على جبهة X", a doer's
aircraft). This test reads the package's source and fails on any Arabic string literal
that is compared, or kept in a word collection, without going through normalisation
first (``normalize_key(w) for w in (...)`` is fine: the literal is not compared as it is)."""
from __future__ import annotations

import ast
from pathlib import Path

from kg.text.normalize import normalize_arabic

PACKAGE = Path(__file__).resolve().parents[2] / "kg"

#: Literals compared with the ORIGINAL text on purpose: what they look for is what
#: normalisation erases (the alif maqsura of "على" against the name "علي", a tanween, a
#: tatweel among the bullets of a chronology), or a phrase before it is normalised.
READ_IN_THE_ORIGINAL = {
    ("kg/lang/ar/person_names.py", "\u064b"),
    ("kg/lang/ar/person_names.py", "ى"),
    ("kg/pipeline/coref.py", "ى"),
    ("kg/pipeline/lexicon_guards.py", "\u064b"),
    ("kg/pipeline/lexicon_ner.py", "\u064b"),
    ("kg/pipeline/lexicon_ner.py", "على"),          # _definite works on the lexicon's own spelling
    ("kg/pipeline/attacks/events.py", " *•ـ-–—\t"),  # bullets of the original text
}


def _compared_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if normalize_arabic(node.value) == node.value:
            continue
        up = parents.get(node)
        in_collection = isinstance(up, (ast.Tuple, ast.Set, ast.List))
        if in_collection:
            up = parents.get(up)
        compared = isinstance(up, ast.Compare) or (
            isinstance(up, ast.Call) and isinstance(up.func, ast.Attribute)
            and up.func.attr in ("startswith", "endswith") and node is not up.func.value) or (
            in_collection and isinstance(up, ast.Call) and isinstance(up.func, ast.Name)
            and up.func.id in ("frozenset", "set", "tuple")) or (
            in_collection and isinstance(up, (ast.Assign, ast.AnnAssign)))
        if compared:
            found.append((node.lineno, node.value))
    return found


def test_no_arabic_word_is_compared_in_a_spelling_the_text_never_has():
    dead = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE.parent).as_posix()
        for line, literal in _compared_literals(path):
            if (name, literal) not in READ_IN_THE_ORIGINAL:
                dead.append(f"{name}:{line} {literal!r} (normalised: {normalize_arabic(literal)!r})")
    assert not dead, "\n".join(dead)


def test_the_check_finds_a_word_written_unnormalised(tmp_path):
    sample = tmp_path / "rule.py"
    sample.write_text('_TIMES = ("times", "مرة")\n'
                      'def f(w):\n    return w in ("في", "على") or w.endswith("ة")\n'
                      '_OK = frozenset(normalize_key(w) for w in ("مرة",))\n', encoding="utf-8")
    assert sorted(literal for _, literal in _compared_literals(sample)) == sorted(["مرة", "على", "ة"])

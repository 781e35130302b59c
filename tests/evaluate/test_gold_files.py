"""The gold annotations themselves: parse, refer only to their own entities, and name
things that occur in their documents (a broken gold file would make every score wrong)."""
from pathlib import Path

import pytest

from kg.evaluate.gold import load_gold
from kg.evaluate.scoring import RELATIONS, gold_norm
from gold_paths import GOLD

GOLD_FILES = sorted(GOLD.glob("*.gold.yaml")) + sorted((GOLD / "dev").glob("*.gold.yaml")) + \
    sorted((GOLD / "holdout").glob("*.gold.yaml"))
CLASSES = {"Actor", "Person", "Organization", "ArmedGroup", "State", "Government", "Coalition",
           "Place", "Region", "MilitaryBase", "Vessel", "Weapon", "Event", "Attack", "Facility"}


def _keys(value):
    return value if isinstance(value, list) else [value]


def _document_text(gold_path: Path, gold: dict) -> str:
    for folder in (gold_path.parent, GOLD.parents[1] / "seeds"):
        candidate = folder / gold["document"]
        if candidate.exists():
            return candidate.read_text(encoding="utf-8")
    raise AssertionError(f"{gold_path.name}: document {gold['document']} not found")


def test_there_are_seed_dev_and_holdout_golds():
    names = {p.parent.name for p in GOLD_FILES}
    assert {"gold", "dev", "holdout"} <= names
    assert len(GOLD_FILES) >= 20


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name.split(".")[0])
def test_gold_file_is_consistent(path):
    gold = load_gold(path)
    entities = gold["entities"]
    assert all(e.get("type") in CLASSES for e in entities.values()), path.name
    for fact in gold["facts"] + gold["optional"]:
        s, p, o = fact
        assert set(_keys(p)) <= RELATIONS, (path.name, fact)
        assert set(_keys(s)) | set(_keys(o)) <= set(entities), (path.name, fact)
    for attack in gold["attacks"] + gold["optional_attacks"]:
        for role in ("attacker", "target", "place", "weapons"):
            if attack.get(role) is not None:
                assert set(_keys(attack[role])) <= set(entities), (path.name, role, attack)
    text = gold_norm(_document_text(path, gold))
    for key, entity in entities.items():
        assert any(gold_norm(n) and gold_norm(n) in text for n in entity["names"]), (path.name, key)

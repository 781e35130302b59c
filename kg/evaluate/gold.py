"""Reading gold annotation files."""
from __future__ import annotations

from pathlib import Path

import yaml

from kg.errors import InputError


def load_gold(path: str | Path) -> dict:
    path = Path(path)
    try:
        with open(path, encoding="utf-8") as fh:
            gold = yaml.safe_load(fh)
    except FileNotFoundError:
        raise InputError(str(path), "no such gold file") from None
    except yaml.YAMLError as exc:
        raise InputError(str(path), f"invalid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(gold, dict) or "entities" not in gold or "document" not in gold:
        raise InputError(str(path), "not a gold annotation (needs 'document' and 'entities')")
    for key in ("facts", "optional", "attacks", "optional_attacks"):
        gold[key] = gold.get(key) or []
    return gold


def gold_document_id(gold: dict) -> str:
    """The document id a gold file annotates (its file name without extension)."""
    return Path(str(gold["document"])).stem

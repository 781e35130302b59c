"""Language data: one folder per language code, holding YAML data files.

Shared machinery (matching, patterns, dates) lives outside; it asks this module for the
data of a language, the way spaCy's ``Language.Defaults`` wire ``spacy/lang/<code>``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

LANGUAGES = ("ar", "en")
_HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def language_data(lang: str, name: str) -> dict:
    """The parsed data file ``kg/lang/<lang>/<name>.yaml``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    with open(_HERE / lang / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}

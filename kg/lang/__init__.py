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


class _WordsLoader(yaml.SafeLoader):
    """Safe loading where words stay words: YAML 1.1 reads "no", "on" as booleans."""


_WordsLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@lru_cache(maxsize=None)
def language_data(lang: str, name: str) -> dict:
    """The parsed data file ``kg/lang/<lang>/<name>.yaml``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    with open(_HERE / lang / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_WordsLoader) or {}  # noqa: S506 - SafeLoader subclass


@lru_cache(maxsize=None)
def language_words(lang: str, name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of ``kg/lang/<lang>/<name>.yaml``, each word as
    :func:`kg.text.normalize.normalize_key` writes it (the form the rules compare)."""
    from kg.text.normalize import normalize_key
    return frozenset(normalize_key(str(w)) for w in language_data(lang, name).get(key) or ())

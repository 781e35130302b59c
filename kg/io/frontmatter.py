"""YAML front matter and record metadata, read safely.

Front matter is untrusted: it is parsed with PyYAML's safe loader minus anchors and
aliases (no "billion laughs"), without implicit timestamps (a date that does not exist,
such as 2023-02-30, is reported as a bad date instead of crashing the YAML library), and
only from the first :data:`MAX_FRONT_MATTER` characters of a file.  Values must be plain
scalars; anything else is a clear error naming the key.
"""
from __future__ import annotations

import datetime as dt
import math
import re

import yaml

from kg.errors import InputError
from kg.io.files import clean_text

METADATA_KEYS = ("title", "date", "url", "language", "source")
LANGUAGES = ("ar", "en")
MAX_FRONT_MATTER = 64 * 1024
MAX_VALUE_CHARS = 4096

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)(?:\n|^)---[ \t]*(?:\n|\Z)", re.S | re.M)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_LANGUAGE_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?![A-Za-z])")


class SafeFrontMatterLoader(yaml.SafeLoader):
    """Safe loading that also refuses anchors and aliases and keeps dates as text."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases are not allowed in front matter", event.start_mark)
        return super().compose_node(parent, index)


# A copy, not the shared SafeLoader table: drop the implicit timestamp resolver only here.
SafeFrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def parse_date(path: str, value, where: str) -> dt.date | None:
    """An ISO 8601 date (or date-time) -> date; a date that does not exist is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(path, f"{where}: 'date' must be an ISO 8601 date such as 2023-11-01")
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError as exc:
        shown = clean_text(text[:40]).encode("unicode_escape").decode("ascii")
        why = str(exc) if "out of range" in str(exc) or "must be in" in str(exc) else "not ISO 8601"
        raise InputError(path, f"{where}: 'date' {shown!r} is not a valid date ({why})") from None


def metadata(path: str, meta: dict, where: str) -> dict:
    """The known keys of ``meta``, checked and cleaned; unknown keys are ignored."""
    out: dict = {}
    for key in METADATA_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        if key == "date":
            out["date"] = parse_date(path, value, where)
            continue
        if isinstance(value, float) and not math.isfinite(value):
            raise InputError(path, f"{where}: {key!r} must be text")
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise InputError(path, f"{where}: {key!r} must be a single text value, "
                                   f"not {type(value).__name__}")
        text = " ".join(clean_text(str(value)).split())
        if len(text) > MAX_VALUE_CHARS:
            raise InputError(path, f"{where}: {key!r} is longer than {MAX_VALUE_CHARS} characters")
        if text:
            out[key] = text
    lang = out.get("language")
    if lang is not None:
        lang = out["language"] = lang.lower()
        if lang not in LANGUAGES:
            raise InputError(path, f"{where}: 'language' must be one of {', '.join(LANGUAGES)}, "
                                   f"not {lang[:20]!r}")
    return out


def language_tag(value: str | None) -> str | None:
    """The language we analyse that a page's or feed's language tag names (``ar-IQ`` ->
    ``ar``, ``en_GB`` -> ``en``), else None (then the language is detected)."""
    m = _LANGUAGE_TAG.match(value or "")
    lang = m.group(1).lower() if m else None
    return lang if lang in LANGUAGES else None


def split_front_matter(path: str, text: str) -> tuple[dict, str]:
    """(metadata, body) of a text with optional YAML front matter."""
    if not text.startswith("---"):
        return {}, text
    m = _FRONT_MATTER.match(text[:MAX_FRONT_MATTER + 8])
    if not m:
        if len(text) > MAX_FRONT_MATTER:
            raise InputError(path, f"front matter: no closing '---' line within the first "
                                   f"{MAX_FRONT_MATTER // 1024} KB")
        raise InputError(path, "front matter: opening '---' has no closing '---' line")
    meta = load_yaml(path, m.group("yaml"))
    return metadata(path, meta, "front matter"), text[m.end():]


def load_yaml(path: str, source: str) -> dict:
    try:
        meta = yaml.load(source, Loader=SafeFrontMatterLoader)  # noqa: S506 - safe subclass
    except yaml.YAMLError as exc:
        reason = " ".join(str(getattr(exc, "problem", None) or exc).split()) or type(exc).__name__
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputError(path, f"front matter: invalid YAML{where}: {reason[:200]}") from None
    except RecursionError:
        raise InputError(path, "front matter: invalid YAML: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as exc:
        reason = " ".join(str(exc).split())[:200]
        raise InputError(path, f"front matter: invalid YAML: {reason}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise InputError(path, "front matter: expected key: value pairs")
    return meta

"""The real-news evaluation corpus: a manifest in the repo, the texts in a local cache.

The articles are stored copies of public news pages that we may read but not
republish, so the repository holds only ``tests/gold/real/manifest.json`` (where each
article comes from, and the sha256 of the exact text that was annotated) and one gold
file per article.  The texts live in a git-ignored cache folder, one Markdown file per
article under its split (``<cache>/dev/<id>.md``, ``<cache>/test/<id>.md``), whose
front matter is written from the manifest, so ``kg eval`` and ``kg build`` read them
like any other document.

Each text was taken from the page copy the team's search tool returns (its ``pages``
corpus gives a page from its beginning).  :func:`article_text` is the one recipe that
turns such a page copy into the annotated text: drop a leading ``date YYYY-MM-DD``
marker, strip the lines and leave out blank ones, leave out the lines the manifest
lists as page furniture (captions, share buttons, bylines), keep the first
``keep_lines`` of the rest.  Whoever refills the cache pastes the page copy into a
file and calls :func:`put`, which applies the recipe and accepts the result only if
its sha256 is the manifest's.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

SPLITS = ("dev", "test")
LANGUAGES = ("ar", "en")
REQUIRED = ("id", "split", "language", "url", "title", "outlet", "published", "date_basis",
            "sha256", "drop_lines", "keep_lines")
DATE_BASES = ("stated", "url", "inferred")
_DATE_MARKER = re.compile(r"\A\s*date \d{4}-\d{2}(?:-\d{2})? ")
_ID = re.compile(r"\A[a-z0-9_]+\Z")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def article_text(page: str, drop_lines=(), keep_lines: int | None = None) -> str:
    """The annotated text of an article from its stored page copy (see the module doc)."""
    page = _DATE_MARKER.sub("", page.replace("\r\n", "\n").replace("\r", "\n"), count=1)
    lines = [" ".join(line.split()) for line in page.split("\n")]
    lines = [line for line in lines if line]
    dropped = set(drop_lines)
    kept = [line for n, line in enumerate(lines) if n not in dropped]
    if keep_lines is not None:
        kept = kept[:keep_lines]
    return "\n".join(kept) + "\n"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_manifest(path: str | Path) -> list[dict]:
    """The manifest's articles, checked (InputError naming the file and the entry)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "no such manifest") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"invalid JSON: {exc}") from None
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, list):
        raise InputError(str(path), "a manifest needs an 'articles' list")
    seen = set()
    for n, entry in enumerate(articles):
        where = f"{path} (article {n + 1})"
        if not isinstance(entry, dict):
            raise InputError(where, "an article entry must be an object")
        missing = [k for k in REQUIRED if k not in entry]
        if missing:
            raise InputError(where, f"missing {', '.join(missing)}")
        if not _ID.match(str(entry["id"])) or entry["id"] in seen:
            raise InputError(where, f"bad or repeated id {entry['id']!r}")
        seen.add(entry["id"])
        if entry["split"] not in SPLITS:
            raise InputError(where, f"split must be one of {', '.join(SPLITS)}")
        if entry["language"] not in LANGUAGES:
            raise InputError(where, f"language must be one of {', '.join(LANGUAGES)}")
        if entry["date_basis"] not in DATE_BASES:
            raise InputError(where, f"date_basis must be one of {', '.join(DATE_BASES)}")
        try:
            dt.date.fromisoformat(str(entry["published"]))
        except ValueError:
            raise InputError(where, f"published is not an ISO date: {entry['published']!r}") from None
        if not re.fullmatch(r"[0-9a-f]{64}", str(entry["sha256"])):
            raise InputError(where, "sha256 must be 64 lower-case hex digits")
    return articles


def cached_path(cache: str | Path, entry: dict) -> Path:
    return Path(cache) / entry["split"] / f"{entry['id']}.md"


def document_file(entry: dict, text: str) -> str:
    """The cache file of an article: front matter from the manifest, then the text."""
    meta = {"title": entry["title"], "date": str(entry["published"]), "url": entry["url"],
            "language": entry["language"], "source": entry["outlet"]}
    lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in meta.items()] + ["---"]
    return "\n".join(lines) + "\n" + text


def cached_text(path: Path) -> str:
    """The article text of a cache file (its front matter removed)."""
    return _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"), count=1)


@dataclass
class CacheReport:
    """What the cache holds of a manifest's articles."""

    present: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)   # present, but not the annotated text

    @property
    def complete(self) -> bool:
        return not self.missing and not self.changed


def check_cache(articles: list[dict], cache: str | Path, split: str | None = None) -> CacheReport:
    report = CacheReport()
    for entry in articles:
        if split and entry["split"] != split:
            continue
        path = cached_path(cache, entry)
        if not path.is_file():
            report.missing.append(entry["id"])
        elif sha256_text(cached_text(path)) != entry["sha256"]:
            report.changed.append(entry["id"])
        else:
            report.present.append(entry["id"])
    return report


def _candidate_texts(entry: dict, page: str):
    """The texts a page copy may give: itself (already the annotated text), the recipe's
    output, then each shorter prefix of that output that ends at a line end, a space or
    after a full stop.  The stored copy of a page is cut at a length limit, and a later
    copy of the same page can run on past the point where the annotated one stopped: in
    the middle of a line, with a whole line more (the page then had fewer lines than
    `keep_lines`), or after a full stop glued to the next word.  The sha256 still decides,
    so a cut can only ever give back the exact annotated text."""
    yield page
    text = article_text(page, entry["drop_lines"], entry["keep_lines"]).rstrip("\n")
    yield text + "\n"
    for end in range(len(text) - 1, 0, -1):
        if text[end] in " \n" or text[end - 1] in _FULL_STOPS:
            yield text[:end].rstrip() + "\n"


_FULL_STOPS = frozenset(".!?؟")


def put(entry: dict, page: str, cache: str | Path) -> Path:
    """Write an article's cache file from its page copy, if the recipe gives the
    annotated text (else InputError saying so; nothing is written)."""
    text = next((t for t in _candidate_texts(entry, page) if sha256_text(t) == entry["sha256"]), None)
    if text is None:
        raise InputError(entry["id"], "the page copy does not give the annotated text (sha256 differs): "
                                      "paste the page copy from its first line, unedited")
    path = cached_path(cache, entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{entry['id']}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(document_file(entry, text))
    os.replace(tmp, path)
    return path

"""The real-news corpus cache: check it, refill it, add articles to the manifest.

    python tools/real_corpus.py check [--split dev|test]    # what the cache holds (exit 1 if incomplete)
    python tools/real_corpus.py put ID PAGE                 # refill one article from its page copy
                                                            # (or from a saved JSON search answer)
    python tools/real_corpus.py add PAGES.json --split dev  # new articles -> manifest + cache
    python tools/real_corpus.py overlap                     # tracked files that repeat article text

See tests/gold/real/README.md for the refill step and kg/evaluate/corpus.py for the recipe.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.errors import KgError  # noqa: E402
from kg.evaluate import corpus  # noqa: E402

MANIFEST = ROOT / "tests" / "gold" / "real" / "manifest.json"
CACHE = ROOT / ".cache" / "real"


def _entry(articles, article_id):
    for entry in articles:
        if entry["id"] == article_id:
            return entry
    raise KgError(f"{MANIFEST}: no article {article_id!r}")


def cmd_check(args) -> int:
    articles = corpus.load_manifest(args.manifest)
    report = corpus.check_cache(articles, args.cache, args.split)
    print(f"{len(report.present)} of {len(report.present) + len(report.missing) + len(report.changed)} "
          f"article texts in {args.cache} match the manifest")
    by_id = {e["id"]: e for e in articles}
    for kind, ids in (("missing", report.missing), ("changed (sha256 differs)", report.changed)):
        for article_id in ids:
            e = by_id[article_id]
            print(f"  {kind}: {article_id}  {e['title']}  <{e['url']}>")
    if not report.complete:
        print("To refill: a helper with the search tool (corpus 'pages') looks up each article by its "
              "title and URL, saves the page copy it returns, unedited, to a file and runs\n"
              f"  python tools/real_corpus.py put ID FILE\nwhich writes {args.cache}/<split>/ID.md "
              "only if the text's sha256 is the manifest's (see tests/gold/real/README.md).")
        return 1
    return 0


def _pages(raw: str) -> list[str]:
    """The page copies in a saved file: the file itself, or, when it holds the search
    tool's JSON answer (or one JSON string), every excerpt in it."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return [raw]
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        return [r["excerpt"] for r in data["results"] if isinstance(r, dict) and isinstance(r.get("excerpt"), str)]
    return [raw]


def cmd_put(args) -> int:
    entry = _entry(corpus.load_manifest(args.manifest), args.id)
    pages = _pages(Path(args.page).read_text(encoding="utf-8"))
    for page in pages:
        try:
            print(f"wrote {corpus.put(entry, page, args.cache)}")
            return 0
        except KgError:
            continue
    raise KgError(f"{args.page}: none of its {len(pages)} page cop{'y' if len(pages) == 1 else 'ies'} "
                  f"gives the text annotated as {args.id} (sha256 differs)")


def cmd_add(args) -> int:
    """Articles gathered as JSON records (page copy in 'raw', recipe and metadata) join the
    manifest with the sha256 of their text, and their text goes to the cache."""
    data = json.loads(args.manifest.read_text(encoding="utf-8")) if args.manifest.exists() else {"articles": []}
    known = {e["id"] for e in data["articles"]}
    for record in json.loads(Path(args.pages).read_text(encoding="utf-8")):
        text = corpus.article_text(record["raw"], record.get("drop_lines", []), record.get("keep_lines"))
        entry = {k: v for k, v in record.items() if k != "raw"}
        entry.setdefault("title", text.split("\n", 1)[0])
        entry.setdefault("split", args.split)
        entry["sha256"] = corpus.sha256_text(text)
        entry["chars"] = len(text)
        entry.setdefault("drop_lines", [])
        entry.setdefault("keep_lines", None)
        entry["gold"] = f"{entry['split']}/{entry['id']}.gold.yaml"
        data["articles"] = [e for e in data["articles"] if e["id"] != entry["id"]] + [entry]
        print(("replaced " if entry["id"] in known else "added ") + entry["id"])
    data["articles"].sort(key=lambda e: e["id"])
    fd, tmp = tempfile.mkstemp(dir=args.manifest.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    os.replace(tmp, args.manifest)
    articles = corpus.load_manifest(args.manifest)
    for record in json.loads(Path(args.pages).read_text(encoding="utf-8")):
        corpus.put(_entry(articles, record["id"]), record["raw"], args.cache)
    return 0


_WORD = re.compile(r"\w+")
# Files that name articles on purpose: the manifest holds each title as published.
_OVERLAP_EXEMPT = {"tests/gold/real/manifest.json"}


def _spans(text: str, width: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + width]) for i in range(len(words) - width + 1)}


def shared_spans(article_texts: dict[str, str], files: dict[str, str], width: int = 8) -> list[tuple[str, str, str]]:
    """(file, article id, span) for every run of ``width`` words a file shares with an article.
    The texts are stored copies we may read, not republish; a shared run of eight words is
    a copied sentence, while names and stock phrases are shorter."""
    owner = {}
    for article_id, text in sorted(article_texts.items()):
        for span in _spans(text, width):
            owner.setdefault(span, article_id)
    found = []
    for name, text in sorted(files.items()):
        seen = set()
        for span in sorted(_spans(text, width) & owner.keys()):
            if owner[span] not in seen:
                seen.add(owner[span])
                found.append((name, owner[span], " ".join(span)))
    return found


def _tracked_texts(root: Path) -> dict[str, str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout
    texts = {}
    for name in listed.decode().split("\0"):
        path = root / name
        if not name or name in _OVERLAP_EXEMPT or not path.is_file():
            continue
        try:
            texts[name] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue   # binary files hold no copied sentence we could read back
    return texts


def cmd_overlap(args) -> int:
    articles = corpus.load_manifest(args.manifest)
    texts = {}
    for entry in articles:
        path = corpus.cached_path(args.cache, entry)
        if path.is_file():
            texts[entry["id"]] = corpus.cached_text(path)
    found = shared_spans(texts, _tracked_texts(args.root), args.words)
    for name, article_id, span in found:
        print(f"{name}: repeats {args.words} words of {article_id}: {span}")
    print(f"{len(texts)} cached article texts against the tracked files of {args.root}: "
          f"{len(found)} shared run{'' if len(found) == 1 else 's'} of {args.words} words")
    return 1 if found else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--cache", type=Path, default=CACHE)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check", help="which article texts the cache holds")
    p.add_argument("--split", choices=corpus.SPLITS)
    p.set_defaults(run=cmd_check)
    p = sub.add_parser("put", help="refill one article from its page copy")
    p.add_argument("id")
    p.add_argument("page")
    p.set_defaults(run=cmd_put)
    p = sub.add_parser("add", help="add gathered articles to the manifest and the cache")
    p.add_argument("pages")
    p.add_argument("--split", choices=corpus.SPLITS, default="dev")
    p.set_defaults(run=cmd_add)
    p = sub.add_parser("overlap", help="tracked files that repeat a run of words of a cached article")
    p.add_argument("--words", type=int, default=8)
    p.add_argument("--root", type=Path, default=ROOT)
    p.set_defaults(run=cmd_overlap)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (KgError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

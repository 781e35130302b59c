"""Synthetic wire-style news documents for the benchmark, Arabic and English.

The documents are GENERATED: names come from the project's lexicon
(:func:`kg.lexicon.default_lexicon`), sentences from our own templates
(``templates_ar.py``, ``templates_en.py``), choices from a seeded RNG.  Document ``i``
depends only on ``(seed, i)``, so a corpus of 1,000 documents is the prefix of the
corpus of 100,000 and any size can be regenerated exactly.  Every document is distinct:
a digest of each text is kept (8 bytes a document) and a clash is regenerated.

Documents stream to ``.jsonl`` (the ``kg build`` input format): one file, or a folder of
shards of ``--per-file`` documents, never the whole corpus in memory.

    python benchmarks/generate.py 1000 --out /tmp/corpus          # 1 shard of 1000
    python benchmarks/generate.py 5000 --out /tmp/c.jsonl --seed 3 # one file
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
import templates_ar  # noqa: E402
import templates_en  # noqa: E402

from kg.lexicon import default_lexicon  # noqa: E402

SOURCE = "Shabaka benchmark generator (synthetic)"
ARABIC = re.compile(r"[\u0600-\u06ff]")
SLOT = re.compile(r"\{(?:(?P<mod>[lbwn]):)?(?P<name>[A-Z]+)(?P<idx>\d?)\}")

# Lexicon classes behind each slot letter.
SLOT_CLASSES = {
    "G": ("ArmedGroup",), "S": ("State",), "P": ("Person",),
    "O": ("Organization", "Government", "Coalition"), "L": ("Place", "Region"),
    "B": ("MilitaryBase",), "W": ("Weapon",),
}
MEDIA = ("reuters", "afp", "ap", "bloomberg_tv")
CAST_SIZE = {"G": (2, 4), "S": (2, 3), "P": (3, 5), "O": (1, 2), "L": (2, 4), "B": (1, 3), "W": (2, 3)}

# Sentence kinds and how often each is drawn (filler dominates, as in real wires).
KINDS = [("FILLER", 30), ("FILLER_SENTENCES", 14), ("ATTACK", 14), ("SUPPORT", 8),
         ("AFFILIATION", 6), ("LEADERSHIP", 6), ("SPOKESPERSON", 6), ("OFFICIALS", 4),
         ("DENIAL", 5), ("CLAIM", 7)]

AR_MONTHS = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
             "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
             "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"]
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIRST_DAY = dt.date(2023, 10, 8)
DAYS = 450


@dataclass
class Names:
    """The names of lexicon entities, by slot letter and language."""

    by_slot: dict[str, list[str]] = field(default_factory=dict)   # slot -> entity ids
    names: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (id, lang) -> names
    nisba: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def from_lexicon(cls, lexicon=None) -> "Names":
        lexicon = lexicon or default_lexicon()
        out = cls({k: [] for k in (*SLOT_CLASSES, "M")})
        for entry in lexicon:
            for lang in ("ar", "en"):
                preferred = entry.ar if lang == "ar" else entry.en
                names = [n for n in entry.names() if bool(ARABIC.search(n)) == (lang == "ar")]
                if preferred:
                    names = [preferred] + [n for n in names if n != preferred]
                if names:
                    out.names[(entry.id, lang)] = names
                adjectives = [a for a in entry.nisba if bool(ARABIC.search(a)) == (lang == "ar")]
                if adjectives:
                    out.nisba[(entry.id, lang)] = ("ال" + adjectives[0]) if lang == "ar" else adjectives[0]
            for slot, classes in SLOT_CLASSES.items():
                if entry.cls in classes and entry.id not in MEDIA:
                    out.by_slot[slot].append(entry.id)
            if entry.id in MEDIA:
                out.by_slot["M"].append(entry.id)
        for slot, ids in out.by_slot.items():
            if not ids:
                raise SystemExit(f"generate: the lexicon has no entity for slot {slot!r}")
        return out

    def to_json(self) -> dict:
        return {"by_slot": self.by_slot,
                "names": {f"{i}\t{lang}": v for (i, lang), v in sorted(self.names.items())},
                "nisba": {f"{i}\t{lang}": v for (i, lang), v in sorted(self.nisba.items())}}

    @classmethod
    def from_json(cls, data: dict) -> "Names":
        def pairs(table):
            return {tuple(key.split("\t")): value for key, value in table.items()}
        return cls(data["by_slot"], pairs(data["names"]), pairs(data["nisba"]))


UMBRELLA_ROOTS = 0.25   # share of groups (the top of the ranking) under no other group
UMBRELLA_DEPTH = 2      # a group is at most this many umbrellas below a top group


def umbrella_forest(names: Names, seed: int) -> dict[str, str]:
    """Each armed group's one umbrella group, fixed for the corpus of ``seed``.

    The groups named in both languages are ranked by a seeded shuffle; the top quarter
    stand alone and every other group sits under one group ranked above it that is less
    than ``UMBRELLA_DEPTH`` levels deep.  The result is a forest (no group under two
    umbrellas, no cycle), so the generated press states one consistent hierarchy, as
    real press does, however many documents repeat it."""
    groups = sorted(g for g in names.by_slot["G"]
                    if (g, "ar") in names.names and (g, "en") in names.names)
    rng = random.Random(f"shabaka-bench:{seed}:umbrellas")
    rng.shuffle(groups)
    roots = max(1, round(len(groups) * UMBRELLA_ROOTS))
    depth = {g: 0 for g in groups[:roots]}
    umbrella = {}
    for rank in range(roots, len(groups)):
        above = [g for g in groups[:rank] if depth[g] < UMBRELLA_DEPTH]
        umbrella[groups[rank]] = parent = rng.choice(above)
        depth[groups[rank]] = depth[parent] + 1
    return umbrella


def _lam(name: str) -> str:
    return "لل" + name[2:] if name.startswith("ال") else "ل" + name


class DocumentMaker:
    """Renders one document from a seeded RNG."""

    def __init__(self, names: Names, rng: random.Random, lang: str, published: dt.date,
                 umbrellas: dict[str, str] | None = None):
        self.n, self.rng, self.lang, self.published = names, rng, lang, published
        self.umbrellas = umbrellas or {}
        self.t = templates_ar if lang == "ar" else templates_en
        self.cast = {}
        for slot, (lo, hi) in CAST_SIZE.items():
            pool = [i for i in names.by_slot[slot] if (i, lang) in names.names]
            self.cast[slot] = rng.sample(pool, min(len(pool), rng.randint(lo, hi)))
        self.cast["M"] = [rng.choice([i for i in names.by_slot["M"] if (i, lang) in names.names])]

    def _entity(self, slot: str, taken: set[str], need_nisba: bool) -> str:
        rng = self.rng
        for attempt in range(40):
            pool = self.cast[slot] if attempt < 10 and rng.random() < 0.85 else self.n.by_slot[slot]
            key = rng.choice(pool)
            if key in taken or (key, self.lang) not in self.n.names:
                continue
            if need_nisba and (key, self.lang) not in self.n.nisba:
                continue
            return key
        raise SystemExit(f"generate: cannot fill slot {slot!r} ({self.lang})")

    def _name(self, key: str) -> str:
        names = self.n.names[(key, self.lang)]
        return names[0] if len(names) == 1 or self.rng.random() < 0.6 else self.rng.choice(names[1:])

    def _date(self) -> str:
        rng, ar = self.rng, self.lang == "ar"
        day = self.published - dt.timedelta(days=rng.randint(0, 6))
        form = rng.random()
        if form < 0.45:
            return (f"في {day.day} {AR_MONTHS[day.month - 1]} {day.year}" if ar
                    else f"on {EN_MONTHS[day.month - 1]} {day.day}, {day.year}")
        if form < 0.85 or day == self.published:
            return ((("يوم " if rng.random() < 0.5 else "") + AR_WEEKDAYS[day.weekday()]) if ar
                    else f"on {EN_WEEKDAYS[day.weekday()]}")
        return ("أمس" if ar else "yesterday") if day == self.published - dt.timedelta(days=1) \
            else (f"في {day.day} {AR_MONTHS[day.month - 1]}" if ar else f"on {day.day} {EN_MONTHS[day.month - 1]}")

    def _umbrella(self, template: str) -> str:
        """A ``{G} .. {U}`` template: ``{U}`` is the fixed umbrella of ``{G}``.

        Two groups are drawn as for ``{G}`` and ``{G2}`` (the same random draws, so the
        rest of the document does not depend on the hierarchy): the subject is the first
        with an umbrella, or else a group under one of them (or under any group), picked by
        a digest of the two drawn, never by a further draw."""
        names = {}
        for _ in range(2):
            key = self._entity("G", set(names), False)
            names[key] = self._name(key)
        subject = next((k for k in names if k in self.umbrellas), None)
        if subject is None:
            below = sorted(g for g, u in self.umbrellas.items() if u in names) or sorted(self.umbrellas)
            if not below:
                raise SystemExit("generate: no armed group has an umbrella")
            subject = below[zlib.crc32("\t".join(names).encode()) % len(below)]
        umbrella = self.umbrellas[subject]

        def text(key: str) -> str:
            return names.get(key) or self.n.names[(key, self.lang)][0]
        return template.replace("{G}", text(subject)).replace("{U}", text(umbrella))

    def render(self, template: str) -> str:
        if "{U}" in template:
            return self._umbrella(template)
        chosen: dict[str, str] = {}
        taken: set[str] = set()
        rng = self.rng

        def fill(m: re.Match) -> str:
            mod, name, idx = m.group("mod"), m.group("name"), m.group("idx")
            if name == "D":
                return self._date()
            if name == "DAY":
                return (AR_WEEKDAYS if self.lang == "ar" else EN_WEEKDAYS)[rng.randrange(7)]
            if name in ("N", "K"):
                return str(rng.randint(2, 40) if name == "N" else rng.randint(1, 12))
            if name == "Y":
                return str(rng.randint(2003, 2022))
            if name == "Q":
                return rng.choice(self.t.QUOTES)
            ref = name + idx
            if ref not in chosen:
                chosen[ref] = self._entity(name, taken, mod == "n")
                taken.add(chosen[ref])
            key = chosen[ref]
            if mod == "n":
                return self.n.nisba[(key, self.lang)]
            text = self._name(key)
            if self.lang == "ar" and mod == "l":
                return _lam(text)
            if self.lang == "ar" and mod in ("b", "w"):
                return ("ب" if mod == "b" else "و") + text
            return text

        return SLOT.sub(fill, template)

    def sentence(self) -> str:
        kinds, weights = zip(*KINDS)
        kind = self.rng.choices(kinds, weights)[0]
        t, rng = self.t, self.rng
        if kind == "FILLER":
            parts = [rng.choice(t.FILLER_OPENERS), rng.choice(t.FILLER_SUBJECTS),
                     rng.choice(t.FILLER_PREDICATES), rng.choice(t.FILLER_TAILS)]
            text = " ".join(parts) + "."
            return self.render(text[0].upper() + text[1:])
        text = self.render(rng.choice(getattr(t, kind)))
        return text[0].upper() + text[1:]

    def document(self, target_bytes: int) -> tuple[str, str]:
        rng = self.rng
        title = self.render(rng.choice(self.t.HEADLINES))
        lines = []
        if rng.random() < 0.3:
            lines.append(rng.choice(self.t.BOILERPLATE))
        lines += [title, ""]
        size = sum(len(x.encode()) for x in lines)
        while size < target_bytes:
            paragraph = " ".join(self.sentence() for _ in range(rng.randint(1, 3)))
            lines += [paragraph, ""]
            size += len(paragraph.encode()) + 2
        return title, "\n".join(lines).rstrip() + "\n"


def make_document(names: Names, seed: int, index: int, ar_share: float, attempt: int = 0,
                  umbrellas: dict[str, str] | None = None) -> dict:
    rng = random.Random(f"shabaka-bench:{seed}:{index}:{attempt}")
    lang = "ar" if rng.random() < ar_share else "en"
    published = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    mean, sd, lo, hi = (10000, 2500, 4000, 18000) if lang == "ar" else (5000, 1500, 2000, 10000)
    target = int(min(hi, max(lo, rng.gauss(mean, sd))))
    if umbrellas is None:
        umbrellas = umbrella_forest(names, seed)
    title, text = DocumentMaker(names, rng, lang, published, umbrellas).document(target)
    return {"id": f"gen-{seed}-{index:07d}", "title": title, "date": published.isoformat(),
            "language": lang, "source": SOURCE,
            "url": f"https://news.example/{lang}/{seed}/{index}", "text": text}


def iter_documents(count: int, seed: int = 7, ar_share: float = 0.75, start: int = 0,
                   names: Names | None = None) -> Iterator[dict]:
    """Documents ``start .. start+count-1`` of the corpus of ``seed``, all distinct."""
    names = names or Names.from_lexicon()
    umbrellas = umbrella_forest(names, seed)
    seen: set[bytes] = set()
    for index in range(start, start + count):
        for attempt in range(100):
            doc = make_document(names, seed, index, ar_share, attempt, umbrellas)
            digest = hashlib.blake2b(doc["text"].encode(), digest_size=8).digest()
            if digest not in seen:
                seen.add(digest)
                break
        yield doc


@dataclass
class CorpusInfo:
    files: list[Path] = field(default_factory=list)
    file_bytes: list[int] = field(default_factory=list)   # text bytes in each file
    documents: int = 0
    bytes: int = 0
    by_language: dict[str, list[int]] = field(default_factory=dict)  # lang -> [docs, bytes]

    def summary(self) -> str:
        langs = ", ".join(f"{lang} {d} docs / {b / 1e6:.1f} MB (mean {b / max(d, 1) / 1e3:.1f} KB)"
                          for lang, (d, b) in sorted(self.by_language.items()))
        return (f"generated {self.documents} synthetic documents ({self.bytes / 1e6:.1f} MB of text; {langs}) "
                f"from the lexicon and the benchmark's own sentence templates")


def write_corpus(count: int, out: str | Path, seed: int = 7, per_file: int = 1000,
                 ar_share: float = 0.75, names: Names | None = None) -> CorpusInfo:
    """Stream ``count`` documents to ``out`` (a ``.jsonl`` file, or a folder of shards)."""
    out = Path(out)
    info = CorpusInfo()
    single = out.suffix == ".jsonl"
    (out.parent if single else out).mkdir(parents=True, exist_ok=True)
    fh = None
    try:
        for i, doc in enumerate(iter_documents(count, seed, ar_share, names=names)):
            if fh is None or (not single and i % per_file == 0):
                if fh:
                    fh.close()
                path = out if single else out / f"part-{i // per_file:05d}.jsonl"
                info.files.append(path)
                info.file_bytes.append(0)
                fh = open(path, "w", encoding="utf-8")
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            size = len(doc["text"].encode())
            info.documents += 1
            info.bytes += size
            info.file_bytes[-1] += size
            stats = info.by_language.setdefault(doc["language"], [0, 0])
            stats[0] += 1
            stats[1] += size
    finally:
        if fh:
            fh.close()
    return info


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("count", type=int, help="number of documents")
    ap.add_argument("--out", required=True, help="a .jsonl file, or a folder for shards")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-file", type=int, default=1000, help="documents per shard (folder output)")
    ap.add_argument("--ar-share", type=float, default=0.75, help="share of Arabic documents")
    args = ap.parse_args(argv)
    if args.count < 1 or args.per_file < 1 or not 0 <= args.ar_share <= 1:
        ap.error("count and --per-file must be positive, --ar-share in [0, 1]")
    info = write_corpus(args.count, args.out, args.seed, args.per_file, args.ar_share)
    print(info.summary())
    print(f"wrote {len(info.files)} file(s) under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

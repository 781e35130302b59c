"""The reference graph digests: what `kg build` wrote for a fixed set of documents.

Speed work on the pipeline must not change its output.  This module builds the seed,
the dev and holdout gold texts and a small generated corpus (the benchmark's generator,
fixed seed) and reduces each document's N-Quads to one digest (sha256 of its sorted
lines), so a change in any quad of any document shows up, document by document.
``tests/pipeline/test_output_unchanged.py`` compares them with the committed file
``tests/pipeline/data/output_digests.json``.

Regenerate the reference (one command)::

    .venv/bin/python -m tests.pipeline.output_reference --update

Regenerate ONLY when the output is meant to change (a rule, lexicon or mapping change),
and give the reviewed reason in the commit message that carries the new file: a speed
change that needs a new reference is a bug, not a new reference.

The generated documents take their names from a frozen copy of the generator's name
table (``data/generated_names.json``), not from the lexicon of the day: a new lexicon
entry would otherwise reshuffle every name the generator draws and change nearly every
digest, hiding which documents the change really touched.  ``--freeze-names`` rewrites
that copy from the current lexicon (then regenerate the digests too).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).resolve().parent / "data" / "output_digests.json"
TEXT_INPUTS = ("seeds", "tests/gold/dev", "tests/gold/holdout")
GENERATED_DOCS = 200
GENERATED_SEED = 15
GENERATED_NAMES = Path(__file__).resolve().parent / "data" / "generated_names.json"


def nquads_digest(nquads: bytes) -> str:
    """sha256 of the sorted, non-empty N-Quads lines (order-free, byte-exact)."""
    lines = sorted(line for line in nquads.split(b"\n") if line)
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


def _generator():
    benchmarks = str(ROOT / "benchmarks")
    if benchmarks not in sys.path:
        sys.path.insert(0, benchmarks)
    import generate  # the benchmark's generator: document i depends only on (seed, i, names)
    return generate


def freeze_names() -> None:
    """Write the generator's name table, as the lexicon gives it now, to GENERATED_NAMES."""
    table = _generator().Names.from_lexicon().to_json()
    tmp = GENERATED_NAMES.with_suffix(".tmp")
    tmp.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
                   encoding="utf-8")
    tmp.replace(GENERATED_NAMES)


def _generated_corpus(folder: Path) -> Path:
    generate = _generator()
    names = generate.Names.from_json(json.loads(GENERATED_NAMES.read_text(encoding="utf-8")))
    path = folder / "generated.jsonl"
    generate.write_corpus(GENERATED_DOCS, path, seed=GENERATED_SEED, names=names)
    return path


def current_digests() -> dict[str, str]:
    """Document id -> digest of its N-Quads, built now by the default pipeline."""
    from kg.errors import InputError
    from kg.io import iter_documents
    from kg.results import process

    digests: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        texts = [path for folder in TEXT_INPUTS for path in sorted((ROOT / folder).iterdir())
                 if path.suffix in (".txt", ".md") and path.name != "README.md"]
        inputs = [str(p) for p in texts] + [str(_generated_corpus(Path(tmp)))]
        for document in iter_documents(inputs):
            if isinstance(document, InputError):
                raise RuntimeError(f"reference input unreadable: {document}")
            result = process(document)
            if result.doc_id in digests:
                raise RuntimeError(f"two reference documents share the id {result.doc_id}")
            digests[result.doc_id] = nquads_digest(result.nquads)
    return digests


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true",
                    help=f"rewrite {REFERENCE.relative_to(ROOT)} (give a reviewed reason in the commit)")
    ap.add_argument("--freeze-names", action="store_true",
                    help=f"rewrite {GENERATED_NAMES.relative_to(ROOT)} from today's lexicon first")
    args = ap.parse_args(argv)
    if args.freeze_names:
        freeze_names()
        print(f"wrote the generator's names to {GENERATED_NAMES.relative_to(ROOT)}")
    digests = current_digests()
    if args.update:
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        tmp = REFERENCE.with_suffix(".tmp")
        tmp.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(REFERENCE)
        print(f"wrote {len(digests)} document digests to {REFERENCE.relative_to(ROOT)}")
        return 0
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    changed = sorted(k for k in reference.keys() | digests.keys() if reference.get(k) != digests.get(k))
    print(f"{len(digests)} documents, {len(changed)} differ from the reference"
          + (": " + ", ".join(changed[:20]) if changed else ""))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())

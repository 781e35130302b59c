"""Input files: finding them under folders and reading them as text in bounded memory.

Everything here turns a problem into an :class:`~kg.errors.InputError` that names the
file (printably, see :func:`shown`) and the reason in one line.  Text is decoded block by
block, so a file of any size is read with a fixed amount of memory:

* UTF-8 (a leading byte-order mark is dropped), or UTF-16 / UTF-32 when the file opens
  with their byte-order mark;
* line ends become ``\\n`` (CRLF and lone CR alike), also across block boundaries;
* characters that no RDF syntax can carry (C0 controls, lone surrogates, U+FFFE/U+FFFF)
  are replaced one for one (see :func:`clean_text`), so offsets are not disturbed.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from kg.errors import InputError
from kg.io.encoding import HEAD_BYTES, Replacements, sniff

SUPPORTED_SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm", ".warc", ".warc.gz",
                      ".xml", ".rss", ".atom", ".csv")
BLOCK_BYTES = 1 << 20
SNIFF_BYTES = 8192

# Characters XML 1.0 (and so RDF/XML) cannot carry, and that are never text: replaced by
# U+FFFD, one for one.  Vertical tab and form feed are line breaks in practice.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Shown escaped in messages: controls, bidi overrides, invisible joiners.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with unrepresentable characters replaced one for one (same length)."""
    # One regex scan in the common case (str.translate with a table is ~20x slower).
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else "\ufffd", text)


def shown(path: str | os.PathLike) -> str:
    """A path as one printable line: undecodable bytes and control or bidi characters
    escaped, so a hostile file name cannot break or reorder an error message."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "surrogateescape")
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def safe_name(text: str) -> str:
    """A file name part usable as a document id: undecodable bytes become U+FFFD."""
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        pass
    return clean_text(text)


def suffix_of(path: Path) -> str | None:
    """The supported ending of ``path`` (longest first: ``.warc.gz``), or None."""
    name = path.name.lower()
    for suffix in sorted(SUPPORTED_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    return None


# -- finding files -----------------------------------------------------------------------

def iter_input_files(inputs: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Files named by ``inputs``: files as given, folders walked in sorted order.

    Inside folders only supported suffixes are taken and hidden files and folders are
    left out; symlink loops, broken links and unreadable folders become InputErrors
    instead of stopping the walk.
    """
    for raw in inputs:
        path = Path(raw)
        try:
            path.stat()
        except FileNotFoundError:
            yield InputError(shown(path), "broken symlink" if path.is_symlink() else "no such file or folder")
            continue
        except OSError as exc:
            yield InputError(shown(path), _os_reason(exc))
            continue
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(top: Path) -> Iterator[Path | InputError]:
    """Sorted depth-first walk with an explicit stack: no recursion limit, no loops."""
    stack: list[tuple[Iterator[os.DirEntry], frozenset[str], str]] = []
    yield from _enter(top, os.path.realpath(top), frozenset(), stack)
    while stack:
        entries, ancestors, real_folder = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            # Only a symlink can lead back up; a plain folder's real path extends its parent's.
            real = os.path.realpath(path) if entry.is_symlink() else os.path.join(real_folder, entry.name)
            yield from _enter(path, real, ancestors, stack)
        elif suffix_of(path):
            try:
                os.stat(path)
            except FileNotFoundError:
                yield InputError(shown(path), "broken symlink")
                continue
            except OSError as exc:
                yield InputError(shown(path), _os_reason(exc))
                continue
            yield path


def _enter(folder: Path, real: str, ancestors: frozenset[str], stack: list) -> Iterator[InputError]:
    if real in ancestors:
        yield InputError(shown(folder), "symlink loop, skipped")
        return
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(shown(folder), _os_reason(exc))
        return
    stack.append((iter(entries), ancestors | {real}, real))


def _os_reason(exc: OSError) -> str:
    import errno
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    return " ".join((exc.strerror or str(exc)).split()).lower()


# -- reading text --------------------------------------------------------------------------

def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading; FIFOs, devices and sockets are refused (they would
    block or never end)."""
    name = shown(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(name, _os_reason(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(name, "is a directory")
        if not stat.S_ISREG(mode):
            raise InputError(name, "not a regular file (FIFO, device or socket)")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=BLOCK_BYTES)
    except BaseException:
        os.close(fd)
        raise


def text_chunks(name: str, fh: BinaryIO, strict: bool = True, replacements=None) -> Iterator[str]:
    """Decoded, line-end-normalised, cleaned text of an open file, block by block.

    ``strict``: UTF-8 or a byte-order mark, and an invalid byte is an InputError.
    Otherwise the codec may be guessed and invalid bytes become U+FFFD, counted in
    ``replacements`` (a :class:`kg.io.encoding.Replacements`)."""
    head = fh.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(fh, "peek") else b""
    if not strict and len(head) < HEAD_BYTES and hasattr(fh, "peek"):
        head = fh.peek(HEAD_BYTES)[:HEAD_BYTES]
    codec, bom = sniff(name, head, strict)
    fh.read(bom)
    if strict:
        yield from _decode_blocks(name, fh, codec, bom, "strict")
        return
    if replacements is None:
        replacements = Replacements()
    yield from _decode_blocks(name, fh, codec, bom, "surrogateescape", replacements)


def _decode_blocks(name: str, fh: BinaryIO, codec: str, bom: int, errors: str,
                   replacements=None) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(codec)(errors)
    offset = bom           # bytes handed to the decoder so far
    held_cr = ""
    while True:
        block = fh.read(BLOCK_BYTES)
        final = not block
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(block, final)
        except UnicodeDecodeError as exc:
            where = offset - pending + exc.start
            label = "UTF-8" if codec == "utf-8" else codec.upper().replace("-LE", "").replace("-BE", "")
            raise InputError(name, f"invalid {label} at byte {where}") from None
        if "\x00" in text:
            at = offset - pending + len(text[:text.index("\x00")].encode(codec, "surrogateescape"))
            raise InputError(name, f"binary file (NUL byte near byte {at}), expected text")
        offset += len(block)
        text = held_cr + text
        held_cr = ""
        if text.endswith("\r") and not final:
            text, held_cr = text[:-1], "\r"
        if replacements is not None:
            text = replacements.take(text)
        if text:
            yield clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
        if final:
            return

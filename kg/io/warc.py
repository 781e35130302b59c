"""Web archives (``.warc``, ``.warc.gz``) -> one document per archived article page.

Records are streamed with FastWARC (2.5 to 6 times faster than warcio on the same
archive, see ``benchmarks/warc.py``), one at a time, so memory stays flat whatever the
archive's size; only an 8-byte digest per page read is kept, to drop the same page
archived twice (same URL and same text).  Each ``response`` record with HTTP status 200
and an HTML body is a page (:mod:`kg.io.pages`): its URL is the record's
``WARC-Target-URI`` and its date, when the page prints none, the ``WARC-Date``.  Its
document id is ``<archive name>@<byte offset of the record>``, stable and pointing back
into the archive.  Every other record (requests, metadata, images, redirects, errors,
pages without article text, duplicates) is skipped and counted in one notice per archive.

Damage: a file cut in the middle of a record (a crawl that died, a partial download)
yields every record before the cut and then one error naming the byte offset of the cut
record.  A corrupt gzip member in the middle is reported the same way, and reading
resumes at the next gzip member that starts a WARC record (each record is its own
member in a ``.warc.gz``).
"""
from __future__ import annotations

import hashlib
import os
import zlib
from collections import Counter
from pathlib import Path
from typing import Iterator

from kg.errors import InputError, InputNotice
from kg.io.encoding import Replacements, decode_bytes, declared_charset
from kg.io.files import open_regular, safe_name, shown
from kg.io.registry import ReadOptions
from kg.model import Document

_GZIP_MAGIC = b"\x1f\x8b\x08"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: A recorded HTTP body larger than this is no article page (same limit as saved pages).
MAX_BODY_BYTES = 5 * 1024 * 1024
_KEPT_HEADERS = ("WARC-Type", "WARC-Target-URI", "WARC-Date")
#: Enough of a record's block for its HTTP status line and headers.
HEAD_BYTES = 64 * 1024


class _Damaged(Exception):
    def __init__(self, offset: int, reason: str):
        super().__init__(reason)
        self.offset = offset
        self.reason = reason


def read_warc(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    name = shown(path)
    stem = safe_name(path.name[: -len(".warc.gz")] if path.name.lower().endswith(".warc.gz")
                     else path.stem)
    skipped: Counter = Counter()
    seen: set[bytes] = set()
    replaced = Replacements()
    pages = damaged = 0
    with open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        gzipped = fh.peek(3)[:3] == _GZIP_MAGIC
        start = 0
        while start is not None:
            try:
                for offset, headers, block, skip in _records(fh, start, size, gzipped):
                    result = _page(name, stem, offset, headers, block, skip, seen, skipped,
                                   replaced, options)
                    if result is not None:
                        pages += 1
                        yield from result
                start = None
            except _Damaged as damage:
                damaged += 1
                if damage.offset == 0 and pages == 0 and not skipped:
                    raise InputError(name, f"not a WARC archive ({damage.reason})") from None
                resume = _next_member(fh, damage.offset + 1, size) if gzipped else None
                tail = f"; resumed at byte {resume}" if resume is not None else \
                       "; records before it were read"
                yield InputError(name, f"{damage.reason} at byte {damage.offset}{tail}")
                start = resume
    counts = {f"archive records skipped ({what})": n for what, n in skipped.items()}
    parts = ", ".join(f"{n} {what}" for what, n in sorted(skipped.items()))
    if replaced.count:
        counts["invalid bytes replaced"] = replaced.count
        parts += f"{', ' if parts else ''}{replaced.count} invalid byte(s) replaced by U+FFFD"
    if parts or (pages == 0 and not damaged):
        options.note(InputNotice(name, f"{pages} page(s) read" + (f"; skipped {parts}" if parts else ""),
                                 counts))


def _records(fh, start: int, size: int, gzipped: bool) -> Iterator[tuple]:
    """(offset, WARC headers, HTTP block or None, reason to skip or None) of each whole
    record from ``start``; raises _Damaged at a cut or corrupt record.  Only a page's block
    is kept (at most :data:`MAX_BODY_BYTES`); other bodies are read through in pieces, so
    a 4 GB video record costs no memory."""
    from fastwarc.warc import ArchiveIterator

    fh.seek(start)
    # One record is held back until the next one is read (or the end of the file is
    # checked), so a record whose gzip member or closing line is missing is never used.
    pending = None
    damage = None
    try:
        for record in ArchiveIterator(fh, parse_http=False):
            offset = record.stream_pos
            head = record.reader.read(HEAD_BYTES) if _is_response(record) else b""
            skip = _skip_reason(record.headers, head)
            block = None
            if skip is None:
                block = head + record.reader.read(MAX_BODY_BYTES)
                more = _drain(record.reader)
                length = len(block) + more
                if more:
                    block, skip = None, "oversized pages"
            else:
                length = len(head) + _drain(record.reader)
            # Every WARC record declares its length: a record without one was cut in its
            # headers, one with a shorter block was cut in its body.
            declared = (record.headers.get("Content-Length") or "").strip()
            if not declared.isdigit() or length < int(declared):
                damage = _Damaged(offset, "archive cut inside a record")
                break
            if pending is not None:
                yield pending
            pending = (offset, {key: record.headers.get(key) for key in _KEPT_HEADERS}, block, skip)
    except OSError as exc:
        # The damaged record starts where the last whole one ends.
        at = _record_end(fh, pending[0], gzipped) if pending is not None else start
        damage = _Damaged(at if at is not None else pending[0], f"corrupt archive data ({exc})")
    if damage is not None:
        if pending is not None:
            yield pending
        raise damage
    if pending is None:
        fh.seek(start)
        if fh.read(64).strip():
            raise _Damaged(start, "no record found" if start == 0 else "archive cut or unreadable")
        return
    end = _record_end(fh, pending[0], gzipped)
    if end is None or end > size:
        raise _Damaged(pending[0], "archive cut inside a record")
    yield pending
    fh.seek(end)
    if fh.read(64).strip():
        raise _Damaged(end, "archive cut or unreadable")


def _record_end(fh, offset: int, gzipped: bool) -> int | None:
    """Byte offset just after the record starting at ``offset`` (None: its gzip member
    is cut short)."""
    fh.seek(offset)
    if gzipped:
        inflater = zlib.decompressobj(31)
        used = 0
        while not inflater.eof:
            data = fh.read(1 << 16)
            if not data:
                return None
            try:
                inflater.decompress(data)
            except zlib.error:
                return None
            used += len(data) - len(inflater.unused_data)
        return offset + used
    head = fh.read(1 << 16)
    cut = head.find(b"\r\n\r\n")
    length = 0
    for line in head[:cut].split(b"\r\n"):
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    return offset + cut + 4 + length + 4


def _next_member(fh, at: int, size: int) -> int | None:
    """Offset of the next gzip member from ``at`` whose content opens a WARC record."""
    while at < size:
        fh.seek(at)
        window = fh.read(1 << 20)
        if not window:
            return None
        found = window.find(_GZIP_MAGIC)
        if found < 0:
            at += max(1, len(window) - 2)
            continue
        candidate = at + found
        fh.seek(candidate)
        try:
            head = zlib.decompressobj(31).decompress(fh.read(4096), 16)
        except zlib.error:
            head = b""
        if head.startswith(b"WARC/"):
            return candidate
        at = candidate + 1
    return None


def _is_response(record) -> bool:
    from fastwarc.warc import WarcRecordType
    return record.record_type == WarcRecordType.response


def _skip_reason(headers, head: bytes) -> str | None:
    """Why a record is not an article page (from its WARC headers and the first bytes of
    its block), or None for a page: an HTTP 200 response with an HTML body."""
    kind = (headers.get("WARC-Type") or "unknown").lower()
    if kind != "response":
        return f"{kind} records"
    status, http, _body = _http(head)
    if status is None:
        return "non-HTTP responses"
    if 300 <= status < 400:
        return "redirects"
    if status != 200:
        return "error responses"
    if not http.get("content-type", "").lower().lstrip().startswith(_HTML_TYPES):
        return "non-HTML responses"
    return None


def _drain(reader) -> int:
    total = 0
    while piece := reader.read(1 << 20):
        total += len(piece)
    return total


def _page(name, stem, offset, headers, block, skip, seen, skipped, replaced, options):
    """The documents of one record, or None (and a count in ``skipped``)."""
    from kg.io.pages import page_documents

    if skip is not None:
        skipped[skip] += 1
        return None
    _status, http, body = _http(block)
    content_type = http.get("content-type", "")
    try:
        body = _decoded(http, body)
    except ValueError:
        skipped["undecodable bodies"] += 1
        return None
    if len(body) > MAX_BODY_BYTES:
        skipped["oversized pages"] += 1
        return None
    where = f"{name}@{offset}"
    url = headers.get("WARC-Target-URI")
    date = (headers.get("WARC-Date") or "")[:10] or None
    try:
        html = decode_bytes(where, body, replaced, strict=options.strict,
                            declared=declared_charset(content_type, body))
    except InputError:
        skipped["pages not in a readable encoding"] += 1
        return None
    try:
        docs = page_documents(where, f"{stem}@{offset}", html, url=url, fallback={"date": date})
    except InputError:
        skipped["pages without article text"] += 1
        return None
    digest = hashlib.blake2b(f"{url}\x00{docs[0].text}".encode("utf-8", "surrogatepass"),
                             digest_size=8).digest()
    if digest in seen:
        skipped["duplicate pages"] += 1
        return None
    seen.add(digest)
    # The record's URL is the page's address in the archive, whatever the page calls itself.
    for doc in docs:
        doc.url = url or doc.url
    return docs


def _http(block: bytes) -> tuple[int | None, dict, bytes]:
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    if not lines or not lines[0].startswith("HTTP/"):
        return None, {}, b""
    parts = lines[0].split()
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    fields = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    return status, fields, body


def _decoded(http: dict, body: bytes) -> bytes:
    """The body as the server meant it: de-chunked and decompressed (ValueError if not)."""
    if "chunked" in http.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    coding = http.get("content-encoding", "").lower().strip()
    try:
        if coding in ("gzip", "x-gzip"):
            return zlib.decompressobj(31).decompress(body, MAX_BODY_BYTES + 1)
        if coding == "deflate":
            return zlib.decompressobj().decompress(body, MAX_BODY_BYTES + 1)
    except zlib.error as exc:
        raise ValueError(str(exc)) from None
    if coding == "br":
        try:
            import brotli
        except ImportError:
            raise ValueError("brotli body") from None
        return brotli.decompress(body)
    if coding not in ("", "identity"):
        raise ValueError(coding)
    return body


def _dechunk(body: bytes) -> bytes:
    out, at = [], 0
    while at < len(body):
        line_end = body.find(b"\r\n", at)
        if line_end < 0:
            break
        try:
            length = int(body[at:line_end].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            return body             # not really chunked: keep what the archive holds
        if length == 0:
            break
        out.append(body[line_end + 2: line_end + 2 + length])
        at = line_end + 2 + length + 2
    return b"".join(out)

"""What a query may do: no network access and no writes unless the user says so.

A small SPARQL lexer skips comments, strings and IRIs, so a keyword is only seen where
it is a keyword: ``?from``, ``ex:service`` and ``"LOAD"`` are not.  Refused:

* ``FROM`` / ``FROM NAMED``: rdflib fetches the IRI over the network; to restrict a query
  to one document use ``GRAPH doc:ID { ... }`` instead;
* ``SERVICE``: sends (part of) the query to a remote endpoint;
* SPARQL updates (``LOAD``, ``INSERT``, ``DELETE``, ``DROP`` ...): ``kg query`` only reads.

``allow_network`` lifts the first two, never the last: ``kg load`` and ``kg remove`` are
the commands that change a store.  ``kg serve`` applies the same detection of outbound
requests (:func:`outbound_requests`) with its own policy (:func:`check_served`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection

from kg.errors import QueryError

_TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[^\W\d]\w*(?:[\w.-]*\w)?)?:(?:[\w:%-]|\\.|\.(?=[\w:%-]))*)
  | (?P<word>[^\W\d]\w*)
  | (?P<space>\s+)
  | (?P<other>.)
''', re.X | re.S)

UPDATE_KEYWORDS = frozenset({"LOAD", "INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "COPY",
                             "MOVE", "ADD", "WITH"})


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int


def tokens(text: str) -> list[Token]:
    """Tokens of a SPARQL text, without spaces and comments."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("space", "comment"):
            continue
        out.append(Token(kind, m.group(), m.start()))
    return out


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


@dataclass(frozen=True)
class Outbound:
    """A place where a SPARQL text may make its engine open a connection."""

    keyword: str        # FROM, FROM NAMED, SERVICE or LOAD
    target: str | None  # the IRI it reaches, None when it is a variable or prefixed name
    line: int


def outbound_requests(text: str) -> list[Outbound]:
    """Every FROM, SERVICE and LOAD of a query or update, with the IRI it would reach.

    The one check of what may go out: ``kg query`` (:func:`check_query`) and ``kg serve``
    (:func:`check_served`) both decide on this list.
    """
    toks = tokens(text)
    found = []
    for i, tok in enumerate(toks):
        word = tok.text.upper() if tok.kind == "word" else ""
        if word not in ("FROM", "SERVICE", "LOAD"):
            continue
        j = i + 1
        keyword = word
        if word == "FROM" and j < len(toks) and toks[j].text.upper() == "NAMED":
            keyword, j = "FROM NAMED", j + 1
        while j < len(toks) and toks[j].kind == "word" and toks[j].text.upper() == "SILENT":
            j += 1
        target = toks[j].text[1:-1] if j < len(toks) and toks[j].kind == "iri" else None
        found.append(Outbound(keyword, target, _line(text, tok.pos)))
    return found


def check_query(text: str, *, allow_network: bool = False, where: str = "query") -> None:
    """Raise :class:`QueryError` if the query would write, or reach the network."""
    for tok in tokens(text):
        word = tok.text.upper() if tok.kind == "word" else ""
        if word in UPDATE_KEYWORDS:
            raise QueryError(f"{where}: line {_line(text, tok.pos)}: {word} is a SPARQL update; "
                             "kg query only reads (change a store with kg load, kg build --store "
                             "or kg remove)")
    if allow_network:
        return
    for out in outbound_requests(text):
        at = f"{where}: line {out.line}"
        if out.keyword.startswith("FROM"):
            raise QueryError(f"{at}: {out.keyword} may fetch a graph over the network; "
                             "use GRAPH <iri> { ... } to select a document graph, or pass "
                             "--allow-network")
        raise QueryError(f"{at}: SERVICE sends the query over the network; pass "
                         "--allow-network to allow it")


def check_served(text: str, allowed_services: Collection[str] = (), *,
                 where: str = "request") -> None:
    """What ``kg serve`` lets through: SERVICE and LOAD only to the endpoints it was given.

    Oxigraph reads ``FROM`` as a choice of graphs in the store (it fetches nothing), so
    only SERVICE (a query sent elsewhere) and LOAD (a document fetched) open connections.
    A target that is not a full IRI (a variable) is refused: it could be anything.
    """
    allowed = set(allowed_services)
    for out in outbound_requests(text):
        if out.keyword.startswith("FROM") or out.target in allowed:
            continue
        target = f"<{out.target}>" if out.target else "a target that is not a full IRI"
        raise QueryError(f"{where}: line {out.line}: {out.keyword} to {target} refused: this "
                         "server opens no outbound connections unless started with "
                         "--allow-service URL")


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (the first of them in the text), or ''."""
    for tok in tokens(text):
        if tok.kind == "word" and tok.text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return tok.text.upper()
    return ""


def projected_variables(text: str) -> set[str] | None:
    """Variables of the outer SELECT clause; None for ``SELECT *`` or a non-SELECT query."""
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.kind == "word" and tok.text.upper() == "SELECT":
            names: set[str] = set()
            depth = 0
            for t in toks[i + 1:]:
                if t.text == "(":
                    depth += 1
                elif t.text == ")":
                    depth -= 1
                elif depth == 0 and (t.text == "{" or (t.kind == "word" and t.text.upper() in
                                                        ("WHERE", "FROM"))):
                    break
                elif t.text == "*" and depth == 0:
                    return None
                elif t.kind == "var" and (depth == 0 or _is_alias(toks, t)):
                    names.add(t.text[1:])
            return names
        if tok.kind == "word" and tok.text.upper() in ("ASK", "CONSTRUCT", "DESCRIBE"):
            return None
    return None


def _is_alias(toks: list[Token], var: Token) -> bool:
    # (expression AS ?name): the variable right after AS is projected.
    i = toks.index(var)
    return i > 0 and toks[i - 1].kind == "word" and toks[i - 1].text.upper() == "AS"


def variables(text: str) -> set[str]:
    return {t.text[1:] for t in tokens(text) if t.kind == "var"}


def declared_prefixes(text: str) -> dict[str, str]:
    """``PREFIX p: <iri>`` declarations of a query."""
    toks = tokens(text)
    out = {}
    for i, tok in enumerate(toks[:-2]):
        if tok.kind == "word" and tok.text.upper() == "PREFIX" and toks[i + 2].kind == "iri":
            out[toks[i + 1].text.rstrip(":")] = toks[i + 2].text[1:-1]
    return out

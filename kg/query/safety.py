"""What a query may do: no network access and no writes unless the user says so.

A small SPARQL lexer skips comments, strings and IRIs, so a keyword is only seen where
it is a keyword: ``?from``, ``ex:service`` and ``"LOAD"`` are not.  Refused:

* ``FROM`` / ``FROM NAMED``: rdflib fetches the IRI over the network; to restrict a query
  to one document use ``GRAPH doc:ID { ... }`` instead;
* ``SERVICE``: sends (part of) the query to a remote endpoint;
* SPARQL updates (``LOAD``, ``INSERT``, ``DELETE``, ``DROP`` ...): ``kg query`` only reads.

``allow_network`` lifts the first two, never the last: ``kg load`` and ``kg remove`` are
the commands that change a store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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

NETWORK_KEYWORDS = frozenset({"FROM", "SERVICE"})
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


def check_query(text: str, *, allow_network: bool = False, where: str = "query") -> None:
    """Raise :class:`QueryError` if the query would write, or reach the network."""
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        word = tok.text.upper()
        at = f"{where}: line {_line(text, tok.pos)}"
        if word in UPDATE_KEYWORDS:
            raise QueryError(f"{at}: {word} is a SPARQL update; kg query only reads "
                             "(change a store with kg load, kg build --store or kg remove)")
        if word in NETWORK_KEYWORDS and not allow_network:
            if word == "FROM":
                nxt = toks[i + 1].text if i + 1 < len(toks) else ""
                named = "NAMED " if nxt.upper() == "NAMED" else ""
                raise QueryError(f"{at}: FROM {named}may fetch a graph over the network; "
                                 "use GRAPH <iri> { ... } to select a document graph, or pass "
                                 "--allow-network")
            raise QueryError(f"{at}: SERVICE sends the query over the network; pass "
                             "--allow-network to allow it")


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

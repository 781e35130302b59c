"""SPARQL queries as data: ``.rq`` files whose opening comment lines describe them.

A query file opens with comment lines like::

    # title: Attacks by backer
    # description: Attacks whose attacker is backed by a given actor, directly or
    #   through a group it is a member of (two hops).
    # param: backer (entity, default ent:iran) - IRI, CURIE or label of the backer

A line starting with ``#`` and more spaces continues the previous field.  A parameter
names a variable of the query (``?backer``), which must be projected by ``SELECT``
(Oxigraph substitutes only projected variables).  Its options, in parentheses:

* a kind: ``auto`` (default: an IRI or CURIE becomes an IRI, anything else a literal),
  ``entity`` (an IRI, a CURIE, or a label resolved to the entity that carries it), ``iri``,
  ``literal``, ``integer``, ``date``;
* ``default VALUE``: bound when the user gives none;
* ``optional``: left unbound when the user gives none (the query then covers everything).

A parameter with neither default nor ``optional`` is required.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, QueryError
from kg.query.safety import projected_variables, variables

KINDS = ("auto", "entity", "iri", "literal", "integer", "date")
_FIELD = re.compile(r"^#\s?(\w[\w-]*)\s*:\s*(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*)$")
_PARAM = re.compile(r"^([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?\s*(?:[-\u2013\u2014:]\s*(.*))?$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = "auto"
    default: str | None = None
    optional: bool = False
    description: str = ""

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional


@dataclass
class NamedQuery:
    """One SPARQL query with its title, description and declared parameters."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    path: Path | None = None
    #: True for a query typed on the command line: any ``--param`` binds a variable.
    inline: bool = False

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.name


def parse_param(spec: str, where: str) -> Param:
    m = _PARAM.match(spec.strip())
    if not m:
        raise QueryError(f"{where}: bad parameter line {spec!r}; expected "
                         "'NAME (KIND, default VALUE) - description'")
    name, options, description = m.group(1), m.group(2) or "", (m.group(3) or "").strip()
    kind, default, optional = "auto", None, False
    for option in (o.strip() for o in options.split(",") if o.strip()):
        word, _, rest = option.partition(" ")
        word = word.rstrip(":=").lower()
        if option.lower() in KINDS:
            kind = option.lower()
        elif option.lower() == "optional":
            optional = True
        elif word == "default" or option.lower().startswith(("default=", "default:")):
            default = re.sub(r"^default\s*[:=]?\s*", "", option, flags=re.I).strip() or None
        else:
            raise QueryError(f"{where}: parameter {name}: unknown option {option!r} "
                             f"(kinds: {', '.join(KINDS)}; 'default VALUE'; 'optional')")
    return Param(name, kind, default, optional, description)


def parse_header(text: str, where: str) -> tuple[dict[str, str], dict[str, Param]]:
    """The ``# key: value`` lines opening ``text`` -> (fields, params)."""
    fields: dict[str, str] = {}
    raw_params: list[str] = []
    last: str | None = None
    for line in text.splitlines():
        line = line.rstrip()
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        cont = _CONTINUATION.match(line)
        m = _FIELD.match(line)
        if cont and last is not None:
            if last == "param":
                raw_params[-1] += " " + cont.group(1).strip()
            else:
                fields[last] = (fields[last] + " " + cont.group(1).strip()).strip()
        elif m:
            last = m.group(1).lower()
            if last == "param":
                raw_params.append(m.group(2).strip())
            else:
                fields[last] = m.group(2).strip()
        else:
            last = None
    params: dict[str, Param] = {}
    for spec in raw_params:
        p = parse_param(spec, where)
        if p.name in params:
            raise QueryError(f"{where}: parameter {p.name} declared twice")
        params[p.name] = p
    return fields, params


def query_from_text(text: str, name: str = "query", path: Path | None = None,
                    inline: bool = False) -> NamedQuery:
    where = str(path) if path else name
    fields, params = parse_header(text, where)
    check_params(text, params, where)
    return NamedQuery(name=name, text=text, title=fields.get("title", ""),
                      description=fields.get("description", ""), params=params, path=path,
                      inline=inline)


def check_params(text: str, params: dict[str, Param], where: str) -> None:
    """Each declared parameter must be a variable the query projects."""
    names = variables(text)
    projected = projected_variables(text)
    for p in params.values():
        if p.name not in names:
            raise QueryError(f"{where}: parameter {p.name} is not a variable of the query")
        if projected is not None and p.name not in projected:
            raise QueryError(f"{where}: parameter {p.name} must be projected: add ?{p.name} "
                             "to the SELECT clause (and GROUP BY, if any)")


def load_query(path: str | os.PathLike) -> NamedQuery:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    return query_from_text(text, name=path.stem, path=path)


def load_folder(folder: str | os.PathLike) -> list[NamedQuery]:
    """Every ``*.rq`` file of ``folder`` (not recursive), sorted by name."""
    folder = Path(folder)
    files = sorted(folder.glob("*.rq"))
    if not files:
        raise InputError(str(folder), "no .rq query files in this folder")
    return [load_query(f) for f in files]

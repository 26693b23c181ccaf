"""Named SPARQL queries from queries/*.rq, with typed parameters bound, never pasted.

Each .rq file starts with a comment header:

    # name: lineage
    # answers: what the query answers (may continue on indented lines)
    # part of: resgraph lineage (optional: a building block another command runs)
    # param symbol: string, required - description

(types: string, integer, iri, and iris: several IRIs, bound as a VALUES block of the variable),
so the CLI can list the queries, check parameters, and convert "--param session=68" to an
xsd:integer before it is bound as a substitution.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resgraph.graph.store import GraphStore, Iri
from resgraph.resources import QUERIES

if TYPE_CHECKING:
    from resgraph.graph.remote import Endpoint

PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(string|integer|iris|iri)\s*,\s*(required|optional)\s*(?:-\s*(.*))?$")


def _iris(value: Any) -> tuple[Iri, ...]:
    """Several IRIs: a list or tuple, or one string of IRIs separated by commas or spaces (the
    command line's --param n=IRI,IRI)."""
    items = re.split(r"[\s,]+", value.strip()) if isinstance(value, str) else list(value)
    out = tuple(Iri(str(v)) for v in items if str(v))
    if not out:
        raise ValueError("no IRI")
    return out


TYPES: dict[str, Callable[[Any], Any]] = {"string": str, "integer": int, "iri": Iri, "iris": _iris}


class QueryError(ValueError):
    """A query that does not exist, or parameters that do not fit it; str() says which."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    doc: str


@dataclass(frozen=True)
class Query:
    name: str
    answers: str
    params: tuple[Param, ...]
    text: str
    path: Path
    part_of: str = ""  # the command or page that runs it as a building block; "" for a query people ask

    @property
    def building_block(self) -> bool:
        """A step of another command (one generation of a lineage walk, the nodes of the network
        export): listed apart from the questions people ask, though it runs the same way."""
        return bool(self.part_of)

    def bind(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Check and convert parameter values (strings from the command line, or typed values).
        QueryError for a parameter the query does not have, a required one missing, or a value not
        of its type: the message says which, for the command line."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(raw) - set(known))
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {', '.join(unknown)}; it takes: {', '.join(known) or 'none'}"
            )
        out = {}
        for p in self.params:
            if p.name not in raw or raw[p.name] is None or raw[p.name] == "":
                if p.required:
                    raise QueryError(f"query {self.name!r} needs --param {p.name}=... ({p.doc})")
                continue
            try:
                out[p.name] = TYPES[p.type](raw[p.name])
            except (TypeError, ValueError):
                raise QueryError(f"parameter {p.name} of {self.name!r} must be {p.type}, got {raw[p.name]!r}") from None
        return out


def parse(path: Path) -> Query:
    name, answers, params, text = path.stem, [], [], path.read_text(encoding="utf-8")
    part_of = ""
    in_answers = False
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = PARAM.match(line)
        if m:
            params.append(Param(m[1], m[2], m[3] == "required", (m[4] or "").strip()))
            in_answers = False
        elif line.startswith("# name:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("# answers:"):
            answers.append(line.split(":", 1)[1].strip())
            in_answers = True
        elif line.startswith("# part of:"):
            part_of = line.split(":", 1)[1].strip()
            in_answers = False
        elif in_answers and line.startswith("#  "):
            answers.append(line[1:].strip())
    return Query(name, " ".join(answers), tuple(params), text, path, part_of)


def available(where: Path = QUERIES) -> dict[str, Query]:
    """The portable queries by name (an engine's variant, NAME.ENGINE.rq, is not listed apart)."""
    return {q.name: q for q in (parse(p) for p in sorted(where.glob("*.rq")) if "." not in p.stem)}


def load(name: str, where: Path = QUERIES, engine: str | None = None) -> Query:
    """The named query; for an engine, its variant NAME.ENGINE.rq when the query has one (the
    same header, a form that engine needs). Raises QueryError for an unknown name."""
    queries = available(where)
    if name not in queries:
        raise QueryError(f"no query named {name!r}; available: {', '.join(sorted(queries))}")
    q = queries[name]
    variant = q.path.with_name(f"{q.path.stem}.{engine}.rq") if engine else None
    if variant is not None and variant.is_file():
        v = parse(variant)
        if (v.name, v.params) != (q.name, q.params):
            raise QueryError(f"{variant.name}: its header must name {q.name!r} with the same parameters")
        return v
    return q


def bind_lists(text: str, bound: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The query with each several-valued (iris) parameter bound by a VALUES block of its
    variable (each term written by remote.sparql_term, never pasted), and the other parameters
    left to bind as single values. Raises ValueError for a value that is not an IRI. The remote
    module (which imports httpx and SPARQLWrapper, a third of a second of CPU) is imported only
    for a query that has such a parameter: a build's description runs one that has none."""
    scalars = {k: v for k, v in bound.items() if not isinstance(v, tuple)}
    for k, v in bound.items():
        if isinstance(v, tuple):
            from resgraph.graph.remote import bind_many

            text = bind_many(text, k, v)
    return text, scalars


def run(
    store: GraphStore, name: str, params: dict[str, Any] | None = None, where: Path = QUERIES
) -> list[dict[str, Any]]:
    """Rows of a named query; the parameter columns (echoes of the input) are left out."""
    q = load(name, where)
    bound = q.bind(params or {})
    text, scalars = bind_lists(q.text, bound)
    rows = store.query(text, scalars)
    names = {p.name for p in q.params}
    return [{k: v for k, v in row.items() if k not in names} for row in rows]


def run_remote(endpoint: Endpoint, name: str, params: dict[str, Any] | None = None, where: Path = QUERIES):
    """Rows of a named query on a remote endpoint (its engine's variant when there is one), the
    parameters bound as terms in a VALUES block (remote.bind_values), never pasted. Raises
    QueryError for bad parameters, RemoteError when the endpoint fails."""
    from resgraph.graph.remote import bind_values

    q = load(name, where, endpoint.engine)
    bound = q.bind(params or {})
    text, scalars = bind_lists(q.text, bound)
    rows = endpoint.select(bind_values(text, scalars))
    names = {p.name for p in q.params}
    return [{k: v for k, v in row.items() if k not in names} for row in rows]

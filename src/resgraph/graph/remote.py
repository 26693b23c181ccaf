"""Named queries on a remote SPARQL endpoint (through SPARQLWrapper), parameters bound safely.

A remote endpoint has no substitution API like Oxigraph's, so a parameter is bound by rendering
its value as a SPARQL term (`sparql_term`: escaped string, typed number, checked IRI) and joining
it to the query in a VALUES block at the head of the query's WHERE group (`bind_values`): the
value is always a term, never query text. Engines differ (Virtuoso has no LATERAL, needs its own
TRANSITIVE option for unbounded paths and caps results at 10,000 rows), so `engine()` detects the
server from its Server header, and a query may carry an engine's variant (queries/NAME.ENGINE.rq).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from resgraph.graph.store import _IRI_OK, INT_TYPES, XSD, Iri, Param

ENGINES = ("oxigraph", "virtuoso", "generic")
VIRTUOSO_MAX_ROWS = 10_000  # Virtuoso's default ResultSetMaxRows: a longer answer is cut there
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


class RemoteError(RuntimeError):
    """An endpoint that cannot be reached or refuses a request; str() names it and the reason."""


def sparql_term(value: Param) -> str:
    """A Python value as SPARQL term text: the one place where a value meets query text.

    str -> a string literal with every quote, backslash and control character escaped; int, bool,
    float -> typed literals; Iri -> <IRI> after checking it has no character an IRI may not hold;
    pyoxigraph terms -> their N-Triples form. Raises ValueError for an IRI with such characters,
    a string that is not valid Unicode (a lone surrogate), or a value of another type.
    """
    import pyoxigraph as ox

    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return str(value)
    if isinstance(value, Iri):
        if not _IRI_OK.match(value):
            raise ValueError(f"not an IRI: {str(value)!r}")
        return f"<{value}>"
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    if isinstance(value, float):
        text = "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF") if math.isinf(value) else repr(value)
        return f'"{text}"^^<{XSD}double>'
    if isinstance(value, str):
        value.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError (a ValueError)
        out = []
        for ch in value:
            if ch in _ECHAR:
                out.append(_ECHAR[ch])
            elif ord(ch) < 0x20 or ord(ch) == 0x7F:
                out.append(f"\\u{ord(ch):04X}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    raise ValueError(f"cannot bind a {type(value).__name__} as a SPARQL term")


def where_brace(query: str) -> int:
    """Index of the `{` that opens the query's WHERE group: the first brace outside comments,
    IRIs and string literals (the queries are SELECT or ASK, whose first brace is that group).
    ValueError for a query with no such brace (no WHERE group to add to)."""
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch == "#":
            i = query.find("\n", i)
            i = n if i < 0 else i
        elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", query[i:]):
            i = query.index(">", i)
        elif ch in "\"'":
            long = query.startswith(ch * 3, i)
            end = ch * 3 if long else ch
            i += len(end)
            while i < n and not query.startswith(end, i):
                i += 2 if query[i] == "\\" else 1
            i += len(end) - 1
        elif ch == "{":
            return i
        i += 1
    raise ValueError("the query has no WHERE group")


def bind_values(query: str, params: dict[str, Param]) -> str:
    """The query with each parameter bound by a VALUES block at the head of its WHERE group:
    joined there, a value constrains the whole pattern as a pre-bound variable would (filters
    and OPTIONALs see it). Parameter names must be SPARQL variable names; values go through
    `sparql_term`. Raises ValueError for a bad name or value, or a query with no group."""
    if not params:
        return query
    for name in params:
        if not _VAR.match(name):
            raise ValueError(f"not a SPARQL variable name: {name!r}")
    names = " ".join(f"?{k}" for k in params)
    row = " ".join(sparql_term(v) for v in params.values())
    at = where_brace(query) + 1
    return f"{query[:at]}\n  VALUES ({names}) {{ ({row}) }}{query[at:]}"


def bind_many(query: str, name: str, values: tuple[Param, ...]) -> str:
    """The query with one variable bound to several values: a VALUES block of one column at the
    head of its WHERE group (each value through `sparql_term`). Raises ValueError as bind_values."""
    if not _VAR.match(name):
        raise ValueError(f"not a SPARQL variable name: {name!r}")
    at = where_brace(query) + 1
    return f"{query[:at]}\n  VALUES ?{name} {{ {' '.join(sparql_term(v) for v in values)} }}{query[at:]}"


def python_value(cell: dict[str, str] | None) -> Any:
    """A SPARQL JSON results cell as the plain value GraphStore.query gives for the same term."""
    if cell is None:
        return None
    if cell["type"] in ("uri", "bnode"):
        return cell["value"]
    dt, v = cell.get("datatype"), cell["value"]
    if dt in INT_TYPES:
        try:
            return int(v)
        except ValueError:
            return v
    if dt == XSD + "boolean":
        return v in ("true", "1")
    if dt in (XSD + "decimal", XSD + "double", XSD + "float"):
        return float(v)
    return v


def engine(url: str, timeout: float = 10.0) -> str:
    """Which server answers at this SPARQL endpoint, from its Server header: oxigraph, virtuoso
    or generic. Raises RemoteError when nothing answers there."""
    try:
        r = httpx.get(
            url, params={"query": "ASK {}"}, timeout=timeout, headers={"Accept": "application/sparql-results+json"}
        )
    except httpx.HTTPError as e:
        raise RemoteError(f"{url}: no SPARQL endpoint answers ({e})") from e
    server = r.headers.get("server", "").lower()
    return next((e for e in ENGINES if e in server), "generic")


def origin(url: str) -> str:
    """scheme://host:port of a URL (where an engine's other services live)."""
    u = urlsplit(url)
    return f"{u.scheme}://{u.netloc}"


@dataclass
class Endpoint:
    """A remote SPARQL query endpoint; `engine` decides the query variants and the default graph."""

    url: str
    engine: str = "generic"
    user: str | None = None
    password: str | None = None
    timeout: float = 300.0

    def select(self, query: str) -> list[dict[str, Any]]:
        """Rows of a SELECT (or ASK: one row {"result": bool}) as dicts of plain values. The
        named queries read the union of the named graphs: Virtuoso's default graph is that
        union, Oxigraph's server is asked for it. Raises RemoteError when the endpoint fails."""
        sw = SPARQLWrapper(self.url)
        sw.setMethod(POST)
        sw.setReturnFormat(JSON)
        sw.setTimeout(int(self.timeout))
        if self.user:
            sw.setHTTPAuth("DIGEST")
            sw.setCredentials(self.user, self.password or "")
        if self.engine == "oxigraph":
            sw.addParameter("union-default-graph", "")
        # whole-line comments go (a value is bound on one line, so none starts one): SPARQLWrapper
        # guesses SELECT or update from the text, and an apostrophe in a comment misleads it
        sw.setQuery("\n".join(line for line in query.splitlines() if not line.lstrip().startswith("#")))
        try:
            data = sw.queryAndConvert()
        except Exception as e:  # SPARQLWrapper raises urllib's errors and its own
            raise RemoteError(f"{self.url}: query failed ({type(e).__name__}: {str(e)[:300]})") from e
        if not isinstance(data, dict):
            raise RemoteError(f"{self.url}: not a SPARQL JSON result")
        if "boolean" in data:
            return [{"result": bool(data["boolean"])}]
        names = data["head"]["vars"]
        return [{k: python_value(b.get(k)) for k in names} for b in data["results"]["bindings"]]

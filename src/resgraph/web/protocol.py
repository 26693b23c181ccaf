"""SPARQL 1.1 Protocol requests read into plain data: the query, the dataset, the media types.

A request arrives as GET with ?query=, as POST of a form, or as POST of the query itself
(application/sparql-query). Content negotiation follows RFC 9110: the client's Accept with its
q-values picks one format for SPARQL results and one for RDF graphs, since the server learns the
query form only when it parses the query; none fitting gives 406.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from resgraph.web.serialize import ALIASES, RDF, RESULTS

MAX_BODY = 100_000
DEFAULT_RESULTS = "application/sparql-results+json"
DEFAULT_RDF = "text/turtle"
SHORT = {  # ?format= values
    "json": DEFAULT_RESULTS,
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "n3": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "rdf+xml": "application/rdf+xml",
    "json-ld": "application/ld+json",
    "jsonld": "application/ld+json",
}


class ProtocolError(ValueError):
    """A request the protocol does not allow; str() is the reason, `status` the HTTP status."""

    def __init__(self, reason: str, status: int = 400):
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class SparqlRequest:
    query: str | None
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]


def accepted(header: str) -> list[tuple[str, float]]:
    """(media range, q) of an Accept header in the client's order; malformed q counts as 0."""
    out = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((fields[0].lower(), q))
    return out


def choose(header: str | None, offered: list[str], default: str, aliases: Mapping[str, str] = ALIASES) -> str | None:
    """The offered type the client prefers (highest q, then the more specific range, then the
    server's order); the default when there is no Accept; None when nothing offered is acceptable.
    aliases maps the other names clients send to the type served (the endpoint's by default)."""
    if not header or not header.strip():
        return default
    best: tuple[float, int, int] | None = None
    pick = None
    ranges = accepted(header)
    for rank, media in enumerate(offered):
        q, spec = None, -1
        for rng, rq in ranges:
            name = aliases.get(rng, rng)
            if name == media:
                s = 3 if rng == media else 2
            elif rng == "*/*":
                s = 0
            elif rng.endswith("/*") and media.startswith(rng[:-1]):
                s = 1
            else:
                continue
            if s > spec:
                q, spec = rq, s
        if q is None or q <= 0:
            continue
        key = (q, spec, -rank)
        if best is None or key > best:
            best, pick = key, media
    return pick


def formats(accept: str | None, format_params: list[str] | tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """(results media type, RDF media type) for a request. A ?format= parameter (sent by
    SPARQLWrapper and older clients: 'json', 'turtle', or a list of media types) overrides Accept."""
    for fmt in format_params:
        if "/" in fmt:  # media types, as in an Accept header
            accept = fmt
            continue
        return _short_format(fmt.lower())
    return choose(accept, list(RESULTS), DEFAULT_RESULTS), choose(accept, list(RDF), DEFAULT_RDF)


@lru_cache(maxsize=512)
def negotiate(accept: str | None, format_params: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """formats(), remembered: clients send the same few Accept headers again and again, and
    weighing their ranges against every type served costs more than a point query's parse."""
    return formats(accept, format_params)


def _short_format(fmt: str) -> tuple[str | None, str | None]:
    media = SHORT.get(fmt)
    if media is None:
        raise ProtocolError(f"unknown format {fmt!r}; use one of {', '.join(SHORT)}", 406)
    if fmt == "json":
        return DEFAULT_RESULTS, "application/ld+json"
    if fmt == "xml":
        return "application/sparql-results+xml", "application/rdf+xml"
    return (media, None) if media in RESULTS else (None, media)


def _unquote(text: str) -> str:
    """urllib.parse.unquote_plus for an ASCII text, in C: every %XX turned into \\xXX and read by
    codecs.escape_decode (the text's own backslashes doubled first), then UTF-8 with
    replacement as parse_qsl does. A point query's URL holds dozens of escapes, which
    urllib decodes one by one in Python: a tenth of the app's time on a request."""
    if "%" not in text:
        return text.replace("+", " ")
    if text.isascii():
        raw = text.replace("+", " ").encode("ascii").replace(b"\\", b"\\\\").replace(b"%", b"\\x")
        try:
            decoded: bytes = codecs.escape_decode(raw)[0]
            return decoded.decode("utf-8", "replace")
        except ValueError:  # a % not followed by two hex digits: urllib keeps it as it is
            pass
    return unquote(text.replace("+", " "), "utf-8", "replace")


def pairs(query_string: str) -> list[tuple[str, str]]:
    """parse_qsl(query_string, keep_blank_values=True), the same pairs, faster (see _unquote)."""
    out = []
    for field in query_string.split("&"):
        if not field:
            continue
        name, _, value = field.partition("=")
        out.append((_unquote(name), _unquote(value)))
    return out


def from_pairs(fields: list[tuple[str, str]], query: str | None = None) -> SparqlRequest:
    """The protocol's parameters from query-string or form pairs; more than one query, or an
    `update`, is refused with ProtocolError (status 400)."""
    queries: list[str] = []
    default: list[str] = []
    named: list[str] = []
    for k, v in fields:
        if k == "query":
            queries.append(v)
        elif k == "default-graph-uri":
            default.append(v)
        elif k == "named-graph-uri":
            named.append(v)
        elif k == "update":
            raise ProtocolError("SPARQL Update is not allowed: this endpoint is read-only", 400)
    if query is not None and queries:
        raise ProtocolError("the query is in the body; do not also pass ?query=")
    if len(queries) > 1:
        raise ProtocolError("more than one query parameter")
    return SparqlRequest(
        query if query is not None else (queries[0] if queries else None), tuple(default), tuple(named)
    )


def read(method: str, query_string: str, content_type: str, body: bytes) -> SparqlRequest:
    """A SparqlRequest from the parts of an HTTP request (see the module docstring). ProtocolError,
    whose status is the HTTP answer: 413 for a body over MAX_BODY, 415 for an update or a content
    type that is no query, 400 for text not UTF-8 and what from_pairs refuses."""
    url_pairs = pairs(query_string)
    if method != "POST":
        return from_pairs(url_pairs)
    ctype = content_type.split(";")[0].strip().lower()
    if len(body) > MAX_BODY:
        raise ProtocolError(f"request body of {len(body)} bytes is larger than {MAX_BODY}", 413)
    if ctype == "application/sparql-update":
        raise ProtocolError(
            "SPARQL Update (application/sparql-update) is not accepted: this endpoint is read-only", 415
        )
    if ctype == "application/sparql-query":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError("the query is not UTF-8") from None
        return from_pairs(url_pairs, text)
    if ctype == "application/x-www-form-urlencoded":
        try:
            form = pairs(body.decode("utf-8"))
        except UnicodeDecodeError:
            raise ProtocolError("the form is not UTF-8") from None
        return from_pairs(url_pairs + form)
    raise ProtocolError(
        f"unsupported content type {ctype or '(none)'!r}: POST application/sparql-query or "
        "application/x-www-form-urlencoded",
        415,
    )

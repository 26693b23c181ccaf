"""What a query sent to the endpoint would do, decided from its parse, never from words.

Two readings of the text, and a query is refused if either finds SERVICE or an update:

- rdflib's SPARQL parser and algebra (the W3C grammar): the query's operators are walked and a
  ``ServiceGraphPattern`` anywhere refuses it; a text that parses as an update is refused as one.
- a tokenizer that follows the SPARQL grammar's terminals (IRIs, the four string forms, comments,
  variables, prefixed names with their ``\\#``-style escapes, blank nodes): the only token that
  introduces a federated query is the bare keyword SERVICE, so ``ex:a\\#`` is a name and not a
  comment, ``?service`` is a variable and ``ex:Service`` a prefixed name. It also reads queries
  in the Oxigraph extensions rdflib does not know (LATERAL, used by the lineage query), which then
  go to Oxigraph's own parser. Every pattern here runs in linear time.

rdflib's parse costs milliseconds, many times the query it guards (a point query runs in a
fraction of one), so its verdict is remembered per *shape*: the token sequence with every IRI
and every plain string (letters, digits, spaces and ``/._:,()-`` only) replaced by its kind, and
a run of two or more of one such kind (the values of a VALUES block, an all-IRI triple) by one
run token. Two queries of one shape differ only inside terminals that can hold no keyword, brace
or quote, or in how many of them stand side by side, where no keyword, brace or quote stands
either, so rdflib finds SERVICE or an update in both or in neither; a client asking for a
thousand resolutions one by one, or walking a lineage with one VALUES block of IRIs a
generation, pays for one parse.

Neither reading is the last line: the query workers run without a network (see worker.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

MAX_QUERY_CHARS = 20_000
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
QUERY_WORDS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}

_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_CHARS = _BASE + "_\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
TOKEN = re.compile(
    rf"""(?P<ws>\s+)
    |(?P<comment>\#[^\r\n]*)
    |(?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
    |(?P<string>\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
        |'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
        |"(?:[^"\\\r\n]|\\.)*"
        |'(?:[^'\\\r\n]|\\.)*')
    |(?P<var>[?$][{_CHARS}]+)
    |(?P<bnode>_:(?:[{_CHARS}.:]|{_PLX})+)
    |(?P<pname>(?:[{_BASE}][{_CHARS}.]*)?:(?:[{_CHARS}.:]|{_PLX})*)
    |(?P<word>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<other>.)""",
    re.X | re.S,
)


class QueryRefused(ValueError):
    """A query the endpoint will not run; str() is the reason a user can act on. `status` is the
    HTTP status to answer with."""

    def __init__(self, reason: str, status: int = 400):
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class Reading:
    """What the tokenizer saw: the query form (SELECT, ...), whether it names its own dataset
    (FROM / FROM NAMED), and whether it asks for SERVICE or an update."""

    form: str | None
    has_from: bool
    service: bool
    update: str | None


def tokens(query: str) -> Iterator[tuple[str, str]]:
    """(kind, text) of every token but white space and comments; an unterminated string or IRI
    comes out as single characters of kind 'other', which Oxigraph's parser then refuses."""
    for m in TOKEN.finditer(query):
        kind = m.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield kind, m.group()


PLAIN = re.compile(r"""(?:"|')[\w /.:,()\-]*(?:"|')""")
SHAPES = 4096  # shapes whose verdict is remembered (forgotten all at once past this)
_verdicts: dict[tuple[str, ...], str] = {}


def shape(toks: list[tuple[str, str]]) -> tuple[str, ...]:
    """The query's tokens with every IRI and plain string replaced by its kind, and a run of two
    or more of one kind by one run token (see the module docstring): the key under which
    rdflib's verdict is remembered."""
    out: list[str] = []
    for kind, text in toks:
        t = "<>" if kind == "iri" else '""' if kind == "string" and PLAIN.fullmatch(text) else text
        if t in ("<>", '""') and out and out[-1] in (t, t + "+"):
            out[-1] = t + "+"
        else:
            out.append(t)
    return tuple(out)


def read(query: str, toks: list[tuple[str, str]] | None = None) -> Reading:
    """The tokenizer's reading of a query (see the module docstring)."""
    form = update = None
    has_from = service = False
    prologue = True
    for kind, text in tokens(query) if toks is None else toks:
        if kind != "word":
            continue
        word = text.upper()
        if prologue and word in ("PREFIX", "BASE"):
            continue
        if prologue:
            prologue = False
            if word in QUERY_WORDS:
                form = word
            elif word in UPDATE_WORDS:
                update = word
        if word == "SERVICE":
            service = True
        elif word == "FROM":
            has_from = True
        elif word in UPDATE_WORDS and form is None:
            update = update or word
    return Reading(form, has_from, service, update)


def _algebra_has_service(node: object, seen: set[int] | None = None) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    seen = seen if seen is not None else set()
    if id(node) in seen:
        return False
    seen.add(id(node))
    if isinstance(node, CompValue):
        if node.name in ("ServiceGraphPattern",):
            return True
        return any(_algebra_has_service(v, seen) for v in node.values())
    if isinstance(node, (list, tuple)):
        return any(_algebra_has_service(v, seen) for v in node)
    if isinstance(node, dict):
        return any(_algebra_has_service(v, seen) for v in node.values())
    return False


def rdflib_reading(query: str) -> str:
    """'query', 'service', 'update', or 'unknown' (rdflib cannot parse it: an Oxigraph extension
    such as LATERAL, or a syntax error that Oxigraph's parser will report)."""
    from rdflib.plugins.sparql import algebra, parser

    try:
        parsed = parser.parseQuery(query)
    except Exception:  # noqa: BLE001 - any parse failure: try it as an update, then leave it to Oxigraph
        try:
            parser.parseUpdate(query)
        except Exception:  # noqa: BLE001
            return "unknown"
        return "update"
    if _algebra_has_service(parsed):
        return "service"
    try:
        translated = algebra.translateQuery(parsed)
    except Exception:  # noqa: BLE001 - rdflib cannot translate some valid queries; the parse tree was read
        return "query"
    return "service" if _algebra_has_service(translated.algebra) else "query"


@lru_cache(maxsize=1024)
def check(query: str) -> Reading:
    """Refuse what a read-only public endpoint must not run.

    Raises QueryRefused (status 400, or 413 for a text over MAX_QUERY_CHARS) naming the reason:
    empty, too long, an update, or SERVICE. Returns the tokenizer's reading for the caller's use
    (whether the query names its own dataset)."""
    if not query.strip():
        raise QueryRefused("empty query")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryRefused(f"query of {len(query)} characters is longer than {MAX_QUERY_CHARS}", 413)
    toks = list(tokens(query))
    reading = read(query, toks)
    if reading.update or reading.service:
        verdict = "query"  # refused below by the tokenizer's reading alone
    else:
        key = shape(toks)
        verdict = _verdicts.get(key) or rdflib_reading(query)
        if len(_verdicts) >= SHAPES:
            _verdicts.clear()
        _verdicts[key] = verdict
    if reading.update or verdict == "update":
        raise QueryRefused(f"SPARQL Update ({reading.update or 'update'}) is not allowed: this endpoint is read-only")
    if reading.service or verdict == "service":
        raise QueryRefused("SERVICE (federated query) is not allowed: this endpoint makes no requests to other hosts")
    return reading

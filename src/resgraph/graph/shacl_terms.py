"""N-Triples terms judged as pySHACL judges them: shapecheck's values (see its docstring).

A value is a term as N-Triples text. The plain cases (a well-formed xsd:integer, a string without
language or datatype) are decided on the text; every other value becomes the rdflib term pySHACL
would hold and is judged by pySHACL's own rules (its ill-typed flag, its comparison of literals),
so that the two engines differ in speed only.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

Term = str  # a term as N-Triples text: '<iri>', '"text"@en', '"5"^^<...#integer>'

_XSD_INTEGER, _XSD_STRING = XSD.integer, XSD.string
_INT = re.compile(r'^"[+-]?[0-9]+"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>$')
_PLAIN = re.compile(r'^"(?:[^"\\]|\\.)*"$')  # a literal with neither language nor datatype
_KINDS: dict[URIRef, Any] = {  # the Python value pySHACL wants of a literal of each datatype
    XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
    XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime,
}  # fmt: skip
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def _unescape(body: str) -> str:
    if "\\" not in body:
        return body
    sub = lambda m: chr(int(m[1][1:], 16)) if len(m[1]) > 1 else _ESCAPES.get(m[1], m[1])  # noqa: E731
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", sub, body)


def lexical(t: Term) -> str:
    """The string a term stands for: an IRI's characters, a literal's lexical form."""
    if t.startswith("<"):
        return t[1:-1]
    if t.startswith('"'):
        return _unescape(t[1 : t.rindex('"')])
    return t[2:]


@lru_cache(maxsize=65536)
def rdflib_term(t: Term) -> Any:
    """The rdflib term of an N-Triples term, as pySHACL sees it (for the cases judged by its rules)."""
    if t.startswith("_:"):
        return BNode(t[2:])
    if t.startswith("<"):
        return URIRef(t[1:-1])
    end = t.rindex('"')
    text, rest = _unescape(t[1:end]), t[end + 1 :]
    if rest.startswith("@"):
        return Literal(text, lang=rest[1:])
    return Literal(text, datatype=URIRef(rest[3:-1])) if rest.startswith("^^") else Literal(text)


def datatype_ok(t: Term, dt: URIRef) -> bool:
    """pySHACL's sh:datatype: a literal of that datatype (xsd:string: or a plain one), not ill-typed."""
    if dt == _XSD_INTEGER and _INT.match(t):
        return True
    if dt == _XSD_STRING and _PLAIN.match(t):
        return True
    v = rdflib_term(t)
    if not isinstance(v, Literal):
        return False
    if v.datatype == dt:
        if getattr(v, "ill_typed", None) is True:
            return False
        return _actual(v.value, dt)
    if dt == RDFS.Literal:
        return True
    if dt == RDFS.Datatype and v.datatype:
        return True
    if v.datatype is None and v.language is None and dt == XSD.string:
        return _actual(v.value, dt)
    return dt == RDF.langString and bool(v.language) and _actual(v.value, dt)


def _actual(value: Any, dt: URIRef) -> bool:
    return dt not in _KINDS or isinstance(value, _KINDS[dt])


def range_ok(t: Term, bound: Literal, sign: int) -> bool:
    """pySHACL's sh:minInclusive (sign 1) / sh:maxInclusive (sign -1)."""
    if _INT.match(t) and isinstance(bound.value, int) and bound.datatype == _XSD_INTEGER:
        v = int(t[1 : t.index('"', 1)])
        return v >= bound.value if sign > 0 else v <= bound.value
    from pyshacl.rdfutil.compare import compare_literal

    v = rdflib_term(t)
    if not isinstance(v, Literal) or isinstance(bound.value, str) != isinstance(v.value, str):
        return False
    try:
        cmp = compare_literal(v, bound)
    except (TypeError, NotImplementedError):
        return False
    return cmp >= 0 if sign > 0 else cmp <= 0


def le(a: Term, b: Term) -> bool:
    """pySHACL's sh:lessThanOrEquals of two values: numbers compared as numbers, strings as strings."""
    if _INT.match(a) and _INT.match(b):
        return int(a[1 : a.index('"', 1)]) <= int(b[1 : b.index('"', 1)])
    x, y = rdflib_term(a), rdflib_term(b)
    xs = isinstance(x, URIRef) or (isinstance(x, Literal) and isinstance(x.value, str))
    ys = isinstance(y, URIRef) or (isinstance(y, Literal) and isinstance(y.value, str))
    if xs != ys:
        return False
    try:
        return bool((str(x) if xs else x) <= (str(y) if ys else y))
    except TypeError:
        return False

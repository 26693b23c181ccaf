"""The document shapes of shapes.ttl checked in Python over N-Triples lines: a build's SHACL engine.

pyshacl-turbo spent about 7 µs a triple (a third of a corpus build's CPU, more than extraction)
on shapes that use a small part of SHACL Core: class and objects-of targets, predicate, inverse
and sequence paths, counts, datatypes, patterns, classes, ranges, lengths, lessThanOrEquals,
hasValue, in and or. Compiled from the shapes graph into plain Python checks over dicts of the
triples they read, the same shapes cost a fifth of that. The semantics are pySHACL's (the
reference): where a value is not the plain well-formed case (a literal of another datatype, an
ill-typed one), it is turned into an rdflib term and judged by pySHACL's own rules.
tests/test_shapecheck.py holds it to pySHACL on corpus resolutions and on broken graphs, and a
shape using anything else of SHACL is refused when the shapes are compiled (UnsupportedShape),
so that `validate` falls back to pyshacl-turbo rather than judging it wrongly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

Term = str  # a term as N-Triples text: '<iri>', '"text"@en', '"5"^^<...#integer>'


class UnsupportedShape(Exception):
    """The shapes use a part of SHACL this engine does not implement."""


class Result(NamedTuple):
    """One validation result, as a SHACL report states it (terms as N-Triples text)."""

    focus: Term
    value: Term | None
    path: str | None  # the path's IRI, or the shapes graph's blank node id of an inverse path
    message: str | None
    severity: str  # IRI of sh:Violation, sh:Warning, sh:Info
    component: str  # IRI of the constraint component


_SHAPE_KEYS = {SH.path, SH.message, SH.severity, SH.name, SH.description}
_NODE_KEYS = {RDF.type, SH.targetClass, SH.targetObjectsOf, SH.property}
_CONSTRAINTS = {
    SH.minCount, SH.maxCount, SH.datatype, SH.pattern, SH["class"], SH.minInclusive, SH.maxInclusive,
    SH.minLength, SH.lessThanOrEquals, SH.hasValue, SH["in"], SH["or"],
}  # fmt: skip
_INT = re.compile(r'^"[+-]?[0-9]+"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>$')
_PLAIN = re.compile(r'^"(?:[^"\\]|\\.)*"$')  # a literal with neither language nor datatype
_KINDS: dict[URIRef, Any] = {  # the Python value pySHACL wants of a literal of each datatype
    XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
    XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime,
}  # fmt: skip
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


@dataclass
class Shape:
    """A node or property shape compiled: its path, constraints (component IRI, parameter) and words."""

    node: Any
    path: tuple[str, Any] | None  # ("pred", iri) | ("inv", iri) | ("seq", (iri, ...)); None: a node shape
    path_name: str | None
    constraints: list[tuple[Any, Any]] = field(default_factory=list)
    message: str | None = None
    severity: str = str(SH.Violation)
    targets: list[tuple[str, str]] = field(default_factory=list)  # ("class" | "objects", iri)
    properties: list[Shape] = field(default_factory=list)
    checks: list[Any] = field(default_factory=list)  # the constraints as functions (_constraint)


def _n3(node: Any) -> Term:
    return node.n3() if isinstance(node, (URIRef, Literal)) else f"_:{node}"


def _compile(g: Graph, node: Any, top: bool) -> Shape:
    keys = set(g.predicates(node, None))
    unknown = {
        k for k in keys - _SHAPE_KEYS - _CONSTRAINTS - (_NODE_KEYS if top else set()) if str(k).startswith(str(SH))
    }
    if unknown or any(len(list(g.objects(node, k))) > 1 for k in keys - {RDF.type, SH.property, SH.targetClass}):
        raise UnsupportedShape(f"{node}: {sorted(map(str, unknown)) or 'a repeated parameter'}")
    path = g.value(node, SH.path)
    s = Shape(node, None, str(path) if path is not None else None)
    if isinstance(path, URIRef):
        s.path = ("pred", path.n3())
    elif path is not None and isinstance(g.value(path, SH.inversePath), URIRef):
        s.path = ("inv", g.value(path, SH.inversePath).n3())
    elif path is not None and g.value(path, RDF.first) is not None:
        steps = list(Collection(g, path))
        if not all(isinstance(p, URIRef) for p in steps):
            raise UnsupportedShape(f"{node}: a path of paths")
        s.path = ("seq", tuple(p.n3() for p in steps))
    elif path is not None:
        raise UnsupportedShape(f"{node}: path {path}")
    msg, sev = g.value(node, SH.message), g.value(node, SH.severity)
    s.message, s.severity = (str(msg) if msg is not None else None), str(sev or SH.Violation)
    s.targets = [("class", str(c)) for c in g.objects(node, SH.targetClass)]
    s.targets += [("objects", str(p)) for p in g.objects(node, SH.targetObjectsOf)]
    s.properties = [_compile(g, p, False) for p in g.objects(node, SH.property)]
    for k in sorted(keys & _CONSTRAINTS, key=str):
        v = g.value(node, k)
        if k == SH["or"]:
            v = [_compile(g, m, False) for m in Collection(g, v)]
        elif k == SH["in"]:
            v = list(Collection(g, v))
        s.constraints.append((k, v))
    s.checks = [_constraint(k, v) for k, v in s.constraints]
    return s


@lru_cache(maxsize=8)
def compile_shapes(g: Graph, names: tuple[URIRef, ...]) -> tuple[Shape, ...]:
    """The node shapes `names` of shapes graph `g`, compiled; UnsupportedShape when any uses a
    part of SHACL this module does not check."""
    return tuple(_compile(g, n, True) for n in names)


# ---------------------------------------------------------------------------- terms
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


def _datatype_ok(t: Term, dt: URIRef) -> bool:
    """pySHACL's sh:datatype: a literal of that datatype (xsd:string: or a plain one), not ill-typed."""
    if dt == XSD.integer and _INT.match(t):
        return True
    if dt == XSD.string and _PLAIN.match(t):
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


def _range_ok(t: Term, bound: Literal, sign: int) -> bool:
    """pySHACL's sh:minInclusive (sign 1) / sh:maxInclusive (sign -1)."""
    if _INT.match(t) and isinstance(bound.value, int) and bound.datatype == XSD.integer:
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


def _le(a: Term, b: Term) -> bool:
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


# ---------------------------------------------------------------------------- the data
class Data:
    """The triples of one document that the shapes read, indexed by predicate and subject."""

    def __init__(self, triples: Any, subclass: dict[str, set[str]]):
        self.out: dict[str, dict[str, list[str]]] = {}
        self.inv: dict[str, dict[str, list[str]]] = {}
        for s, p, o in triples:
            self.out.setdefault(p, {}).setdefault(s, []).append(o)
        own = [(s, o) for s, objects in self.out.get(_SUBCLASS, {}).items() for o in objects]
        self.subclass = closure(own, subclass) if own else subclass  # class -> it and its superclasses
        self._types: dict[Term, set[str]] = {}
        self._instances: dict[str, list[Term]] | None = None

    def values(self, focus: Term, path: tuple[str, Any]) -> list[Term]:
        kind, p = path
        if kind == "pred":
            return self.out.get(p, {}).get(focus, [])
        if kind == "inv":
            index = self.inv.get(p)
            if index is None:
                index = self.inv[p] = {}
                for s, objects in self.out.get(p, {}).items():
                    for o in objects:
                        index.setdefault(o, []).append(s)
            return index.get(focus, [])
        nodes = [focus]
        for step in p:
            nodes = list(dict.fromkeys(v for n in nodes for v in self.out.get(step, {}).get(n, [])))
        return nodes

    def types(self, node: Term) -> set[str]:
        """Every class `node` is a SHACL instance of (rdf:type, then rdfs:subClassOf*)."""
        found = self._types.get(node)
        if found is None:
            direct = self.out.get(_TYPE, {}).get(node, [])
            found = self._types[node] = {c for t in direct for c in self.subclass.get(t, (t,))}
        return found

    def instances(self, cls: str) -> list[Term]:
        if self._instances is None:
            self._instances = {}
            for s in self.out.get(_TYPE, {}):
                for c in self.types(s):
                    self._instances.setdefault(c, []).append(s)
        return self._instances.get(cls, [])


_TYPE = RDF.type.n3()
_SUBCLASS = RDFS.subClassOf.n3()


def closure(pairs: list[tuple[str, str]], known: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """class -> the class and all its superclasses, from (subclass, superclass) pairs (and a
    closure already computed, whose pairs are added)."""
    up: dict[str, set[str]] = {}
    for c, supers in (known or {}).items():
        up.setdefault(c, set()).update(supers - {c})
    for a, b in pairs:
        up.setdefault(a, set()).add(b)
    out: dict[str, set[str]] = {}
    for c in up:
        seen, todo = {c}, [c]
        while todo:
            for nxt in up.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        out[c] = seen
    return out


# ---------------------------------------------------------------------------- checking
def focus_nodes(shape: Shape, data: Data) -> list[Term]:
    nodes: dict[Term, None] = {}
    for kind, iri in shape.targets:
        objects = data.out.get(f"<{iri}>", {}).values() if kind == "objects" else [data.instances(f"<{iri}>")]
        nodes.update(dict.fromkeys(node for found in objects for node in found))
    return list(nodes)


Found = list[tuple[str, "Term | None"]]  # (constraint component IRI, value or None) per failure
Check = Callable[[list[Term], Term, "Data"], Found]


def _constraint(k: Any, arg: Any) -> Check:
    """One constraint as a function of (value nodes, focus node, data) -> its failures."""
    name = str(k).rsplit("#", 1)[-1]
    component = f"{SH}{name[0].upper()}{name[1:]}ConstraintComponent"
    if k == SH.minCount:
        n = int(arg)
        return lambda values, focus, data: [(component, None)] if len(values) < n else []
    if k == SH.maxCount:
        n = int(arg)
        return lambda values, focus, data: [(component, None)] if len(values) > n else []
    if k == SH.hasValue:
        term = _n3(arg)
        return lambda values, focus, data: (
            [] if any(v == term or rdflib_term(v) == arg for v in values) else [(component, None)]
        )
    if k == SH.lessThanOrEquals:
        other = ("pred", arg.n3())
        return lambda values, focus, data: [
            (component, v) for v in values for w in data.values(focus, other) if not _le(v, w)
        ]
    test = _VALUE_TESTS[k]
    return lambda values, focus, data: [(component, v) for v in values if not test(v, arg, data)]


def _violations(shape: Shape, focus: Term, data: Data) -> Found:
    """(component, value) for each constraint of `shape` that `focus` fails."""
    values = data.values(focus, shape.path) if shape.path else [focus]
    if len(values) > 1:
        values = list(dict.fromkeys(values))
    out: Found = []
    for c in shape.checks:
        out += c(values, focus, data)
    return out


def _class_ok(v: Term, c: Any, data: Data) -> bool:
    return not v.startswith('"') and f"<{c}>" in data.types(v)


def _pattern_ok(v: Term, pattern: Any, data: Data) -> bool:
    return not v.startswith("_:") and re.search(str(pattern), lexical(v)) is not None  # re caches it


def _length_ok(v: Term, n: Any, data: Data) -> bool:
    if v.startswith('"') and len(v) > 1 and v[1] != '"':
        return True  # at least one character: any escape stands for one
    return not v.startswith("_:") and len(lexical(v)) >= int(n)


def _in_ok(v: Term, members: list[Any], data: Data) -> bool:
    return any(v == _n3(m) for m in members) or rdflib_term(v) in members


def _or_ok(v: Term, shapes: list[Shape], data: Data) -> bool:
    return any(not _violations(s, v, data) for s in shapes)


_VALUE_TESTS: dict[Any, Callable[[Term, Any, Data], bool]] = {
    SH.datatype: lambda v, dt, data: _datatype_ok(v, dt),
    SH["class"]: _class_ok,
    SH.pattern: _pattern_ok,
    SH.minInclusive: lambda v, m, data: _range_ok(v, m, 1),
    SH.maxInclusive: lambda v, m, data: _range_ok(v, m, -1),
    SH.minLength: _length_ok,
    SH["in"]: _in_ok,
    SH["or"]: _or_ok,
}


def check(shapes: tuple[Shape, ...], data: Data) -> list[Result]:
    """Every result of the node shapes (and their property shapes) over the data."""
    results = []
    for shape in shapes:
        for focus in focus_nodes(shape, data):
            for k, v in _violations(shape, focus, data):
                results.append(Result(focus, focus if v is None else v, None, shape.message, shape.severity, k))
            for prop in shape.properties:
                for k, v in _violations(prop, focus, data):
                    results.append(Result(focus, v, prop.path_name, prop.message, prop.severity, k))
    return results


def predicates(shapes: tuple[Shape, ...]) -> set[str]:
    """Every predicate the shapes read (with rdf:type and rdfs:subClassOf), as N-Triples IRIs."""
    out = {_TYPE, RDFS.subClassOf.n3()}

    def walk(s: Shape) -> None:
        if s.path:
            out.update((s.path[1],) if isinstance(s.path[1], str) else s.path[1])
        out.update(f"<{iri}>" for kind, iri in s.targets if kind == "objects")
        for k, arg in s.constraints:
            if k == SH.lessThanOrEquals:
                out.add(f"<{arg}>")
            elif k == SH["or"]:
                for m in arg:
                    walk(m)
        for p in s.properties:
            walk(p)

    for s in shapes:
        walk(s)
    return out

"""The document shapes of shapes.ttl checked in Python over N-Triples lines: a build's SHACL engine.

pyshacl-turbo spent about 7 µs a triple (a third of a corpus build's CPU, more than extraction)
on shapes that use a small part of SHACL Core: class and objects-of targets, predicate, inverse
and sequence paths, counts, datatypes, patterns, classes, ranges, lengths, lessThanOrEquals,
hasValue, in and or. Compiled from the shapes graph into plain Python checks over dicts of the
triples they read, the same shapes cost a fifth of that. The semantics are pySHACL's (the
reference): where a value is not the plain well-formed case (a literal of another datatype, an
ill-typed one), it is turned into an rdflib term and judged by pySHACL's own rules (shacl_terms).
tests/test_shapecheck.py holds it to pySHACL on corpus resolutions and on broken graphs, and a
shape using anything else of SHACL is refused when the shapes are compiled (UnsupportedShape),
so that `validate` falls back to pyshacl-turbo rather than judging it wrongly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from resgraph.graph.shacl_terms import Term, datatype_ok, le, lexical, range_ok, rdflib_term


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


# ---------------------------------------------------------------------------- the data
class Data:
    """The triples of one document that the shapes read, indexed by predicate and subject."""

    def __init__(self, triples: Any, subclass: dict[str, set[str]]):
        out: dict[str, dict[str, list[str]]] = {}
        self.out = out
        self.inv: dict[str, dict[str, list[str]]] = {}
        for s, p, o in triples:
            by_s = out.get(p)
            if by_s is None:
                by_s = out[p] = {}
            objects = by_s.get(s)
            if objects is None:
                by_s[s] = [o]
            else:
                objects.append(o)
        own = [(s, o) for s, objects in self.out.get(_SUBCLASS, {}).items() for o in objects]
        self.subclass = closure(own, subclass) if own else subclass  # class -> it and its superclasses
        self._types: dict[Term, set[str]] = {}
        self._instances: dict[str, list[Term]] | None = None

    def values(self, focus: Term, path: tuple[str, Any]) -> list[Term]:
        return self.path(path)(focus, _NONE)

    def path(self, path: tuple[str, Any]) -> Callable[[Term, list[Term]], list[Term]]:
        """node, default -> the value nodes of `path` from node (a dict's get, for a predicate)."""
        kind, p = path
        if kind == "pred":
            return self.out.get(p, _EMPTY).get
        if kind == "inv":
            index = self.inv.get(p)
            if index is None:
                index = self.inv[p] = {}
                for s, objects in self.out.get(p, _EMPTY).items():
                    for o in objects:
                        index.setdefault(o, []).append(s)
            return index.get

        def follow(node: Term, default: list[Term]) -> list[Term]:
            nodes = [node]
            for step in p:
                nodes = list(dict.fromkeys(v for n in nodes for v in self.out.get(step, _EMPTY).get(n, _NONE)))
            return nodes

        return follow

    def types(self, node: Term) -> set[str]:
        """Every class `node` is a SHACL instance of (rdf:type, then rdfs:subClassOf*)."""
        found = self._types.get(node)
        if found is None:
            direct = self.out.get(_TYPE, {}).get(node, _NONE)
            if len(direct) == 1:  # the common case: the closure of its one class, shared (never written to)
                found = self.subclass.get(direct[0]) or {direct[0]}
            else:
                found = {c for t in direct for c in self.subclass.get(t, (t,))}
            self._types[node] = found
        return found

    def instances(self, cls: str) -> list[Term]:
        if self._instances is None:
            self._instances = {}
            for s in self.out.get(_TYPE, {}):
                for c in self.types(s):
                    self._instances.setdefault(c, []).append(s)
        return self._instances.get(cls, [])


_TYPE = RDF.type.n3()
_NONE: list[Term] = []  # no values (never appended to)
_EMPTY: dict[Term, list[Term]] = {}  # no triples of a predicate (never written to)
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
            (component, v) for v in values for w in data.values(focus, other) if not le(v, w)
        ]
    test = _VALUE_TESTS[k]
    return lambda values, focus, data: [(component, v) for v in values if not test(v, arg, data)]


def _violations(shape: Shape, focus: Term, data: Data, values: list[Term] | None = None) -> Found:
    """(component, value) for each constraint of `shape` that `focus` fails (`values`: its value
    nodes, when the caller has them)."""
    if values is None:
        values = data.values(focus, shape.path) if shape.path else [focus]
    if len(values) > 1:
        values = list(dict.fromkeys(values))
    out: Found = []
    for c in shape.checks:
        found = c(values, focus, data)
        if found:
            out += found
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
    SH.datatype: lambda v, dt, data: datatype_ok(v, dt),
    SH["class"]: _class_ok,
    SH.pattern: _pattern_ok,
    SH.minInclusive: lambda v, m, data: range_ok(v, m, 1),
    SH.maxInclusive: lambda v, m, data: range_ok(v, m, -1),
    SH.minLength: _length_ok,
    SH["in"]: _in_ok,
    SH["or"]: _or_ok,
}


def check(shapes: tuple[Shape, ...], data: Data) -> list[Result]:
    """Every result of the node shapes (and their property shapes) over the data."""
    results = []
    for shape in shapes:
        nodes = focus_nodes(shape, data)
        if shape.checks:
            for focus in nodes:
                for k, v in _violations(shape, focus, data):
                    results.append(Result(focus, focus if v is None else v, None, shape.message, shape.severity, k))
        for prop in shape.properties:
            assert prop.path is not None
            values = data.path(prop.path)
            for focus in nodes:
                for k, v in _violations(prop, focus, data, values(focus, _NONE)):
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

"""A streaming JSON-LD writer: the store's quads, graph by graph, as compact node objects.

rdflib's JSON-LD serializer holds the whole dataset and took 690 s and 10.5 GB on corpus-full;
this writer needs one node at a time, since the store yields a graph's quads grouped by subject.
The context (ontology/context.jsonld) is written inline and names every predicate the data uses
(a test holds it to that); it asks for nothing beyond JSON-LD 1.0 (no "@version", no scoped or
protected terms), so 1.0 and 1.1 processors read the same triples. Each value is written in the
form its term's definition expands back to the same RDF term: a string when the definition's
type or language fits, a value object otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from itertools import groupby
from typing import IO, Any

import pyoxigraph as ox

from resgraph.graph import namespaces as N
from resgraph.resources import ONTOLOGY

RDF_TYPE = N.RDF + "type"
XSD_STRING = N.XSD + "string"
LANG_STRING = N.RDF + "langString"
Encoder = Callable[[Any], Any]


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The "@context" object of ontology/context.jsonld."""
    return json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def _prefixes(ctx: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/")) and ":" not in k}


def expand(value: str, ctx: dict[str, Any]) -> str:
    """A compact IRI of the context (rg:symbol) as a full IRI; anything else unchanged."""
    prefix, _, local = value.partition(":")
    pre = _prefixes(ctx)
    return pre[prefix] + local if prefix in pre and not local.startswith("//") else value


@lru_cache(maxsize=1)
def terms() -> dict[str, tuple[str, str | None, str | None]]:
    """Predicate IRI -> (term, coerced type as a full IRI or "@id", language) from the context."""
    ctx = context()
    out: dict[str, tuple[str, str | None, str | None]] = {}
    pre = _prefixes(ctx)
    for term, d in ctx.items():
        if term.startswith("@") or term in pre:
            continue
        if isinstance(d, str):
            d = {"@id": d}
        if d["@id"].startswith("@"):
            continue
        kind = d.get("@type")
        out.setdefault(expand(d["@id"], ctx), (term, expand(kind, ctx) if kind else None, d.get("@language")))
    return out


@lru_cache(maxsize=1)
def _class_names() -> dict[str, str]:
    """Class IRI -> the name @type is written with: its term, or a compact IRI, or itself."""
    return {iri: term for iri, (term, kind, lang) in terms().items() if kind is None and lang is None}


def _type_name(iri: str) -> str:
    name = _class_names().get(iri)
    if name:
        return name
    for prefix, ns in _prefixes(context()).items():
        if iri.startswith(ns) and iri[len(ns) :].replace("_", "").isalnum():
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _id(term: Any) -> str:
    return "_:" + term.value if isinstance(term, ox.BlankNode) else term.value


def _value_object(o: Any) -> dict[str, str]:
    """The form no term definition changes: {"@id"} or {"@value", "@type" | "@language"}."""
    if not isinstance(o, ox.Literal):
        return {"@id": _id(o)}
    if o.language:
        return {"@value": o.value, "@language": o.language}
    dt = o.datatype.value
    return {"@value": o.value} if dt == XSD_STRING else {"@value": o.value, "@type": dt}


def _encoder(kind: str | None, lang: str | None) -> Encoder:
    """How a term's values are written so that they expand back to the same RDF term."""
    if kind == "@id":
        return lambda o: _value_object(o) if isinstance(o, ox.Literal) else _id(o)
    if kind:
        return lambda o: (
            o.value if isinstance(o, ox.Literal) and not o.language and o.datatype.value == kind else _value_object(o)
        )
    if lang:
        return lambda o: o.value if isinstance(o, ox.Literal) and o.language == lang else _value_object(o)
    return lambda o: (
        o.value if isinstance(o, ox.Literal) and not o.language and o.datatype.value == XSD_STRING else _value_object(o)
    )


@cache
def _key(predicate: str) -> tuple[str, Encoder]:
    found = terms().get(predicate)
    if found is None:  # no term: the full IRI, values in their explicit form
        return predicate, _value_object
    term, kind, lang = found
    return term, _encoder(kind, lang)


def node_object(subject: Any, pairs: Iterable[tuple[Any, Any]]) -> dict[str, Any]:
    """One subject's predicate-object pairs as a compact JSON-LD node object."""
    node: dict[str, Any] = {"@id": _id(subject)}
    types: list[str] = []
    for p, o in pairs:
        if p.value == RDF_TYPE and isinstance(o, ox.NamedNode):
            types.append(_type_name(o.value))
            continue
        key, enc = _key(p.value)
        node.setdefault(key, []).append(enc(o))
    if types:
        node["@type"] = types[0] if len(types) == 1 else types
    for k, v in node.items():
        if isinstance(v, list) and len(v) == 1:
            node[k] = v[0]
    return node


def write(quads: Iterator[ox.Quad], out: IO[bytes]) -> None:
    """Quads grouped by graph and subject (as the store yields them) as one JSON-LD document:
    a named graph object per graph, a node object per subject; the default graph's nodes at the
    top. A subject met twice in a graph gives two node objects, which processors merge."""
    out.write(b'{"@context": ' + json.dumps(context(), ensure_ascii=False).encode("utf-8") + b',\n"@graph": [')
    first_graph = True
    for graph, in_graph in groupby(quads, key=lambda q: q.graph_name):
        named = not isinstance(graph, ox.DefaultGraph)
        out.write(b"" if first_graph else b",")
        first_graph = False
        if named:
            out.write(b'\n{"@id": ' + json.dumps(_id(graph)).encode("utf-8") + b', "@graph": [')
        first = True
        for subject, group in groupby(in_graph, key=lambda q: q.subject):
            text = json.dumps(node_object(subject, ((q.predicate, q.object) for q in group)), ensure_ascii=False)
            out.write((b"\n" if first else b",\n") + text.encode("utf-8"))
            first = False
        if named:
            out.write(b"\n]}")
    out.write(b"\n]}\n")

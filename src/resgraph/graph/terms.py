"""RDF terms written as N-Triples text, without rdflib: IRIs, literals, namespaces.

A build writes millions of terms; building rdflib terms only to print them was most of its cost.
These functions give the N-Triples form directly ("<iri>", '"text"@en'), escaped as rdflib's
serialiser escapes them, so that rdflib reads the same lines back into the same graph.
"""

from __future__ import annotations

import re

from resgraph.extract.deadlines import as_days
from resgraph.graph import namespaces as ns

_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`]')  # what rdflib refuses to write as an IRI


def iri(value: str) -> str:
    """An IRI as N-Triples; one rdflib would refuse to write (a space in a label) fails here too,
    with ValueError, so that a bad IRI stops the build rather than the store's loader."""
    if _NOT_IN_IRI.search(value):
        raise ValueError(f"{value!r} is no valid IRI")
    return f"<{value}>"


def under(node: str, path: str) -> str:
    """A part of a node: <.../E/RES/2012/14>, "op/3" -> <.../E/RES/2012/14/op/3>."""
    return iri(f"{node[1:-1]}/{path}")


class NTNamespace:
    """rdflib's Namespace for N-Triples: RG.spanStart is '<https://w3id.org/resgraph/ontology#spanStart>',
    checked and written once, then a plain attribute (a file asks for the same terms hundreds of times)."""

    def __init__(self, base: str):
        self._base = base

    def __str__(self) -> str:
        return self._base

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self.__dict__[name] = iri(self._base + name)
        return term

    def __getitem__(self, name: str) -> str:
        return self.__dict__.get(name) or self.__getattr__(name)


RG = NTNamespace(ns.RG)
ELI = NTNamespace(ns.ELI)
CITO = NTNamespace(ns.CITO)
UNDO = NTNamespace(ns.UNDO)
DCTERMS = NTNamespace(ns.DCTERMS)
PROV = NTNamespace(ns.PROV)
RDF = NTNamespace(ns.RDF)
RDFS = NTNamespace(ns.RDFS)
SKOS = NTNamespace(ns.SKOS)
XSD = NTNamespace(ns.XSD)
RDF_TYPE = RDF.type
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def literal(value, lang: str | None = None, datatype: str | None = None) -> str:
    """A string (with a language or a datatype term) or an int (xsd:integer), written as rdflib's
    Literal was: only backslash, quote and line breaks escaped. TypeError for any other type (a
    float or None is a bug of the caller, not a literal to guess)."""
    if type(value) is int:
        return f'"{value}"^^{XSD.integer}'
    if type(value) is not str:
        raise TypeError(f"no literal for {type(value).__name__} {value!r}")
    v = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{v}"@{lang}'
    return f'"{v}"^^{datatype}' if datatype else f'"{v}"'


def date_literal(value: str) -> str:
    """An ISO date as xsd:date; anything else stays a plain string so that SHACL names it."""
    return literal(value, datatype=XSD.date) if ISO_DATE.match(value) else literal(value)


def duration_literal(value: str) -> str:
    """An ISO 8601 duration of a record as xsd:duration. Its lexical form (PnYnMnDTnHnMnS) has no
    weeks, which ISO 8601 and the record have ("for a further period of five weeks": P5W, as the
    golds write it): a number of weeks is written as the same number of days times 7 (P5W: P35D,
    deadlines.as_days, the one count of a week)."""
    return literal(as_days(value), datatype=XSD.duration)

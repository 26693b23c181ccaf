"""The YAML vocabularies (ontology/vocab/) rendered as SKOS concept schemes.

The YAML stays the single source: the extractor matches its aliases and cues, and this module
turns the very same entries into concepts, so an actor added there gets an IRI, a prefLabel and
its aliases as altLabels with no code change.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from resgraph import vocab
from resgraph.graph.iris import DEFAULT_BASE, Minter
from resgraph.graph.rdf import CITO, RDF, RDFS, RG, SKOS, XSD


def vocab_graph(base: str = DEFAULT_BASE) -> Graph:
    """All four schemes (actors, organs, verbs, citation functions) in one graph."""
    m, v = Minter(base), vocab.load()
    g = Graph()
    g.bind("rg", RG)
    g.bind("skos", SKOS)
    g.bind("cito", CITO)
    _actors(g, m, v)
    _organs(g, m, v)
    _verbs_and_functions(g, m, v)
    for scheme, label in (
        (RG.Actors, "Actors"),
        (RG.Organs, "Organs"),
        (RG.Verbs, "Mandate verbs"),
        (RG.Functions, "Citation functions"),
    ):
        g.add((scheme, RDF.type, SKOS.ConceptScheme))
        g.add((scheme, RDFS.label, Literal(label, lang="en")))
    return g


@lru_cache(maxsize=4)
def vocab_ntriples(base: str = DEFAULT_BASE) -> bytes:
    """vocab_graph as N-Triples, made once per process: a build both validates the vocabularies
    and writes them, and building the graph twice cost it a fifth of a second each time."""
    return vocab_graph(base).serialize(format="nt", encoding="utf-8")


def _concept(g: Graph, iri: str, cls: URIRef, scheme: URIRef, label: str) -> URIRef:
    node = URIRef(iri)
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, RDF.type, cls))
    g.add((node, SKOS.inScheme, scheme))
    g.add((node, SKOS.topConceptOf, scheme))
    g.add((node, SKOS.prefLabel, Literal(label, lang="en")))
    g.add((node, RDFS.label, Literal(label, lang="en")))
    return node


def _actors(g: Graph, m: Minter, v: vocab.Vocabulary) -> None:
    """An actor: its key as notation, its aliases as altLabels."""
    for key, actor in v.actors.items():
        node = _concept(g, m.actor(key), RG.Actor, RG.Actors, actor.label)
        g.add((node, SKOS.notation, Literal(key)))
        for alias in sorted(set(actor.aliases + actor.contextual) - {actor.label}):
            g.add((node, SKOS.altLabel, Literal(alias, lang="en")))


def _organs(g: Graph, m: Minter, v: vocab.Vocabulary) -> None:
    """An organ: its names, actor, symbol patterns and session calendar."""
    raw_organs = vocab._load("organs.yaml")
    for key, organ in v.organs.items():
        node = _concept(g, m.organ(key), RG.Organ, RG.Organs, organ.label)
        g.add((node, SKOS.notation, Literal(key)))
        for name in sorted(set(organ.names) - {organ.label}):
            g.add((node, SKOS.altLabel, Literal(name, lang="en")))
        if organ.actor:
            g.add((node, RG.actor, URIRef(m.actor(organ.actor))))
        if organ.resolution:
            g.add((node, RG.symbolPattern, Literal(organ.resolution)))
        if organ.decision:
            g.add((node, RG.decisionPattern, Literal(organ.decision)))
        cal = raw_organs[key].get("calendar") or {}
        if cal.get("base") is not None:
            g.add((node, RG.calendarBase, Literal(int(cal["base"]), datatype=XSD.integer)))
        if cal.get("per_year"):
            g.add((node, RG.sessionsPerYear, Literal(int(cal["per_year"]), datatype=XSD.integer)))
        if organ.annual:
            g.add((node, RG.annualSessions, Literal(True)))
        if raw_organs[key].get("titled") is False:
            g.add((node, RG.untitledResolutions, Literal(True)))


def _verbs_and_functions(g: Graph, m: Minter, v: vocab.Vocabulary) -> None:
    """A mandate verb with its forms, a citation function with its cues and CiTO match."""
    for key, verb in v.verbs.items():
        node = _concept(g, m.verb(key), RG.MandateVerb, RG.Verbs, verb.get("label") or key)
        g.add((node, SKOS.notation, Literal(key)))
        for form in verb.get("forms") or ():
            g.add((node, RG.cue, Literal(form, lang="en")))
    for key, fn in v.functions.items():
        node = _concept(g, m.function(key), RG.CitationFunction, RG.Functions, key.replace("-", " "))
        g.add((node, SKOS.notation, Literal(key)))
        if fn.get("cito"):
            g.add((node, SKOS.closeMatch, CITO[fn["cito"]]))
        for cue in fn.get("cues") or ():
            g.add((node, RG.cue, Literal(cue, lang="en")))

"""The dataset's description in VoID and DCAT: what a linked-data consumer reads first.

A build writes it into its own named graph (`Minter.dataset_graph()`, <BASE>graph/dataset) after
everything else, with the store's counts: quads, classes and properties (with their partitions),
the linkset to undocs.org, the SPARQL endpoint, the dumps, the licence and the "Source: United
Nations" credit. The words and paths are data (ontology/dataset.yaml), the counts come from named
queries (void-*.rq). The web layer serves the stored graph at /.well-known/void (`description`).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
import yaml

from resgraph.graph import namespaces as N
from resgraph.graph import queries
from resgraph.graph.iris import Minter
from resgraph.graph.store import GraphStore, Iri, sparql
from resgraph.graph.terms import DCTERMS, RDF, RDFS, XSD, NTNamespace, iri, literal
from resgraph.resources import ONTOLOGY

VOID = NTNamespace(N.VOID)
DCAT = NTNamespace(N.DCAT)
FOAF = NTNamespace(N.FOAF)
PREFIXES = {  # short names of the namespaces a partition's IRI is named with
    iri_: prefix
    for prefix, iri_ in (
        ("rg", N.RG),
        ("eli", N.ELI),
        ("cito", N.CITO),
        ("undo", N.UNDO),
        ("dcterms", N.DCTERMS),
        ("prov", N.PROV),
        ("skos", N.SKOS),
        ("org", N.ORG),
        ("rdf", N.RDF),
        ("rdfs", N.RDFS),
        ("owl", N.OWL),
        ("void", N.VOID),
        ("dcat", N.DCAT),
        ("foaf", N.FOAF),
    )
}


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """ontology/dataset.yaml: title, licence, credit, paths of the endpoint and dumps, linksets."""
    with open(ONTOLOGY / "dataset.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def _short(term: str) -> str:
    """rg-Resolution for https://w3id.org/resgraph/ontology#Resolution: a partition's IRI part."""
    for ns, prefix in sorted(PREFIXES.items(), key=lambda kv: -len(kv[0])):
        if term.startswith(ns) and term[len(ns) :].replace("_", "").isalnum():
            return f"{prefix}-{term[len(ns) :]}"
    import hashlib

    return "x-" + hashlib.sha256(term.encode("utf-8")).hexdigest()[:12]


def _count(n: int) -> str:
    return literal(int(n))


def describe(store: GraphStore, base: str) -> bytes:
    """The VoID/DCAT description of what `store` holds (its dataset graph left out), as N-Triples.

    Raises OSError or pyoxigraph's errors only if the store cannot be read."""
    return _described(store, base)[0]


def _described(store: GraphStore, base: str) -> tuple[bytes, int]:
    """`describe`, and the quads it counted (the store's, its dataset graph left out)."""
    m, cfg = Minter(base), settings()
    b = m.base
    ds, skip = iri(b + "dataset"), Iri(m.dataset_graph())
    out: list[str] = []

    def add(s: str, p: str, o: str) -> None:
        out.append(f"{s} {p} {o} .\n")

    add(ds, RDF.type, VOID.Dataset)
    add(ds, RDF.type, DCAT.Dataset)
    add(ds, RDFS.label, literal(cfg["title"], lang="en"))
    add(ds, DCTERMS.title, literal(cfg["title"], lang="en"))
    add(ds, DCTERMS.description, literal(" ".join(cfg["description"].split()), lang="en"))
    add(ds, DCTERMS.license, iri(cfg["license"]))
    add(ds, DCTERMS.rights, literal(cfg["rights"], lang="en"))
    add(ds, DCTERMS.source, iri(cfg["source"]))
    for k in cfg.get("keywords") or ():
        add(ds, DCAT.keyword, literal(k, lang="en"))
    add(ds, VOID.uriSpace, literal(b))
    add(ds, VOID.sparqlEndpoint, iri(b + cfg["sparql"]))
    for v in cfg.get("vocabularies") or ():
        add(ds, VOID.vocabulary, iri(v))
    for name, media in (cfg.get("dumps") or {}).items():
        url = iri(f"{b}dump/{name}")
        dist = iri(f"{b}dataset/distribution/{name}")
        add(ds, VOID.dataDump, url)
        add(ds, DCAT.distribution, dist)
        add(dist, RDF.type, DCAT.Distribution)
        add(dist, RDFS.label, literal(f"{name}: the whole dataset as {media}, gzipped", lang="en"))
        add(dist, DCAT.downloadURL, url)
        add(dist, DCAT.mediaType, iri(f"https://www.iana.org/assignments/media-types/{media}"))
        add(dist, DCAT.compressFormat, iri("https://www.iana.org/assignments/media-types/application/gzip"))
        add(dist, DCTERMS.license, iri(cfg["license"]))

    # the counts scan every quad: run side by side (Oxigraph lets go of the GIL while it evaluates)
    with ThreadPoolExecutor(2) as pool:
        if store.has_graph(str(skip)):
            by_class = pool.submit(queries.run, store, "void-classes", {"skip": skip})
            by_property = pool.submit(queries.run, store, "void-properties", {"skip": skip})
        else:  # nothing to leave out (a build drops the old description first): no filter per quad
            by_class = pool.submit(store.query, sparql("void-classes-all"))
            by_property = pool.submit(store.query, sparql("void-properties-all"))
        classes, properties = by_class.result(), by_property.result()
    total = _quads(store, properties)
    add(ds, VOID.triples, _count(total))
    add(ds, VOID.classes, _count(len(classes)))
    add(ds, VOID.properties, _count(len(properties)))
    for row in classes:
        part = iri(f"{b}dataset/class/{_short(row['class'])}")
        add(ds, VOID.classPartition, part)
        add(part, RDFS.label, literal(f"resources of class {_short(row['class']).replace('-', ':', 1)}", lang="en"))
        add(part, VOID["class"], iri(row["class"]))
        add(part, VOID.entities, _count(row["entities"]))
    for row in properties:
        part = iri(f"{b}dataset/property/{_short(row['property'])}")
        add(ds, VOID.propertyPartition, part)
        add(part, RDFS.label, literal(f"triples of property {_short(row['property']).replace('-', ':', 1)}", lang="en"))
        add(part, VOID.property, iri(row["property"]))
        add(part, VOID.triples, _count(row["triples"]))
    for name, ls in (cfg.get("linksets") or {}).items():
        other, links = iri(f"{b}dataset/{name}"), iri(f"{b}dataset/links/{name}")
        add(other, RDF.type, VOID.Dataset)
        add(other, RDFS.label, literal(ls["title"], lang="en"))
        add(other, DCTERMS.title, literal(ls["title"], lang="en"))
        add(other, FOAF.homepage, iri(ls["homepage"]))
        add(other, VOID.uriSpace, literal(ls["uri_space"]))
        n = queries.run(store, "void-links", {"predicate": Iri(ls["predicate"]), "space": ls["uri_space"]})
        add(ds, VOID.subset, links)
        add(links, RDF.type, VOID.Linkset)
        add(links, RDFS.label, literal(f"links from {cfg['title']} to {ls['title']}", lang="en"))
        add(links, VOID.subjectsTarget, ds)
        add(links, VOID.objectsTarget, other)
        add(links, VOID.linkPredicate, iri(ls["predicate"]))
        add(links, VOID.triples, _count(n[0]["triples"] if n else 0))
    return "".join(sorted(set(out))).encode("utf-8"), total


def _quads(store: GraphStore, properties: list[dict[str, Any]]) -> int:
    """Quads of the store outside the dataset graph: those of the named graphs, which the
    property partitions count between them (len() scanned them all once more), and those of the
    default graph (a build writes none)."""
    default = sum(1 for _ in store.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return sum(row["triples"] for row in properties) + default


def write(store: GraphStore, base: str) -> int:
    """Replace the dataset graph of `store` with a fresh description; returns the quads the store
    holds then, its description's included (len() would scan them all once more)."""
    nt, counted = _described(store, base)
    store.replace_graph(Minter(base).dataset_graph(), nt)
    return counted + nt.count(b"\n")  # lines of a set: as many triples


def description(store: GraphStore, fmt: str = "ttl") -> bytes:
    """The stored description, as Turtle (fmt "ttl"), N-Triples ("nt") or JSON-LD ("jsonld"), for
    /.well-known/void; empty if the store was built before descriptions were written."""
    graph = ox.NamedNode(store.minter.dataset_graph())
    f = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    prefixes = {p: ns for ns, p in PREFIXES.items()} | {"xsd": str(XSD)}
    data = store.store.dump(format=f, from_graph=graph, prefixes=None if fmt == "nt" else prefixes)
    return data or b""

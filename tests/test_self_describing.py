"""The data describes itself to a consumer without the project: standard types beside rg: ones,
an rdfs:label on every resource, the dataset's VoID/DCAT description, a JSON-LD context naming
every predicate, and an ontology in OWL 2 DL (checked by construction)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from resgraph.graph.build import build_store
from resgraph.graph.dataset import description
from resgraph.graph.export import ontology_quads
from resgraph.graph.jsonld import context, terms
from resgraph.resources import ONTOLOGY
from tests.conftest import DATA

B = "https://w3id.org/resgraph/"
P = """PREFIX rg: <https://w3id.org/resgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX undo: <https://w3id.org/un/ontology/undo/>
PREFIX cito: <http://purl.org/spar/cito/> PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcterms: <http://purl.org/dc/terms/>
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st, _ = build_store([DATA], tmp_path_factory.mktemp("sd") / "store")
    return st


def one(store, q: str):
    rows = store.query(P + q)
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    "node,cls",
    [
        ("A/RES/67/186", "eli:LegalResource"),
        ("A/RES/67/186", "undo:Resolution"),
        ("A/RES/66/181", "eli:LegalResource"),  # cited only
        ("A/RES/67/186/op/14", "eli:LegalResourceSubdivision"),
        ("E/RES/2012/14/draft/op/10", "eli:LegalResourceSubdivision"),
        ("A/RES/67/186/citation/1", "cito:Citation"),
    ],
)
def test_standard_types_are_written(store, node, cls):
    assert store.ask(P + f"ASK {{ <{B}{node}> a {cls} }}")


@pytest.mark.parametrize(
    "node,label",
    [
        ("A/RES/67/186", "A/RES/67/186"),
        ("A/RES/66/181", "A/RES/66/181"),  # cited only, never read
        ("A/RES/67/186/op/14", "A/RES/67/186, op 14"),
        ("E/RES/2012/14/draft/op/10", "E/RES/2012/14, draft op 10"),
        ("actor/SecretaryGeneral", "Secretary-General of the United Nations"),
        ("organ/GA", "General Assembly"),
    ],
)
def test_labels(store, node, label):
    assert one(store, f"SELECT ?l WHERE {{ <{B}{node}> rdfs:label ?l }}")["l"] == label


def test_every_typed_resource_has_a_label(store):
    rows = store.query(
        P + "SELECT DISTINCT ?s WHERE { ?s a ?c FILTER(isIRI(?s)) FILTER NOT EXISTS { ?s rdfs:label ?l } }"
    )
    assert rows == []
    assert len(store.query(P + "SELECT DISTINCT ?s WHERE { ?s a ?c }")) > 500


def test_void_description_counts_what_the_store_holds(store):
    graph = ox.NamedNode(B + "graph/dataset")
    own = sum(1 for _ in store.store.quads_for_pattern(None, None, None, graph))
    ds = f"<{B}dataset>"
    assert one(store, f"SELECT ?n WHERE {{ {ds} void:triples ?n }}")["n"] == len(store) - own
    resolutions = len(
        store.query(
            P + "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a rg:Resolution } FILTER(?g != <" + B + "graph/dataset>) }"
        )
    )
    row = one(
        store, f"SELECT ?n WHERE {{ {ds} void:classPartition ?p . ?p void:class rg:Resolution ; void:entities ?n }}"
    )
    assert row["n"] == resolutions > 10
    links = len(
        store.query(
            P
            + 'SELECT ?s ?o ?g WHERE { GRAPH ?g { ?s rdfs:seeAlso ?o FILTER(STRSTARTS(STR(?o), "https://undocs.org/")) } }'
        )
    )
    row = one(
        store,
        f"SELECT ?n WHERE {{ ?l a void:Linkset ; void:subjectsTarget {ds} ; void:linkPredicate rdfs:seeAlso ; void:triples ?n }}",
    )
    assert row["n"] == links > 10
    assert "Source: United Nations" in one(store, f"SELECT ?r WHERE {{ {ds} dcterms:rights ?r }}")["r"]
    assert one(store, f"SELECT ?l WHERE {{ {ds} dcterms:license ?l }}")["l"].startswith("https://")
    assert one(store, f"SELECT ?e WHERE {{ {ds} void:sparqlEndpoint ?e }}")["e"] == B + "sparql"
    assert store.ask(P + f"ASK {{ {ds} void:dataDump <{B}dump/resgraph.trig.gz> }}")
    ttl = description(store).decode("utf-8")
    assert "@prefix void:" in ttl and "void:Linkset" in ttl


def test_the_context_names_every_predicate(store):
    used = {q.predicate.value for q in store.quads()} | {q.predicate.value for q in ontology_quads()}
    used.discard(str(RDF.type))  # written as @type
    missing = sorted(used - set(terms()))
    assert not missing, f"predicates without a term in context.jsonld: {missing}"


def test_each_predicate_has_one_term():
    ctx = context()
    iris = [t[0] for t in terms().values()]
    assert len(iris) == len(set(iris))
    named = [
        d if isinstance(d, str) else d["@id"]
        for k, d in ctx.items()
        if not k.startswith("@") and not str(d).endswith(("#", "/"))
    ]
    assert len([n for n in named if not n.startswith("@")]) == len(set(n for n in named if not n.startswith("@")))


ANNOTATION_BUILTINS = {RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo, OWL.deprecated}


def _kinds() -> tuple[Graph, dict[URIRef, set[URIRef]]]:
    g = Graph().parse(ONTOLOGY / "resgraph.ttl").parse(ONTOLOGY / "imports.ttl")
    kinds: dict[URIRef, set[URIRef]] = {p: {OWL.AnnotationProperty} for p in ANNOTATION_BUILTINS}
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for p in g.subjects(RDF.type, kind):
            kinds.setdefault(p, set()).add(kind)
    return g, kinds


def test_owl2_dl_properties_have_one_kind_and_subproperties_keep_it():
    """By construction: every property of the ontology is declared once as object, data or
    annotation property; every rdfs:subPropertyOf joins two declared properties of the same kind
    (no data property under an annotation property, as rg:label under rdfs:label was)."""
    g, kinds = _kinds()
    assert {p: k for p, k in kinds.items() if len(k) != 1} == {}
    bad = [
        (str(s), str(o), [str(k) for k in kinds.get(s, ())], [str(k) for k in kinds.get(o, ())])
        for s, o in g.subject_objects(RDFS.subPropertyOf)
        if not kinds.get(s) or kinds.get(s) != kinds.get(o)
    ]
    assert bad == []


def test_the_dl_check_catches_a_data_property_under_an_annotation_property(monkeypatch):
    g, kinds = _kinds()
    rg_label = URIRef("https://w3id.org/resgraph/ontology#label")
    assert kinds[rg_label] == {OWL.DatatypeProperty} and kinds[RDFS.label] == {OWL.AnnotationProperty}
    g.add((rg_label, RDFS.subPropertyOf, RDFS.label))
    monkeypatch.setattr(f"{__name__}._kinds", lambda: (g, kinds))
    with pytest.raises(AssertionError):
        test_owl2_dl_properties_have_one_kind_and_subproperties_keep_it()


def test_every_class_and_property_used_in_the_data_is_declared(store):
    """OWL 2 DL asks each IRI used as a class or property to be declared: the data's predicates
    and classes are all in the ontology (or its imports), the SKOS/PROV/VoID/DCAT ones aside."""
    g, kinds = _kinds()
    declared = set(kinds) | set(g.subjects(RDF.type, OWL.Class))
    rg = "https://w3id.org/resgraph/ontology#"
    used = {q.predicate.value for q in store.quads()} | {
        q.object.value for q in store.quads() if q.predicate.value == str(RDF.type)
    }
    assert sorted(u for u in used if u.startswith(rg) and URIRef(u) not in declared) == []


def test_a_build_counts_the_quads_it_leaves_without_counting_them_again(tmp_path):
    from resgraph.graph.build import build
    from resgraph.graph.store import GraphStore

    first = build([DATA], tmp_path / "store")  # counted while describing the dataset
    again = build([DATA], tmp_path / "store")  # nothing changed: nothing described, len() counts
    assert first.added > 0 and again.added == again.replaced == 0
    assert first.store_quads == again.store_quads == len(GraphStore(tmp_path / "store", read_only=True)) > 1000


def test_the_description_counts_default_graph_quads_too(store):
    from resgraph.graph import dataset

    ex = ox.NamedNode("https://example.org/x")
    store.store.add(ox.Quad(ex, ex, ox.Literal("in the default graph")))
    try:
        assert dataset.write(store, B) == len(store)
        ds = f"<{B}dataset>"
        own = sum(1 for _ in store.store.quads_for_pattern(None, None, None, ox.NamedNode(B + "graph/dataset")))
        assert one(store, f"SELECT ?n WHERE {{ {ds} void:triples ?n }}")["n"] == len(store) - own
    finally:
        store.store.remove(ox.Quad(ex, ex, ox.Literal("in the default graph")))
        dataset.write(store, B)

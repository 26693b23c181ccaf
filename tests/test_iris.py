"""IRIs and symbols: canonical symbols parse to organ/session/year, IRIs are stable, and every
IRI that code, shapes and queries use is defined in the ontology or a standard vocabulary."""

import re
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, VOID, XSD

import resgraph
from resgraph.graph.iris import DEFAULT_BASE, Minter, function_property, parse_symbol
from resgraph.resources import ONTOLOGY, QUERIES

PACKAGE = Path(resgraph.__file__).parent

STANDARD = (
    "http://data.europa.eu/eli/ontology#",
    "http://purl.org/spar/cito/",
    "http://purl.org/dc/terms/",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/org#",
    "https://w3id.org/un/ontology/undo/",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/2001/XMLSchema#",
    "http://www.w3.org/ns/shacl#",
    "http://rdfs.org/ns/void#",
    "http://www.w3.org/ns/dcat#",
    "http://xmlns.com/foaf/0.1/",
)
RG = "https://w3id.org/resgraph/ontology#"


@pytest.mark.parametrize(
    "symbol,organ,session,year",
    [
        ("A/RES/67/186", "GA", "67", 2012),
        ("E/RES/2012/14", "ECOSOC", "2012", 2012),
        ("S/RES/1373(2001)", "SC", None, 2001),
        ("A/HRC/RES/5/1", "HRC", "5", 2007),
        ("E/CN.15/RES/19/1", "CCPCJ", "19", 2010),
        ("CTOC/COP/RES/5/5", "CTOC", "5", 2010),
        ("A/RES/2200(XXI)", "GA", "XXI", 1966),
        ("A/RES/S-24/2", "GA", "S-24", 2000),
        ("A/RES/ES-10/1", "GA", "ES-10", 1997),
        ("E/CN.15/DEC/19/1", "CCPCJ", "19", 2010),
    ],
)
def test_parse_symbol(symbol, organ, session, year):
    s = parse_symbol(symbol)
    assert (s.organ, s.session, s.year) == (organ, session, year)


def test_not_a_resolution_symbol():
    assert parse_symbol("A/67/156") is None and parse_symbol("") is None


def test_iris_are_stable_and_configurable():
    m = Minter()
    assert m.doc("A/RES/67/186") == DEFAULT_BASE + "A/RES/67/186"
    assert m.doc("S/RES/1373(2001)") == DEFAULT_BASE + "S/RES/1373(2001)"
    assert m.record(None, None, "ab" * 32) == m.record(None, None, "ab" * 32) == DEFAULT_BASE + "draft/" + "ab" * 8
    assert Minter("http://example.org/x").doc("E/RES/2012/14") == "http://example.org/x/E/RES/2012/14"
    assert m.graph("a.txt") != m.graph("b.txt")
    assert Minter.undocs("A/RES/67/186") == "https://undocs.org/en/A/RES/67/186"


def _ontology_terms() -> set[str]:
    g = Graph().parse(ONTOLOGY / "resgraph.ttl")
    return {str(s) for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(RG)}


def _used_terms() -> dict[str, str]:
    """rg: terms in src/ (RG.x, RG["x"]), shapes and queries (rg:x prefixed names)."""
    used = {}
    for p in sorted(PACKAGE.rglob("*.py")):
        for m in re.finditer(r"\bRG(?:\.(\w+)|\[\"(\w+)\"\])", p.read_text()):
            used[RG + (m[1] or m[2])] = p.name
    for p in [ONTOLOGY / "shapes.ttl", *sorted(QUERIES.rglob("*.rq"))]:
        for m in re.finditer(r"(?<![\w<])rg:([A-Za-z_]\w*)", p.read_text()):
            used[RG + m[1]] = p.name
    return used


def test_every_rg_term_is_defined_and_documented():
    defined = _ontology_terms()
    missing = {t: f for t, f in _used_terms().items() if t not in defined}
    assert not missing, f"terms used but not defined in ontology/resgraph.ttl: {missing}"
    g = Graph().parse(ONTOLOGY / "resgraph.ttl")
    from rdflib.namespace import RDFS

    undocumented = [
        t
        for t in defined
        if t != RG and ((URIRef(t), RDFS.label, None) not in g or (URIRef(t), RDFS.comment, None) not in g)
    ]
    assert not undocumented


def test_function_properties_cover_the_vocabulary():
    from resgraph import vocab

    defined = _ontology_terms()
    for key in vocab.load().functions:
        assert RG + function_property(key) in defined, key


def test_every_iri_in_produced_graphs_is_known():
    """Every predicate and class in converted graphs is rg: (defined) or from a standard namespace."""
    from resgraph.graph.rdf import link_drafts, links_graph, record_to_graph
    from resgraph.graph.vocab_rdf import vocab_graph
    from tests.graph_records import adopted, ecosoc

    defined = _ontology_terms()
    graphs = [
        record_to_graph(ecosoc()),
        record_to_graph(adopted()),
        vocab_graph(),
        links_graph(link_drafts([ecosoc(), adopted()])),
    ]
    for g in graphs:
        terms = set(g.predicates()) | set(g.objects(None, RDF.type))
        for t in map(str, terms):
            assert t in defined or t.startswith(STANDARD), t


def test_standard_namespaces_in_ontology_only():
    text = (ONTOLOGY / "resgraph.ttl").read_text() + (ONTOLOGY / "shapes.ttl").read_text()
    for ns in re.findall(r"@prefix\s+\w*:\s+<([^>]+)>", text):
        assert ns.startswith(STANDARD) or ns.startswith("https://w3id.org/resgraph/"), ns


CLOSED = (DCTERMS, PROV, SKOS, ORG, SH, RDF, RDFS, OWL, XSD, VOID, DCAT, FOAF)  # rdflib knows every term of these
PREFIX_NS = {
    "eli": "http://data.europa.eu/eli/ontology#",
    "cito": "http://purl.org/spar/cito/",
    "undo": "https://w3id.org/un/ontology/undo/",
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "skos": str(SKOS),
    "org": str(ORG),
    "sh": str(SH),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "void": str(VOID),
    "dcat": str(DCAT),
    "foaf": str(FOAF),
    "rg": RG,
}
PY_NS = {
    "ELI": "eli",
    "CITO": "cito",
    "UNDO": "undo",
    "DCTERMS": "dcterms",
    "PROV": "prov",
    "SKOS": "skos",
    "ORG": "org",
    "SH": "sh",
    "RDF": "rdf",
    "RDFS": "rdfs",
    "OWL": "owl",
    "XSD": "xsd",
    "VOID": "void",
    "DCAT": "dcat",
    "FOAF": "foaf",
    "RG": "rg",
}


def _all_used_iris() -> dict[str, str]:
    """Every vocabulary IRI that code, shapes, queries and the vocabulary data use, with where."""
    used: dict[str, str] = {}
    for p in sorted(PACKAGE.rglob("*.py")):
        text = p.read_text()
        for m in re.finditer(
            r"\b(ELI|CITO|UNDO|DCTERMS|PROV|SKOS|ORG|SH|RDF|RDFS|OWL|XSD|VOID|DCAT|FOAF|RG)"
            r"(?:\.([A-Za-z_]\w*)|\[\"(\w+)\"\])",
            text,
        ):
            if m[2] not in ("n3", "uri", "term"):
                used[PREFIX_NS[PY_NS[m[1]]] + (m[2] or m[3])] = p.name
    texts = [
        (p.name, p.read_text())
        for p in [ONTOLOGY / "shapes.ttl", ONTOLOGY / "resgraph.ttl", *sorted(QUERIES.rglob("*.rq"))]
    ]
    for name, text in texts:
        text = re.sub(r"(?m)#.*$|\"[^\"\n]*\"", "", text)  # comments and strings
        for m in re.finditer(
            r"(?<![\w<:/])(eli|cito|undo|dcterms|prov|skos|org|sh|rdf|rdfs|owl|xsd|rg):([A-Za-z_][\w-]*)", text
        ):
            used[PREFIX_NS[m[1]] + m[2]] = name
        for m in re.finditer(r"<(https?://[^>\s]+)>", text):
            iri = m[1]
            if any(iri.startswith(ns) and iri != ns for ns in PREFIX_NS.values()):
                used[iri] = name
    from resgraph import vocab

    for key, f in vocab.load().functions.items():
        if f.get("cito"):
            used[PREFIX_NS["cito"] + f["cito"]] = f"functions.yaml ({key})"
    return used


def test_every_iri_used_is_defined_by_the_ontology_or_a_standard_vocabulary():
    """rg: terms must be defined in resgraph.ttl; ELI, CiTO and UNDO terms declared in imports.ttl
    (with the vocabulary that defines them); the others exist in rdflib's closed namespaces."""
    defined = _ontology_terms() | {RG.rstrip("#")}
    mirrored = {str(s) for s in Graph().parse(ONTOLOGY / "imports.ttl").subjects(RDF.type, None)}
    unknown = {}
    for iri, where in _all_used_iris().items():
        if iri.startswith(RG):
            ok = iri in defined
        elif iri.startswith(tuple(str(ns) for ns in CLOSED)):
            ns = max((n for n in CLOSED if iri.startswith(str(n))), key=lambda n: len(str(n)))
            ok = URIRef(iri) in ns
        else:
            ok = iri in mirrored
        if not ok:
            unknown[iri] = where
    assert not unknown, f"IRIs used but defined nowhere: {unknown}"


@pytest.mark.parametrize(
    "iri",
    [
        "http://purl.org/dc/terms/titel",
        "http://purl.org/spar/cito/citesAsAuthorty",
        "https://w3id.org/resgraph/ontology#notATerm",
    ],
)
def test_the_iri_check_catches_a_misspelt_term(iri, monkeypatch):
    """The check above is not vacuous: a misspelt term anywhere is reported."""
    used = _all_used_iris()
    monkeypatch.setattr(sys.modules[__name__], "_all_used_iris", lambda: {**used, iri: "test"})
    with pytest.raises(AssertionError, match=re.escape(iri)):
        test_every_iri_used_is_defined_by_the_ontology_or_a_standard_vocabulary()

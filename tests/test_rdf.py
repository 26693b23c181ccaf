"""Records to RDF: golden graphs (isomorphism), the two citation layers, draft lineage, exports.

Golden files live in tests/golden/; after a deliberate change of the mapping, regenerate them with
RESGRAPH_UPDATE_GOLDEN=1 pytest tests/test_rdf.py and review the diff.
"""

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from resgraph.extract.pipeline import extract_file
from resgraph.graph.rdf import CITO, ELI, RG, link_drafts, links_graph, parse_quads, record_to_graph, serialize
from tests.graph_records import adopted, ecosoc

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
B = "https://w3id.org/resgraph/"


def seed(name: str):
    """A seed's record with its file named relative to the repository, as the golden expects."""
    return replace(extract_file(ROOT / "data" / "resolutions" / name), file=f"data/resolutions/{name}")


def check_golden(g: Graph, name: str) -> None:
    path = GOLDEN / name
    if os.environ.get("RESGRAPH_UPDATE_GOLDEN"):
        path.write_text(g.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(path, format="turtle")
    if not isomorphic(g, expected):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(g))
        pytest.fail(f"graph differs from {name}:\nmissing {sorted(missing)[:10]}\nextra {sorted(extra)[:10]}")


def test_golden_hand_built_record():
    check_golden(record_to_graph(ecosoc()), "hand-E-RES-2012-14.ttl")


def test_golden_seed_e_res_2012_14():
    check_golden(record_to_graph(seed("E-RES-2012-14.txt")), "seed-E-RES-2012-14.ttl")


def test_conversion_is_deterministic():
    assert isomorphic(record_to_graph(ecosoc()), record_to_graph(ecosoc()))
    assert record_to_graph(ecosoc()).identifier == record_to_graph(ecosoc()).identifier


def test_two_citation_layers():
    g = record_to_graph(ecosoc())
    doc, target = URIRef(B + "E/RES/2012/14"), URIRef(B + "A/RES/66/181")
    assert (doc, ELI.cites, target) in g and (doc, RG.reiterates, target) in g and (doc, RG.recalls, target) in g
    cit = next(
        c
        for c in g.subjects(CITO.hasCitedEntity, target)
        if (c, RG.hasFunction, URIRef(B + "function/reiterates")) in g
    )
    assert (cit, CITO.hasCitingEntity, doc) in g
    assert (cit, RG.inParagraph, URIRef(B + "E/RES/2012/14/draft/op/10")) in g
    assert (cit, CITO.hasCitationCharacterization, CITO.confirms) in g
    assert g.value(cit, RG.spanStart) == Literal(540)


def test_cited_resolution_outside_corpus_is_placed_from_its_symbol():
    g = record_to_graph(ecosoc())
    t = URIRef(B + "A/RES/66/181")
    assert g.value(t, RG.symbol) == Literal("A/RES/66/181")
    assert g.value(t, RG.adoptedBy) == URIRef(B + "organ/GA")
    assert g.value(t, RG.sessionYear) == Literal(2011)
    assert g.value(g.value(t, RG.session), RG.sessionNumber) == Literal(66)


def test_mandates_reporting_and_provenance():
    g = record_to_graph(ecosoc())
    m = URIRef(B + "E/RES/2012/14/mandate/2")
    assert g.value(m, RG.mandateVerb) == URIRef(B + "verb/requests")
    assert g.value(m, RG.addressee) == URIRef(B + "actor/SecretaryGeneral")
    # the draft's mandates are the General Assembly's, not ECOSOC's
    from resgraph.graph.rdf import UNDO

    assert g.value(m, UNDO.hasProponent) == URIRef(B + "actor/GeneralAssembly")
    rr = URIRef(B + "E/RES/2012/14/reporting/1")
    assert g.value(rr, RG.session) == URIRef(B + "session/GA/68") and g.value(rr, RG.sessionYear) == Literal(2013)
    from rdflib.namespace import PROV

    src = g.value(g.identifier, PROV.wasDerivedFrom)
    assert g.value(src, RG.sha256) == Literal("ab" * 32)
    from resgraph import __version__

    assert (None, RG.extractorVersion, Literal(__version__)) in g


def test_adopted_record_links_its_fulfilled_report():
    g = record_to_graph(adopted())
    assert (URIRef(B + "A/67/156"), RG.fulfils, URIRef(B + "A/RES/66/181")) in g


def test_link_drafts_hand_built():
    assert link_drafts([ecosoc(), adopted()]) == [(B + "E/RES/2012/14/draft", B + "A/RES/67/186", 1.0)]


def test_link_drafts_from_the_two_seed_texts_alone():
    recs = [
        seed("E-RES-2012-14.txt"),
        seed("A-RES-67-186.txt"),
        seed("E-RES-2012-19.md"),
        seed("GA-67-C3-draft-crime-prevention-programme.txt"),
    ]
    links = link_drafts(recs)
    assert [(d, a) for d, a, _ in links] == [(B + "E/RES/2012/14/draft", B + "A/RES/67/186")]
    assert links[0][2] > 0.9


def test_configurable_base():
    g = record_to_graph(ecosoc(), base="http://example.org/un/")
    assert (URIRef("http://example.org/un/E/RES/2012/14"), None, None) in g


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld"])
def test_exports_round_trip(fmt):
    graphs = [record_to_graph(ecosoc()), record_to_graph(adopted()), links_graph(link_drafts([ecosoc(), adopted()]))]
    text = serialize(graphs, fmt)
    total = Graph()
    for g in graphs:
        total += g
    if fmt == "ttl":
        assert isomorphic(Graph().parse(data=text, format="turtle"), total)
    elif fmt == "jsonld":
        data = json.loads(text)
        assert "@context" in data and "@graph" in data
        back = parse_quads(text, "jsonld")
        assert sum(len(g) for g in back) == sum(len(g) for g in graphs)
    else:
        back = parse_quads(text, fmt)
        assert {str(g.identifier) for g in back} >= {str(g.identifier) for g in graphs}
        assert sum(len(g) for g in back) == sum(len(g) for g in graphs)


def test_fast_ntriples_path_equals_the_graph():
    from resgraph.graph.rdf import record_to_ntriples

    for r in (ecosoc(), adopted(), seed("E-RES-2012-19.md")):
        s = record_to_ntriples(r)
        g = record_to_graph(r)
        assert s.graph == str(g.identifier) and s.count == len(g)
        assert g.value(g.identifier, RG.graphHash) == Literal(s.hash)
        back = Graph().parse(data=(s.nt + s.shared).decode("utf-8"), format="nt")
        assert isomorphic(back, g)
        # what a file shares with others (a cited resolution's organ and session) is not in its own part
        own = Graph().parse(data=s.nt.decode("utf-8"), format="nt")
        assert (URIRef(B + "A/RES/66/181"), RG.adoptedBy, None) not in own or r.symbol == "A/RES/66/181"


def test_state_addressee_is_the_sponsor_country_iri_typed_state():
    """ "state:SDN" becomes the country IRI sponsors use, an rg:State (an rg:Actor) with its name,
    and the graph passes SHACL (addressee sh:class rg:Actor)."""
    from rdflib.namespace import RDF, RDFS, SKOS

    from resgraph.graph.iris import Minter
    from resgraph.graph.validate import validate_graph
    from tests.snippets import snippet

    r = snippet(
        "The Security Council,\n\nRecalling its resolution 1546 (2004),\n\n1. Urges the Government of the "
        "Sudan to cooperate fully;\n"
    )
    assert r.mandates[0].addressees == ("state:SDN",)
    g = record_to_graph(r)
    sdn = URIRef(Minter().country("SDN"))
    assert (None, RG.addressee, sdn) in g and (sdn, RDF.type, RG.State) in g
    assert (sdn, SKOS.prefLabel, Literal("Sudan", lang="en")) in g and (
        sdn,
        RDFS.label,
        Literal("Sudan", lang="en"),
    ) in g
    assert validate_graph(g) == []

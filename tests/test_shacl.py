"""SHACL: conforming graphs pass; each deliberately broken graph yields the violation a person
needs — which resolution, which paragraph, what is wrong."""

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import RDF, Literal, URIRef

from resgraph.extract.pipeline import extract_file
from resgraph.graph.rdf import RG, record_to_graph
from resgraph.graph.validate import ENGINES, errors, validate_graph
from resgraph.models import Citation, Mandate, Span
from tests.graph_records import adopted, ecosoc

B = "https://w3id.org/resgraph/"


@pytest.fixture(autouse=True, params=sorted(ENGINES))
def engine(request, monkeypatch):
    """Every test here runs on each SHACL engine: the build's (shapecheck) and pyshacl-turbo must
    report what the reference (pySHACL) reports."""
    monkeypatch.setattr("resgraph.graph.validate.DEFAULT_ENGINE", request.param)
    return request.param


def problems(g):
    return errors(validate_graph(g))


@pytest.mark.parametrize("record", [ecosoc(), adopted()])
def test_hand_built_records_conform(record):
    assert validate_graph(record_to_graph(record)) == []


SEEDS = Path(__file__).resolve().parents[1] / "data" / "resolutions"


@pytest.mark.parametrize("path", sorted(SEEDS.iterdir()), ids=lambda p: p.name)
def test_seeds_conform(path):
    assert [str(v) for v in validate_graph(record_to_graph(extract_file(path)))] == []


def test_report_addition_points_at_the_requirement_it_adds_to():
    """Draft op 41 'include in the report referred to in paragraph 40': no organ of its own."""
    g = record_to_graph(extract_file(SEEDS / "GA-67-C3-draft-crime-prevention-programme.txt"))
    [add] = g.subjects(RDF.type, RG.ReportAddition)
    assert g.value(add, RG.addsTo) == Literal(40) and g.value(add, RG.operativeNumber) == Literal(41)
    into = g.value(add, RG.includedIn)
    assert (into, RDF.type, RG.ReportingRequirement) in g and g.value(into, RG.operativeNumber) == Literal(40)
    assert g.value(into, RG.session) == URIRef(B + "session/GA/68")


def test_report_addition_to_a_paragraph_without_report():
    r = extract_file(SEEDS / "GA-67-C3-draft-crime-prevention-programme.txt")
    r = replace(r, reports_due=tuple(replace(x, adds_to=39) if x.adds_to else x for x in r.reports_due))
    vs = validate_graph(record_to_graph(r))
    assert [(v.severity, v.paragraph) for v in vs if "asks for no report" in v.message] == [("Warning", "op 41")]


def test_mandate_without_addressee():
    r = adopted()
    r = replace(r, mandates=(replace(r.mandates[0], addressees=()),))
    g = record_to_graph(r)
    assert problems(g) == []  # a verb may govern an activity: "encourages further dialogue"
    [v] = validate_graph(g)
    assert v.severity == "Warning" and v.resolution == "A/RES/67/186" and v.paragraph == "op 14"
    assert "names no actor" in v.message and "actors.yaml" in v.message
    assert str(v).startswith("A/RES/67/186, op 14: ")


def test_unknown_addressee_and_verb():
    r = adopted()
    r = replace(r, mandates=(Mandate(14, "asks-nicely", ("Martians",), 2, Span(1, 5), "Asks"),))
    msgs = sorted(v.message for v in problems(record_to_graph(r)))
    assert any("Addressee Martians is not an actor" in m for m in msgs)
    assert any("Mandate verb asks-nicely is not one of" in m for m in msgs)


def test_bad_adoption_date():
    [v] = problems(record_to_graph(replace(adopted(), adopted="20 December 2012")))
    assert "Adoption date '20 December 2012' is not an ISO date" in v.message and v.paragraph is None


def test_non_canonical_cited_symbol():
    r = adopted()
    r = replace(r, citations=(Citation("A/RES/66", "recalls", 0, Span(1, 2), "66"),))
    msgs = [v.message for v in problems(record_to_graph(r))]
    assert any("does not look like a United Nations symbol" in m or "not canonical" in m for m in msgs), msgs


@pytest.mark.parametrize(
    "target, ok",
    [
        ("CBD/COP/DEC/15/29", True),  # a decision of a body outside organs.yaml (A/RES/77/325)
        ("E/CN.15/DEC/19/1", True),
        ("CBD/COP/DEC/15", False),
    ],
)
def test_decisions_of_other_bodies(target, ok):
    r = replace(adopted(), citations=(Citation(target, "recalls", 0, Span(1, 2), "decision"),))
    g = record_to_graph(r)
    assert (URIRef(B + target), RDF.type, RG.Decision) in g
    msgs = [v.message for v in problems(g)]
    assert (msgs == []) == ok, msgs


def test_citation_pointing_to_missing_paragraph():
    r = adopted()
    r = replace(r, citations=(Citation("A/RES/66/181", "recalls", 99, Span(1, 2), "66/181"),))
    [v] = problems(record_to_graph(r))
    assert "points to no paragraph" in v.message


def test_inverted_span():
    r = adopted()
    p = r.paragraphs[1]
    r = replace(r, paragraphs=(r.paragraphs[0], replace(p, span=Span(500, 10)), r.paragraphs[2]))
    [v] = problems(record_to_graph(r))
    assert v.paragraph == "op 10" and "span is missing or inverted" in v.message


def test_report_without_organ():
    r = adopted()
    r = replace(r, reports_due=(replace(r.reports_due[0], to=None, session=None),))
    vs = validate_graph(record_to_graph(r))
    assert any(v.severity == "Violation" and "which organ receives" in v.message and v.paragraph == "op 14" for v in vs)
    assert any(v.severity == "Warning" and "no session or year" in v.message for v in vs)


def test_graph_edited_by_hand():
    """A graph broken after conversion (an operative paragraph losing its number)."""
    g = record_to_graph(adopted())
    g.remove((URIRef(B + "A/RES/67/186/op/14"), RG.number, None))
    [v] = problems(g)
    assert v.paragraph == "op 14" and "needs its printed number" in v.message


def test_draft_without_symbol_is_named_by_its_file():
    r = replace(adopted(), symbol=None, status="draft", mandates=(replace(adopted().mandates[0], verb="asks-nicely"),))
    [v] = problems(record_to_graph(r))
    assert "A-RES-67-186.txt" in v.resolution and "asks-nicely" in v.message


def test_vocabulary_conforms_and_a_broken_concept_is_named():
    from rdflib.namespace import SKOS

    from resgraph.graph.validate import validate_vocabulary
    from resgraph.graph.vocab_rdf import vocab_graph

    assert validate_vocabulary() == []
    g = vocab_graph()
    g.remove((URIRef(B + "organ/CSW"), SKOS.prefLabel, None))
    [v] = validate_vocabulary(data=g)
    assert v.focus == B + "organ/CSW" and v.severity == "Violation"


@pytest.mark.parametrize(
    "symbol, body, flagged",
    [
        ("A/RES/67/186", "GA", True),
        ("S/RES/2253(2015)", "SC", False),  # Security Council resolutions carry no title (organs.yaml)
    ],
)
def test_missing_title(symbol, body, flagged):
    r = replace(adopted(), symbol=symbol, body=body, title=None, session=None)
    msgs = [v.message for v in problems(record_to_graph(r))]
    assert any(m.startswith("No title was read") for m in msgs) == flagged, msgs


def test_security_council_report_is_placed_by_year():
    r = replace(adopted(), documents=(), fulfils=(replace(adopted().fulfils[0], report="S/2007/349"),))
    g = record_to_graph(r)
    assert g.value(URIRef(B + "S/2007/349"), RG.sessionYear) == Literal(2007)
    assert problems(g) == []

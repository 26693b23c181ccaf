"""SHACL: conforming graphs pass; each deliberately broken graph yields the violation a person
needs — which resolution, which paragraph, what is wrong."""
from dataclasses import replace

import pytest
from rdflib import Literal, URIRef

from resgraph.models import Citation, Mandate, Span
from resgraph.rdf import ELI, RG, record_to_graph
from resgraph.validate import errors, validate_graph
from tests.graph_records import adopted, ecosoc

B = "https://w3id.org/resgraph/"


def problems(g):
    return errors(validate_graph(g))


@pytest.mark.parametrize("record", [ecosoc(), adopted()])
def test_hand_built_records_conform(record):
    assert validate_graph(record_to_graph(record)) == []


def test_seeds_have_no_violations_except_known():
    from pathlib import Path
    from resgraph.pipeline import extract_file
    root = Path(__file__).resolve().parents[1] / "data" / "resolutions"
    for name in ("E-RES-2012-14.txt", "A-RES-67-186.txt", "E-RES-2004-28.md", "E-RES-2012-19.md"):
        assert problems(record_to_graph(extract_file(root / name))) == [], name


def test_mandate_without_addressee():
    r = adopted()
    r = replace(r, mandates=(replace(r.mandates[0], addressees=()),))
    [v] = problems(record_to_graph(r))
    assert v.resolution == "A/RES/67/186" and v.paragraph == "op 14"
    assert "no addressee" in v.message and "actors.yaml" in v.message
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
    r = replace(adopted(), symbol=None, status="draft", mandates=(replace(adopted().mandates[0], addressees=()),))
    [v] = problems(record_to_graph(r))
    assert "A-RES-67-186.txt" in v.resolution

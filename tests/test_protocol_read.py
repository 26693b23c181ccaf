"""Reading a /sparql request's query string (web/protocol.py): the fast decoder gives exactly
the pairs urllib's parse_qsl gives, escapes, plus signs, backslashes and broken escapes included."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

import pytest

from resgraph.web import protocol

CASES = [
    urlencode({"query": "SELECT ?p ?o WHERE { <https://w3id.org/resgraph/A/RES/80/264> ?p ?o }"}),
    urlencode({"query": 'ASK { ?s ?p "a\\"b\\\\c" }', "default-graph-uri": "http://x/g 1"}),
    urlencode({"query": "SELECT * { ?s ?p 'é€\u2028' }"}),  # UTF-8 escapes
    "query=a+b%2Bc&format=json",  # + is a space, %2B a plus
    "query=100%&x=%zz&y=%4",  # broken escapes stay as they are
    "query=a\\x41%41",  # a backslash before an x is the text's own
    "query=%C3%28",  # not UTF-8: replaced, as parse_qsl does
    "query=&&named-graph-uri=&flag",  # blank values kept, empty fields dropped
    "=v&query=%E2%82%AC",
    "query=caf\u00e9%20x",  # a non-ASCII character in the string itself
]


@pytest.mark.parametrize("qs", CASES)
def test_pairs_are_parse_qsl_s(qs):
    assert protocol.pairs(qs) == parse_qsl(qs, keep_blank_values=True)


def test_a_get_is_read_into_query_and_dataset():
    qs = urlencode([("query", "ASK {}"), ("default-graph-uri", "http://a/"), ("named-graph-uri", "http://b/")])
    req = protocol.read("GET", qs, "", b"")
    assert (req.query, req.default_graphs, req.named_graphs) == ("ASK {}", ("http://a/",), ("http://b/",))
    with pytest.raises(protocol.ProtocolError, match="read-only"):
        protocol.read("GET", "update=DROP+ALL&query=ASK{}", "", b"")


def test_negotiation_is_remembered_and_the_same():
    accept = "application/sparql-results+xml;q=0.9, text/turtle, */*;q=0.1"
    assert protocol.negotiate(accept, ()) == protocol.formats(accept, ())
    assert protocol.negotiate(accept, ()) == ("application/sparql-results+xml", "text/turtle")

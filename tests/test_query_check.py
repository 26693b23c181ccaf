"""The endpoint's reading of a query (web/check.py): SERVICE and updates are found in the parse,
whatever the spelling, and names that only look like them are left alone."""

from __future__ import annotations

import pytest

from resgraph.web.check import QueryRefused, check, read, shape, tokens

REFUSED = [
    # (query, words the reason holds)
    (
        "PREFIX ex: <http://x/> SELECT * WHERE { BIND(ex:a\\# AS ?b) SERVICE <http://127.0.0.1:1/x> { ?x ?y ?z } }",
        "SERVICE",
    ),
    ("SELECT * WHERE { SERVICE <http://h/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { sErViCe SILENT <http://h/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o . SERVICE ?endpoint { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { { SELECT * WHERE { SERVICE <http://h/> { ?s ?p ?o } } } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://h/> { ?s ?p ?o } } }", "SERVICE"),
    ('SELECT * WHERE { ?s ?p "x" . #\n SERVICE <http://h/> { ?s ?p ?o } }', "SERVICE"),
    ("SELECT * WHERE { ?s ?p '''a'b\"''' SERVICE <http://h/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { ?s <http://x/#> ?o SERVICE <http://h/> { ?s ?p ?o } }", "SERVICE"),
    ("PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:p\\#\\#\\# ?o SERVICE <http://h/> {} }", "SERVICE"),
    ("DROP ALL", "Update"),
    ("PREFIX ex: <http://x/> INSERT DATA { ex:a ex:b ex:c }", "Update"),
    ("BASE <http://x/> DELETE WHERE { ?s ?p ?o }", "Update"),
    ("LOAD <http://127.0.0.1:1/x.ttl>", "Update"),
    ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "Update"),
    ("CLEAR ALL ; INSERT DATA { <a:b> <a:c> <a:d> }", "Update"),
    ("   ", "empty"),
]
ALLOWED = [
    "PREFIX ex: <http://x/> SELECT ?service WHERE { ?service ex:Service ?o }",
    "PREFIX Service: <http://x/> SELECT * WHERE { ?s Service:p ?o }",
    "PREFIX ex: <http://x/> SELECT * WHERE { BIND(ex:a\\# AS ?b) } # SERVICE <http://h/> { }",
    'SELECT * WHERE { ?s ?p "SERVICE <http://h/> { }" }',
    "SELECT * WHERE { ?s ?p '''\nDROP ALL\n''' }",
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o }",
    "SELECT ?drop ?insert WHERE { ?drop ?insert ?o }",
    "PREFIX rg: <https://w3id.org/resgraph/ontology#> SELECT * WHERE { ?r rg:symbol ?s LATERAL { ?r ?p ?o } }",
    "DESCRIBE <http://x/a>",
    "ASK { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("query,reason", REFUSED)
def test_refused(query, reason):
    with pytest.raises(QueryRefused, match=reason):
        check(query)


@pytest.mark.parametrize("query", ALLOWED)
def test_allowed(query):
    assert check(query).service is False


def test_prefixed_name_with_escaped_hash_is_one_token():
    kinds = [k for k, _ in tokens("PREFIX ex: <http://x/> SELECT * { BIND(ex:a\\# AS ?b) SERVICE <h:x> {} }")]
    texts = [t for _, t in tokens("BIND(ex:a\\# AS ?b)")]
    assert "ex:a\\#" in texts and kinds.count("word") >= 4


def test_the_reading_knows_the_query_form_and_its_dataset():
    assert read("PREFIX a: <b:> SELECT * FROM <g:1> WHERE { ?s ?p ?o }").has_from
    assert not read("SELECT ?from WHERE { ?from ?p ?o }").has_from
    assert read("  construct where { ?s ?p ?o }").form == "CONSTRUCT"


def test_rdflibs_verdict_is_remembered_per_shape_not_per_text(monkeypatch):
    """A thousand point queries differing only in their IRI (or a plain string) cost one parse;
    a query of another shape, or with a string that is not plain, is parsed again."""
    from resgraph.web import check as module

    calls = []
    real = module.rdflib_reading
    monkeypatch.setattr(module, "rdflib_reading", lambda q: calls.append(q) or real(q))
    module._verdicts.clear()
    for i in range(50):
        check(f"SELECT ?p ?o WHERE {{ <https://w3id.org/resgraph/A/RES/{i}/7> ?p ?o }}")
        check(f'SELECT ?r WHERE {{ ?r <http://x/symbol> "A/RES/{i}/7" }}')
    assert len(calls) == 2
    check('SELECT ?r WHERE { ?r <http://x/symbol> "a\\" } SERVICE <http://h/> { ?s ?p ?o } #" }')
    assert len(calls) == 3  # a string with a quote or backslash is no placeholder
    with pytest.raises(QueryRefused, match="SERVICE"):
        check("SELECT ?p ?o WHERE { <https://w3id.org/resgraph/A/RES/1/7> ?p ?o SERVICE <http://h/> {} }")


def test_shape_keeps_keywords_and_hides_only_iris_and_plain_strings():
    toks = list(tokens('SELECT * WHERE { <http://a> ?p "x y" . ?s ?p "a\\"b" FILTER(?x < 3) }'))
    shaped = shape(toks)
    assert shaped[:6] == ("SELECT", "*", "WHERE", "{", "<>", "?p") and shaped[6] == '""'
    assert '"a\\"b"' in shaped and "FILTER" in shaped


def test_a_values_block_of_any_length_is_one_shape_and_keywords_beside_it_are_not_hidden(monkeypatch):
    """A lineage walked generation by generation sends one VALUES block of IRIs a generation, of
    another length each time: one parse for all; a SERVICE beside the block is still refused."""
    from resgraph.web import check as module

    calls = []
    real = module.rdflib_reading
    monkeypatch.setattr(module, "rdflib_reading", lambda q: calls.append(q) or real(q))
    module._verdicts.clear()
    for n in (2, 3, 40, 250):
        iris = " ".join(f"<https://w3id.org/resgraph/A/RES/{i}/7>" for i in range(n))
        check(f"SELECT ?to WHERE {{ VALUES ?n {{ {iris} }} ?c <http://x/cited> ?n ; <http://x/citing> ?to }}")
    assert len(calls) == 1
    one = check("SELECT ?to WHERE { VALUES ?n { <a:1> } ?c <http://x/cited> ?n }")
    assert one.form == "SELECT" and len(calls) == 2  # a single IRI is its own shape
    with pytest.raises(QueryRefused, match="SERVICE"):
        check("SELECT ?to WHERE { VALUES ?n { <a:1> <a:2> } SERVICE <http://h/> { ?c <http://x/cited> ?n } }")
    assert shape(list(tokens('VALUES ?s { "a" "b" "c" }'))) == ("VALUES", "?s", "{", '""+', "}")

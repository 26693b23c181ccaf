"""The wording lists of mandate terms' patterns are data (ontology/vocab/terms.yaml), read through the vocabulary, as
reports' are (test_report_wording_data.py).

Each list must load as strings, and the patterns built from the lists must read the examples their code comments name
as they did when the words were written in the regexes: "the six month period called for in paragraph 16 above"
(S/RES/1483 (2003) op 19, term_refs.SAME_PERIOD), "maintain, until 15 May 2021, the authorized troop ceiling"
(term_ceiling.CEILING), "for a final two-month period until 31 March 2026" (S/RES/2813 (2026) op 1,
term_times.PERIOD), "its decision ..., and decides to extend" (term_mentioned).
"""

from __future__ import annotations

import pytest

from resgraph.extract import term_ceiling, term_mentioned, term_refs, term_times
from resgraph.vocab import load

LISTS = ("period_of_paragraph", "ceiling", "period_adjectives", "held")


def _lists(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _lists(v, f"{path}.{k}" if path else k)
    else:
        yield path, node


@pytest.mark.parametrize("path,words", [pw for k in LISTS for pw in _lists(load().terms[k], k)])
def test_each_wording_list_loads_as_strings(path, words):
    assert isinstance(words, list) and words, path
    assert all(isinstance(w, str) and w == w.strip() for w in words), path
    assert len(set(words)) == len(words), f"{path}: a word listed twice"


@pytest.mark.parametrize(
    "text,paragraph",
    [
        ("at the conclusion of the six month period called for in paragraph 16 above", "16"),  # S/RES/1483 (2003)
        ("for the period specified in paragraph 1 above", "1"),
        ("for a further period ending on the date referred\n to in paragraph 1 above", "1"),
        ("during the period of enforcement of the measures set out in paragraph 3", "3"),
        ("for the period specified in paragraph 1 of resolution 1596 (2005)", None),
        ("for the period provided for in paragraph 1 above", None),
    ],
)
def test_a_period_named_by_its_paragraph(text, paragraph):
    m = term_refs.SAME_PERIOD.search(text)
    assert (m.group(1) if m else None) == paragraph


@pytest.mark.parametrize(
    "text,ceiling",
    [
        ("Decides to maintain, until 15 May 2021, the authorized troop ceiling", "maintain"),
        ("Reduces the authorized strength of UNMIL's police component", "Reduces"),
        ("to keep its current troop and police ceilings", "keep"),
        ("Authorizes a temporary increase in UNMIL's personnel ceiling", "Authorizes a temporary increase in "),
        ("to lower the authorized uniformed and military ceiling", "lower"),
        ("to maintain the level of support", None),  # a level needs "authorized"
        ("to raise the ceiling of civilians", "raise"),
        ("to raises the civilian ceiling", None),
    ],
)
def test_a_verb_that_sets_a_ceiling(text, ceiling):
    m = term_ceiling.CEILING.search(text)
    assert (m.group() if m else None) == ceiling


@pytest.mark.parametrize(
    "text,n,unit",
    [
        ("for a final two-month period until 31 March 2026", "two", "month"),  # S/RES/2813 (2026) op 1
        ("for a further planned period of 12 months", "12", "months"),  # SFOR
        ("for a limited period of up to 30 days", "30", "days"),
        ("for a transition period not exceeding 30 days", "30", "days"),
        ("for a Transitional Period of six months", "six", "months"),
        ("for a further additional period of 12 months", "12", "months"),
        ("for a short period of 12 months", None, None),  # "short" is no listed adjective
    ],
)
def test_the_length_of_a_term(text, n, unit):
    m = term_times.PERIOD.search(text)
    assert ((m.group("n"), m.group("unit")) if m else (None, None)) == (n, unit)


@pytest.mark.parametrize(
    "text,held",
    [
        ("Recalls its decision in resolution 2100 to extend", True),
        ("Expresses its intention to renew", True),
        ("Welcomes the efforts to extend", True),
        ("Recalls its decision in resolution 2100, and decides to extend", False),  # a comma: no noun's
        ("Recalls its decision in resolution 2100 and Authorises to extend", False),  # a directive verb between
        ("Reiterates its intention to renew", False),
        ("Decides to extend", False),
    ],
)
def test_a_noun_that_holds_the_term_s_verb(text, held):
    assert term_mentioned.mentioned(text, text.rindex("to ")) is held

"""The wording lists of citations' patterns are data (ontology/vocab/citations.yaml), read through the vocabulary, as
mandates' are (test_mandate_wording_data.py).

Each list must load as words, and the patterns built from the lists must read the examples their code comments name as
they did when the words were written in the regexes: "decision 14/4 of the Conference of the Parties to the Convention
on Biological Diversity" (symbols.BODY_WORD), a paragraph that names "the Beijing Declaration and Platform for Action"
(citations.INSTRUMENT).
"""

from __future__ import annotations

import pytest

from resgraph.extract import citations, symbols
from resgraph.vocab import load
from tests.wording_lists import check_wording_list, wording_lists


@pytest.mark.parametrize("path,words", list(wording_lists(load().citations)))
def test_each_wording_list_loads_as_words(path, words):
    check_wording_list(path, words)


@pytest.mark.parametrize(
    "name,body",
    [
        ("Conference of the Parties to the Convention on Biological Diversity", True),
        ("United Nations Environment Assembly", True),
        ("World Health Organisation", True),
        ("World Health Organization", True),
        ("Organizational Committee", True),  # "Committee"
        ("United Nations Development Programme", False),
        ("Organizations of the region", False),
    ],
)
def test_a_name_that_is_a_body_s(name, body):
    assert bool(symbols.BODY_WORD.search(name)) is body


@pytest.mark.parametrize(
    "text,instrument",
    [
        ("Recalling the Beijing Declaration and Platform for Action", True),
        ("the 2030 Agenda for Sustainable Development", True),
        ("the Programme of Action of the International Conference", True),
        ("the Basic Principles on the Use of Force", True),
        ("the rules of procedure", False),  # case counts
        ("the Programme for Action", False),
        ("its Agendas", False),
    ],
)
def test_a_paragraph_that_names_an_instrument(text, instrument):
    assert bool(citations.INSTRUMENT.search(text)) is instrument


@pytest.mark.parametrize(
    "text,symbol",
    [
        ("the report of the Secretary-General (S/2023/639)", "S/2023/639"),
        ("general recommendation No. 30 (CEDAW/C/GC/30)", "CEDAW/C/GC/30"),
        ("see ST/SGB/2003/13", "ST/SGB/2003/13"),
        ("decision UNEP/EA.5/Res.14", "UNEP/EA.5/Res.14"),
        ("the XYZ/2023/1 paper", None),  # a series the list lacks (symbol_series, moved from DOC_SYMBOL at stop 40)
    ],
)
def test_a_document_symbol_of_a_known_series(text, symbol):
    m = citations.DOC_SYMBOL.search(text)
    assert (m.group() if m else None) == symbol

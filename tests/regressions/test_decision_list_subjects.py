"""A decision whose sub-paragraphs say who shall act asks them (the golds): "Decides that\\n(a) all States shall
take the necessary measures ...; (b) these measures shall come into force ...; (c) at the end of this period of
10 months, the Council will decide" (heldout6 S/RES/1478 (2003) op 17: States and the Council), "Resolves that:
(a) ..., the Secretary-General shall be empowered ...; (b) ..., the Holy See, which is not a member of the United
Nations ..., shall be called upon ...; (c) ..., the State of Palestine ..." (heldout5 A/RES/76/238 op 18: the
Secretary-General, the Holy See and Palestine, not the Assembly), "Decides that: (a) prior to transferring ...,
the supplying Member State of the items should notify" (S/RES/2776 (2025) op 19, as heldout5 S/RES/2713 op 19).
They were read as the deciding organ's alone. An item that is an infinitive ("(a) To establish") is the organ's,
a thing's ("these measures shall come into force") no one's; the organ stands until an item names someone."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n"
GA = "The General Assembly,\n\nRecalling its resolution 73/271,\n\n"

CASES = [
    (
        SC + "1. Decides that\n\n(a) all States shall take the necessary measures to prevent the import of timber;\n\n"
        "(b) these measures shall come into force on 7 July 2003;\n\n(c) at the end of this period of 10 months, the "
        "Council will decide whether to extend these measures;\n",
        [("decides", {"States", "SecurityCouncil"})],
    ),
    (
        GA + "1. Resolves that:\n\n(a) Notwithstanding the terms of financial regulation 3.10, the Secretary-General "
        "shall be empowered to accept contributions;\n\n(b) In accordance with financial regulation 3.9, the Holy See, "
        "which is not a member of the United Nations but which participates in certain of its activities, shall be "
        "called upon to contribute;\n",
        [("decides", {"SecretaryGeneral", "state:VAT"})],
    ),
    (
        SC + "1. Decides that:\n\n(a) these measures shall come into force on 7 July 2003;\n\n(b) the measures shall "
        "be reviewed;\n",
        [("decides", {"SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_list_subjects(text, expected):
    assert mandates(snippet(text), "verb", "addressees", as_sets=True) == expected

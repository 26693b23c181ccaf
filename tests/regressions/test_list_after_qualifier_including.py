"""A list of addressees that goes on past a qualifier set off by commas ("within their respective mandates") with
"including" and the next bodies: "Encourages relevant bodies of the United Nations system, within their respective
mandates, including United Nations specialized agencies, funds and programmes, relevant international organizations,
including the World Trade Organization and relevant stakeholders, including civil society organizations, to give"
(A/HRC/RES/54/18 op 31, found by the long-list sample of the Human Rights Council and the Council, and its twins in
the Assembly's yearly texts, A/RES/74/152 op 47 to 80/207 op 50): the window ended at the qualifier."""

import pytest

from tests.snippets import mandates, snippet

OPENER = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Encourages relevant bodies of the United Nations system, within their respective mandates, including United "
        "Nations specialized agencies, funds and programmes, relevant international organizations, including the World "
        "Trade Organization and relevant stakeholders, including civil society organizations, to give due consideration;",
        {"UNSystemEntities", "InternationalOrganizations", "WTO", "Stakeholders", "CivilSociety"},
    ),
    (  # an activity after the qualifier, no body: the list ends
        "Encourages States, within their respective mandates, including by providing support, to act;",
        {"States"},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_after_qualifier(text, expected):
    got = mandates(snippet(OPENER + text), "verb", "addressees", as_sets=True)
    assert [a for _, a in got] == [expected]

"""Another's call or request, reiterated, asks no one in the organ's name (heldout6 A/HRC/RES/57/21 op 11;
issue 12). "Strongly reiterates the call of the Secretary-General for a global ceasefire, the call of the
Special Envoy ..." was read as the Council calling upon the Secretary-General, the Special Envoy and the
Commission of Inquiry; "Reaffirms the request of the Human Rights Council that the Office ... organize a
workshop" (A/RES/74/154 op 26 and 5 twins) as asking the Council; "the repeated requests and demands of the
General Assembly" (A/RES/74/168 op 1 and 6 twins) as a demand upon the Assembly; "reiterates the call by the
fact-finding mission", "Reaffirms the call by Member States" (A/RES/80/124 op 17) likewise. The author of the
call, named after "of" or "by", is not asked, and the clause is no mandate; the organ's own call ("its request
of the Secretary-General to") still asks whom it names."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 50/1,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (
        HRC,
        "Strongly reiterates the call of the Secretary-General for a global ceasefire, and urges all parties to the "
        "conflict to direct their efforts to enact such a ceasefire;",
        [("urges", {"PartiesToConflict"})],
    ),
    (
        GA,
        "Reaffirms the request of the Human Rights Council that the Office of the United Nations High Commissioner "
        "for Human Rights organize a workshop;",
        [],
    ),
    (
        GA,
        "Deplores the failure of the Russian Federation to comply with the repeated requests and demands of the "
        "General Assembly;",
        [],
    ),
    (GA, "Reaffirms the call by Member States to support domestic value addition;", []),
    (GA, "Reiterates its request of the Secretary-General to submit a report;", [("requests", {"SecretaryGeneral"})]),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_anothers_call_asks_no_one(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

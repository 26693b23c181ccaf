"""The parties of a treaty named by a relative clause are its States parties, as "States parties to": "Calls upon all
States that are already parties to Protocol I, or those States not parties, upon becoming parties to Protocol I, to make
the declaration" (heldout37 A/RES/77/107 op 3 and its yearly twins 75/138, 79/123: StatesParties beside States; it gave
States alone, the window cut at "that"), "Encourages States that are Party to the Port State Measures Agreement to fully
implement that Agreement" (heldout33 A/RES/80/109 op 113, 78/68 op 108, 79/145 op 111), "Urges States that are parties to
the 1951 Convention relating to the Status of Refugees and the 1967 Protocol thereto to" (A/RES/74/130 op 5 and its
renewals). Not taken: the States that are parties to an armed conflict (States, the golds' reading of the humanitarian
texts, heldout8 22 op 44; so to situations of armed conflict, to the hostilities), the States not parties, a relative clause that names no treaty."""

import time

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "Calls upon all States that are already parties to Protocol I, or those States not parties, upon becoming "
        "parties to Protocol I, to make the declaration provided for under article 90 of that Protocol;",
        [("calls-upon", ("StatesParties", "States"))],
    ),
    (
        "Encourages States that are Party to the Port State Measures Agreement to fully implement that Agreement;",
        [("encourages", ("StatesParties",))],
    ),
    (
        "Urges States that are parties to the 1951 Convention relating to the Status of Refugees and the 1967 Protocol "
        "thereto to respect their obligations;",
        [("urges", ("StatesParties",))],
    ),
    # (each relative of the cross product "that/which are (already/also) parties/Parties/party/Party", review55-B
    # finding 5; "States which are Parties to the Convention" still reads States: "Parties to the Convention", a longer
    # alias of its own, overlaps it, as with "that")
    (
        "Calls upon States which are Parties to the Port State Measures Agreement to implement it;",
        [("calls-upon", ("StatesParties",))],
    ),
    (
        "Calls upon States that are also parties to the Convention to implement it;",
        [("calls-upon", ("StatesParties",))],
    ),
    (
        "Calls upon States which are already party to the Convention to implement it;",
        [("calls-upon", ("StatesParties",))],
    ),
    (
        "Urges States that are also parties to the conflict to allow access;",
        [("urges", ("States",))],
    ),
    # (not taken: parties to a conflict; not parties; no treaty after "parties")
    (
        "Reaffirms the obligation of all States, encourages States that are parties to an armed conflict to take all "
        "measures necessary to enhance the protection of civilians;",
        [("encourages", ("States",))],
    ),
    (
        "Urges States that are parties to the conflict to allow access;",
        [("urges", ("States",))],
    ),
    (
        "Encourages States that are parties to situations of armed conflict to take all measures necessary;",
        [("encourages", ("States",))],
    ),
    (
        "Encourages States that are parties to an international or non-international armed conflict to take measures;",
        [("encourages", ("States",))],
    ),
    (
        "Calls upon States that are parties to the hostilities to cease;",
        [("calls-upon", ("States",))],
    ),
    (
        "Urges all States that are not parties to the Convention to accede to it;",
        [("urges", ("States",))],
    ),
    (
        "Encourages States that are parties and signatories to consider it;",
        [("encourages", ("States",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_treaty_parties_relative(text, expected):
    r = snippet("The General Assembly,\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees") == expected


def test_treaty_parties_relative_linear():
    """A long run of the alias's words and spaces reads in linear time (the guard's lookahead is bounded)."""
    text = "Urges " + "States that are parties  " * 400 + "to " + " " * 5000 + "the conflict to act;"
    t = time.perf_counter()
    snippet("The General Assembly,\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert time.perf_counter() - t < 5

"""The words naming the addressees ended at the first "to" or comma even inside a name: "Calls upon
parties to armed conflict to make" (S/RES/1960 (2010) op 5) and "Encourages all relevant
international, regional and subregional organizations" (A/RES/75/291 op 81) lost their addressee;
and they ran on into the next mandate ("Urges all States and encourages relevant international
organizations", S/RES/1526 (2004) op 24) or a partner ("the CTC in consultation with relevant
organizations", S/RES/1566 (2004) op 7)."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Calls upon parties to armed conflict to make and implement specific commitments;",
        [("calls-upon", ("PartiesToConflict",))],
    ),
    (
        "Calls on parties to armed conflict, in this regard, to comply with obligations;",
        [("calls-upon", ("PartiesToConflict",))],
    ),
    (
        "Encourages all relevant international, regional and subregional organizations and forums to cooperate;",
        [("encourages", ("InternationalOrganizations",))],
    ),
    (
        "Urges appropriate regional and sub-regional bodies in particular to develop policies;",
        [("urges", ("InternationalOrganizations",))],
    ),
    (
        "Urges all States and encourages relevant international, regional and subregional organizations to strengthen their capacity;",
        [("urges", ("States",)), ("encourages", ("InternationalOrganizations",))],
    ),
    (
        "Requests the CTC in consultation with relevant international, regional and subregional organizations and the "
        "United Nations bodies to develop a set of best practices;",
        [("requests", ("SanctionsCommittee",))],
    ),
    # S/RES/2195 (2014) op 3
    (
        "Urges as a matter of priority that Member States ratify the relevant international conventions;",
        [("urges", ("MemberStates",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressee_window(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected

"""../shared/corpus-full: a list of addressees lost its last bodies where a qualifier set off by commas came right
after "and" ("all States, relevant United Nations bodies, and, as appropriate, other organizations and interested
parties to cooperate", heldout14 S/RES/1455 (2003) op 7 and its twins S/RES/1390 (2002) op 7, S/RES/1526 (2004) op
14: the comma after "bodies" read as the list's end, since "and," alone names no one) or where "as needed" stood
before ", as well as" ("all relevant Afghan political actors and stakeholders, including relevant authorities as
needed, as well as international actors to coordinate", heldout12 S/RES/2777 (2025) op 4 and the UNAMA renewals
S/RES/2678, 2681, 2727, 2818 op 4: "as" read as a clause's start). The qualifier names no one; the list goes on."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 1546 (2004),\n\n1. "

CASES = [
    (
        "Calls upon all States, relevant United Nations bodies, and, as appropriate, other organizations and "
        "interested parties to cooperate fully with the Committee;",
        [("calls-upon", ("States", "UNSystemEntities", "InternationalOrganizations", "Stakeholders"))],
    ),
    (
        "Requests all States, and encourages regional organizations, relevant United Nations bodies, and, as "
        "appropriate, other organizations and interested parties to cooperate fully with the Committee;",
        [
            ("requests", ("States",)),
            ("encourages", ("InternationalOrganizations", "UNSystemEntities", "Stakeholders")),
        ],
    ),
    (
        "Stresses the critical importance of a continued presence of UNAMA, and calls upon all relevant Afghan "
        "political actors and stakeholders, including relevant authorities as needed, as well as international "
        "actors to coordinate with UNAMA;",
        [("calls-upon", ("PoliticalActors", "Stakeholders", "NationalAuthorities", "InternationalCommunity"))],
    ),
    # unchanged: a clause of its own after the comma still ends the list
    (
        "Requests the Secretary-General, and, as appropriate, in consultation with Member States, to report;",
        [("requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_goes_on_past_an_aside_after_and(text, expected):
    assert mandates(snippet(PRE + text + "\n"), "verb", "addressees") == expected

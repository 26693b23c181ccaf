""" "And also" before a list's last body goes on with the list, it opens no clause of its own: "Encourages States
Members of the United Nations, within the framework of international cooperation, the relevant United Nations bodies,
international financial institutions and other international organizations concerned, and also donors, to provide
the Central African Republic with technical assistance" (heldout29 A/HRC/RES/54/31 op 37, 57/35 op 44: the donors had
been lost); "Urges close coordination among United Nations missions in the region, including UNISFA, and also UNMISS,
UNSMIL, MINUSCA" (S/RES/2579 (2021) op 17). A comma and "also" before a clause still ends the list.
"""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 54/1,\n\n1. "

CASES = [
    (
        "Encourages States Members of the United Nations, within the framework of international cooperation, the "
        "relevant United Nations bodies, international financial institutions and other international organizations "
        "concerned, and also donors, to provide the Central African Republic with technical assistance;",
        [
            (
                "encourages",
                {
                    "MemberStates",
                    "UNSystemEntities",
                    "InternationalFinancialInstitutions",
                    "InternationalOrganizations",
                    "Donors",
                },
            )
        ],
    ),
    (
        "Requests the Secretary-General, also in consultation with the Office of the High Commissioner, to report;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_and_also_in_a_list_of_addressees(text, expected):
    r = snippet(HRC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

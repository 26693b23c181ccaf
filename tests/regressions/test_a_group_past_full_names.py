"""A demonstrative group stands for the run of bodies named with its noun; a body named by its full name, its tail past
the vocabulary's alias ("the International, Impartial and Independent Mechanism to Assist in the Investigation ... since
March 2011", "the Independent International Commission of Inquiry on the Syrian Arab Republic"), broke the run there:
"calls upon these organizations and mechanisms to coordinate their approach" (A/HRC/RES/58/25 op 8) asked the Office
and the Mechanism alone, where the gold (heldout30 30) asks all five engaged with, as A/RES/80/224 op 9, which names the
same bodies by their short names, was read. The full names are aliases now.
"""

import pytest

from tests.snippets import mandates, resolution

FULL = (
    "8. Encourages the Government of the Syrian Arab Republic to continue its positive engagement with the Office of "
    "the United Nations High Commissioner for Human Rights, the International, Impartial and Independent Mechanism to "
    "Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes under International "
    "Law Committed in the Syrian Arab Republic since March 2011, the Independent Institution on Missing Persons in the "
    "Syrian Arab Republic, the Independent International Commission of Inquiry on the Syrian Arab Republic and other "
    "relevant special procedures, as well as with Syrian civil society, including victim associations and groups, and "
    "in this regard calls upon these organizations and mechanisms to coordinate their approach and activities to ensure "
    "effectiveness;"
)
SHORT = (
    "9. Encourages the Government of Syria to expand its positive engagement with the Office of the United Nations High "
    "Commissioner for Human Rights, the International, Impartial and Independent Mechanism, the Independent Institution "
    "on Missing Persons and the Independent International Commission of Inquiry on the Syrian Arab Republic and to "
    "cooperate fully with these mechanisms, including with regard to access, and with victim associations and groups, "
    "and in this regard calls upon these organizations and mechanisms to continue to coordinate their approach and "
    "activities to ensure effectiveness;"
)
CASES = [
    (
        FULL,
        "HRC",
        [
            ("encourages", {"state:SYR"}),
            ("calls-upon", {"OHCHR", "IIIM", "IIMPSyria", "CommissionsOfInquiry", "SpecialProcedures"}),
        ],
    ),
    (  # as before
        SHORT,
        "GA",
        [("encourages", {"state:SYR"}), ("calls-upon", {"OHCHR", "IIIM", "IIMPSyria", "CommissionsOfInquiry"})],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_a_group_past_full_names(text, organ, expected):
    r = resolution(text, date="2025-04-04", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

"""A peace agreement named by its name names its parties for "the signatories" and "the parties" that follow, as a
treaty named bare names its States parties: "urges immediate high-level political discussion among all the
signatories to address the outstanding issues" (A/HRC/RES/55/26 op 3, after "in accordance with the Revitalized
Agreement" at op 1) read StatesParties, a treaty ("the Convention on the Rights of Persons with Disabilities") being
the last party-bearer named in its preamble; its twin A/HRC/RES/58/31 op 4 (heldout33 29) reads PartiesToConflict.
The cues are actors.yaml PartiesToConflict's. Near miss: with no peace agreement named after the treaty, the
signatories stay the treaty's. Found by the audit of 100 General Assembly, Council and ECOSOC mandates (stop 61).
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

PREAMBLE = (
    "Welcoming the accession of South Sudan to the Convention on the Rights of Persons with Disabilities and the "
    "Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa,\n\n"
)
SIGNATORIES = (
    "Recalls all relevant communiqués of the African Union, and urges immediate high-level political discussion "
    "among all the signatories to address the outstanding issues;"
)

CASES = [
    (
        "1. Calls upon the Government to make progress, in accordance with the Revitalized Agreement on the "
        "Resolution of the Conflict in the Republic of South Sudan;\n\n2. " + SIGNATORIES,
        [("calls-upon", {"state:SSD"}), ("urges", {"PartiesToConflict"})],
    ),
    (  # near miss: no peace agreement named after the treaty
        "1. Calls upon the Government to make progress in finalizing all layers of State and local government;\n\n"
        "2. " + SIGNATORIES,
        [("calls-upon", {"state:SSD"}), ("urges", {"StatesParties"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_signatories_of_a_named_peace_agreement(text, expected):
    r = snippet(OPENERS["HRC"] + "\n\n" + PREAMBLE + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

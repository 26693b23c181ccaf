"""The States members of a force the vocabulary names, authorized for a time: the force's term. "Authorizes the
States members of the Interim Emergency Multinational Force, within the limits of the means at the disposal of those
elements of the Force which will not yet have left Bunia before 1 September 2003, to provide assistance to the MONUC
contingent ..., during the period of the Force's disengagement which should last until 15 September 2003 at the
latest" (S/RES/1501 (2003) op 2, the heldout45 gold: T authorizes of=InterimEmergencyMultinationalForce, as
"remaining elements of the MIF" are the MIF's, heldout17 08 op 2) was read as of "States", those named first. Now
"States members of <a body a term can be of>" is that body's term. Near misses: the Member States of an organization
(the African Union: the document's mission, term_established.MEMBERS_OF), States participating in forces the
vocabulary does not name ("the ECOWAS forces", heldout21 07: as before), and Member States alone."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Authorizes the States members of the Interim Emergency Multinational Force, within the limits of the means "
        "at the disposal of those elements of the Force which will not yet have left Bunia before 1 September 2003, to "
        "provide assistance to the MONUC contingent deployed in the town, if MONUC requests them to do so, during the "
        "period of the Force’s disengagement which should last until 15 September 2003 at the latest;",
        [(2, "authorizes", "InterimEmergencyMultinationalForce", "2003-09-15")],
    ),
    # unchanged: the Member States of an organization, and States participating in forces the vocabulary does not name
    (
        "1. Decides to authorize the Member States of the African Union to maintain AMISOM until 31 January 2011;",
        [(1, "authorizes", "AMISOM", "2011-01-31")],
    ),
    (
        "1. Authorizes Member States participating in the ECOWAS forces together with the French forces supporting "
        "them to take the necessary steps until 4 April 2004;",
        [(1, "authorizes", "MemberStates", "2004-04-04")],
    ),
    # unchanged: Member States alone
    (
        "7. Authorizes Member States acting nationally or through regional organizations to take all necessary "
        "measures for a period of twelve months from the date of adoption of this resolution;",
        [(7, "authorizes", "MemberStates", "2004-08-26")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_authorized_states_members_of_a_force(text, expected):
    r = resolution(text, date="2003-08-26")
    assert terms(r, "op", "action", "of", "until") == expected

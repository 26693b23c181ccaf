"""Authorizations to deploy a force: "Authorises the Member States of the African Union to deploy up
to 17,626 uniformed personnel to ATMIS until 30 September 2023" (S/RES/2687 (2023) op 19; the
ATMIS and AUSSOM resolutions of 2022-2025, a dozen paragraphs) set no term, for "Authorises" (the
British spelling the Council uses for Somalia) was not read as a directive; and "Decides to
authorise the Member States of the AU to maintain the deployment of 19,626 uniformed AMISOM
personnel until 28 February 2021" (S/RES/2520 (2020) op 9, fourth held-out gold) was a term of
MemberStates. An authorization to deploy, or keep deployed, a force or mission of the vocabulary
is that force's term, as a mission's mandate is (AMISOM, ATMIS its later name, AUSSOM); when the
force has no id ("a multinational stabilization force (EUFOR ALTHEA)"), the term stays of those
authorized, as the gold's conventions say."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "9. Decides to authorise the Member States of the AU to maintain the deployment of 19,626 uniformed AMISOM "
        "personnel until 28 February 2021, inclusive of a minimum of 1,040 AMISOM police personnel;",
        [(9, "authorizes", "AMISOM", "2021-02-28", None)],
    ),
    (
        "1. Decides to authorise the Member States of the African Union to maintain the deployment of the African "
        "Union Mission in Somalia (AMISOM) until 14 March 2021, authorises AMISOM to take all necessary measures;",
        [(1, "authorizes", "AMISOM", "2021-03-14", None)],
    ),
    (
        "19. Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS "
        "until 30 September 2023, and 14,626 personnel to ATMIS from 1 October 2023 to 31 December 2023;",
        # the second strength with its own span is a second term (heldout33 02 op 19;
        # test_term_second_time_of_one_authorization.py)
        [(19, "authorizes", "AMISOM", "2023-09-30", None), (19, "authorizes", "AMISOM", "2023-12-31", None)],
    ),
    (
        "20. Authorises the Member States of the African Union to continue to deploy up to 12,626 uniformed "
        "personnel, inclusive of 1,040 police personnel, to AUSSOM until 30 June 2025 for phase 1 of the mission;",
        [(20, "authorizes", "AUSSOM", "2025-06-30", None)],
    ),
    (  # "Authorises" is a directive; no force named: those authorized (the African Union: its Member States,
        # the heldout4 gold of S/RES/2520 op 9)
        "26. Authorises the Member States of the African Union to deploy up to 19,626 uniformed personnel, "
        "inclusive of a minimum of 1040 police personnel, until 31 December 2022;",
        [(26, "authorizes", "AfricanUnion", "2022-12-31", None)],
    ),
    (
        "1. Authorizes the Member States acting through or in cooperation with the EU to establish for a further "
        "period of twelve months, starting from the date of the adoption of this resolution, a multinational "
        "stabilization force (EUFOR ALTHEA) as a legal successor to SFOR;",
        [(1, "authorizes", "MemberStates", "2024-11-02", "P12M")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_authorised_deployment(text, expected):
    r = resolution(text, date="2023-11-02")
    assert terms(r, "op", "action", "of", "until", "period") == expected

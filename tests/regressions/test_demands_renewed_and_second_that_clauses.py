"""Fifth held-out gold (tests/mandate_gold/heldout5). "Demands that all forms of violence ... cease
immediately and that armed groups lay down their arms" (S/RES/2605 (2021) op 3): one verb, two "that"
clauses, the second's subject asked (it was lost: the first names a thing); "reiterates its demands that
immediately and without preconditions the Government of South Sudan fully redeploy ... and that the
Government of Sudan redeploy" (the gold, S/RES/2469 (2019) op 13: the plural noun renewed no demand, and
the second Government was lost); "and as such demands that parties to armed conflict" (S/RES/2106 (2013)
op 17: "as such" links the verb as "in this regard" does); "Reiterates its demands on Eritrea to withdraw"
(S/RES/1798 (2008) op 5: Eritrea, not a place). A second clause whose subject is the first's ("and that its
members ... disband") adds no one; a decision's clauses are read as before. The "that" clause may follow a nominal
object too: "further demands the immediate withdrawal of the M23 from all occupied areas ... and that all members of
armed groups immediately and permanently disband" (S/RES/2666 (2022) op 10, heldout40 04: M23, PartiesToConflict),
"Demands the full implementation of the Communiqué ..., and that the Government of Sudan, all militias, armed groups
and all other stakeholders ensure" (S/RES/1828 (2008) op 13, heldout18 09: the three); not after an infinitive (the
"that" is the infinitive's) nor with no actor in the clause (S/RES/1542 (2004) op 12, heldout17 08: none)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "3. Demands that all forms of violence against civilians cease immediately and that armed groups lay down "
        "their arms and permanently disband;",
        [("demands", ("PartiesToConflict",))],
    ),
    (
        "13. Condemns the presence of security service personnel in the Abyei Area, and reiterates its demands that "
        "immediately and without preconditions the Government of South Sudan fully redeploy its security service "
        "personnel from the Abyei Area and that the Government of Sudan redeploy the Oil Police in Diffra;",
        [("demands", ("state:SSD", "state:SDN"))],
    ),
    (
        "17. Recognizes that women who have been forcefully abducted into armed groups are especially vulnerable and "
        "as such demands that parties to armed conflict immediately identify and release such persons;",
        [("demands", ("PartiesToConflict",))],
    ),
    (
        "5. Reiterates its demands on Eritrea to withdraw immediately all troops and heavy military equipment;",
        [("demands", ("state:ERI",))],
    ),
    (
        "7. Strongly condemns the continued presence of the M23, demands that the M23 cease immediately all forms "
        "of violence and that its members immediately and permanently disband and lay down their arms;",
        [("demands", ("M23",))],
    ),
    (
        "10. Demands that all armed groups cease immediately all forms of violence, further demands the immediate "
        "withdrawal of the M23 from all occupied areas as agreed through the African Union endorsed Luanda process and "
        "that all members of armed groups immediately and permanently disband, lay down their arms, reject violence;",
        [("demands", ("PartiesToConflict",)), ("demands", ("M23", "PartiesToConflict"))],
    ),
    (
        "13. Demands the full implementation of the Communiqué between the Government of Sudan and the United Nations "
        "on Facilitation of Humanitarian Activities in Darfur, and that the Government of Sudan, all militias, armed "
        "groups and all other stakeholders ensure the full, safe and unhindered access of humanitarian organizations;",
        [("demands", ("state:SDN", "PartiesToConflict", "Stakeholders"))],
    ),
    # (not taken: no actor in the clause; the first object's own members; a "that" an infinitive governs)
    (
        "12. Demands strict respect for the persons and premises of the United Nations and associated personnel, and "
        "that no acts of intimidation or violence be directed against personnel;",
        [("demands", ())],
    ),
    (
        "2. Demands the immediate withdrawal of the M23 from Goma, the cessation of any further advances by the M23 and "
        "that its members immediately and permanently disband and lay down their arms;",
        [("demands", ("M23",))],
    ),
    (
        "4. Requests the Secretary-General to ensure the timely deployment of the mission and that all parties "
        "cooperate with it;",
        [("requests", ("SecretaryGeneral",))],
    ),
    # (nor a thing as the clause's subject, S/RES/2670 (2022) op 1 (d); nor "that of", a pronoun, S/RES/2182 (2014)
    # op 31)
    (
        "1. Recalls its request in paragraph 53, and requests a further report by 30 April 2023, and that this report "
        "includes a sector-by-sector assessment of security and ATMIS performance;",
        [("requests", ())],
    ),
    (
        "31. Reiterates its request and that of the African Union Peace and Security Council for AMISOM to develop "
        "further an effective approach to the protection of civilians, notes with concern that AMISOM has not yet "
        "established a Civilian Casualty Tracking, Analysis and Response cell, and requests the African Union to "
        "conclude the deployment of this cell;",
        # (AMISOM, whom the request asks past the other body's, test_named_addressees_the_reading_lost; no one from
        # "that of the African Union ...")
        [("requests", ("AMISOM",)), ("requests", ("AfricanUnion",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_demands_renewed_and_second_that_clauses(text, expected):
    r = resolution(text, date="2021-11-12")
    assert mandates(r, "verb", "addressees") == expected

"""The object of a bare verb after "requests" or "encourages" was read as an addressee (SC survey2,
S/RES/2502 (2019) op 32): "requests MONUSCO support the government in advancing women's political
participation" read MONUSCO and the DRC (and its renewals 2556, 2612, 2666, 2717 op 29-38); "requests the
parties update the AUHIP" (S/RES/2416 (2018) op 6, 2445, 2469), "requests the Secretary-General consult
with the parties and the African Union" (2497 op 9), "requests the Secretary-General fully implement ... in
the planning and conduct of UNMISS operations" (2567 op 18), "Encourages Member States support the United
Nations electoral activities" (S/RES/1471 (2003) op 2). The subject of a bare verb ends at its verb, as after
"demands" and "decides" ("demands all parties allow"), when no infinitive follows; a list of subjects is read
whole ("the Government of Sudan and all armed groups ensure"), and an infinitive still ends the window."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "32. Requests MONUSCO to assist the Government of the DRC, requests MONUSCO support the government in "
        "advancing women’s political participation;",
        [(32, "requests", ("MONUSCO",)), (32, "requests", ("MONUSCO",))],
    ),
    (
        "6. Expresses disappointment that the parties have taken few steps to achieve a political resolution of the "
        "AUHIP, and requests the parties update the AUHIP on the steps outlined below;",
        [(6, "requests", ("PartiesToConflict",))],
    ),
    (
        "9. Requests the Secretary-General consult with the parties and the African Union related to the steps;",
        [(9, "requests", ("SecretaryGeneral",))],
    ),
    (
        "2. Encourages Member States support the United Nations electoral activities in Afghanistan;",
        [(2, "encourages", ("MemberStates",))],
    ),
    (  # a list of subjects, read whole
        "5. Requests the Government of Sudan and all armed groups ensure the full deployment of UNAMID;",
        [(5, "requests", ("state:SDN", "PartiesToConflict"))],
    ),
    (  # an infinitive still ends the window
        "7. Requests the Secretary-General and the African Union to support the parties;",
        [(7, "requests", ("SecretaryGeneral", "AfricanUnion"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_subject_of_a_bare_verb_after_a_request(text, expected):
    r = resolution(text, date="2019-12-19")
    assert mandates(r, "op", "verb", "addressees") == expected

"""Coordinated activities of their agents with a partner ask the agents, not the partner (the audit46b accuracy audit,
class 2 (b)): "Encourages stronger coordination, coherence and cooperation of the Security Council and the General
Assembly with the Peacebuilding Commission" (A/RES/78/79, 79/92, 80/83 op 4) asked the Commission too, as the window's
every actor, where "the cooperation of the Office with a wide range of stakeholders" (A/RES/79/181 op 15,
test_activity_owner_not_its_partners.py) asks the Office alone: a partner after "with" is no agent (stop 27, heldout21
03 op 2 (d)). A list of activities before "of" (asked.ACTIVITIES_OF) is now read as one activity before "of".
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Encourages stronger coordination, coherence and cooperation of the Security Council and the General Assembly "
        "with the Peacebuilding Commission, and invites the Security Council to continue to regularly request the "
        "advice of the Commission;",
        [("encourages", ("SecurityCouncil", "GeneralAssembly")), ("invites", ("SecurityCouncil",))],
    ),
    (
        "Encourages closer coordination, coherence and cooperation of the Peacebuilding Commission with the Security "
        "Council;",
        [("encourages", ("PeacebuildingCommission",))],
    ),
    # one activity, as before
    (
        "Encourages the cooperation of the Peacebuilding Commission with the Security Council;",
        [("encourages", ("PeacebuildingCommission",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_coordinated_activities_of_with(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees") == expected

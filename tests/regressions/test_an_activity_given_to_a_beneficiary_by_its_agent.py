"""A decision whose subject is an activity given to a beneficiary by its agent names the agent as who shall act
(heldout36 S/RES/1737 (2006) op 16): "Decides that technical cooperation provided to Iran by the IAEA or under its
auspices shall only be for food, agricultural, medical, safety or other humanitarian purposes" was the Council's, the
window ending at the beneficiary's "to" (the gold: the IAEA, as "any support provided by UNMISS ... shall be
informed by robust conflict-sensitive analysis", heldout5 S/RES/2820 op 3, which stays UNMISS). Not taken: a thing, no
activity, given ("answers provided to the Advisory Committee by the Secretariat shall be made available", A/RES/74/262:
the Assembly's), nor the beneficiary named after "to"."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 1696 (2006),\n\n1. "

CASES = [
    (
        "Decides that technical cooperation provided to Iran by the IAEA or under its auspices shall only be for food, "
        "agricultural, medical, safety or other humanitarian purposes, or where it is necessary for projects directly "
        "related to the items specified in subparagraphs 3 (b) (i) and (ii) above;",
        [("decides", ("IAEA",))],
    ),
    (
        "Further decides that any support provided by UNMISS in furtherance of its mandate to protect civilians shall "
        "be informed by robust conflict-sensitive analysis;",
        [("decides", ("UNMISS",))],
    ),
    # (not taken: a thing given, no activity)
    (
        "Decides that answers provided to the Advisory Committee by the Secretary-General shall be made available to "
        "the General Assembly, as supplementary information;",
        [("decides", ("SecurityCouncil",))],
    ),
    (  # the beneficiary's own participle and "by": not the agent (review54-F 2)
        "Decides that any support provided to non-United Nations security forces deployed by the African Union shall be "
        "in full compliance with the human rights due diligence policy;",
        [("decides", ("SecurityCouncil",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_activity_given_to_a_beneficiary_by_its_agent(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected

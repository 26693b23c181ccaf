"""Activities coordinated with commas, their agents after "by" (the aud59a addressee audit of the Council): "strongly
encourages the further development, implementation and funding of National Action Plans on Women, Peace and Security by
Cameroon, Chad, Niger and Nigeria" (S/RES/2349 (2017) op 14) asked Chad, Niger and Nigeria, not Cameroon: the comma
after "development" kept the window from opening with an activity (asked.ACTIVITY_LEAD), so the actors it named were read
as they stood, and a State right after "by" is read as a place there; "encourages further ratifications, acceptances and
approvals of that Agreement by States listed in article 9" (A/RES/74/18 op 156, 75/89 op 155) asked no one, the
activity's object ending at the first comma (agents.OBJECT_STOP). The same words with "and" alone were read right. A
comma before coordinated activities that share an "of" now goes on with the activity. Guard: the places after "in" of
coordinated activities are still no agents.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2349 (2017),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 73/124,\n\n1. "

CASES = [
    (  # S/RES/2349 (2017) op 14
        SC,
        "Welcomes initial efforts in the Region, and strongly encourages the further development, implementation and "
        "funding of National Action Plans on Women, Peace and Security by Cameroon, Chad, Niger and Nigeria;",
        [("encourages", {"state:CMR", "state:TCD", "state:NER", "state:NGA"})],
    ),
    (  # one State after "by"
        SC,
        "Encourages the development, implementation and funding of national plans by Cameroon;",
        [("encourages", {"state:CMR"})],
    ),
    (  # A/RES/74/18 op 156
        GA,
        "Encourages further ratifications, acceptances and approvals of that Agreement by States listed in article 9, "
        "paragraph 1, thereof, with a view to its early entry into force;",
        [("encourages", {"States"})],
    ),
    (  # as before: "and" alone
        SC,
        "Encourages the development and funding of national plans by Cameroon and Chad;",
        [("encourages", {"state:CMR", "state:TCD"})],
    ),
    (  # guard: places after "in"
        SC,
        "Encourages the development, implementation and funding of national plans in Cameroon, Chad and Niger;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_coordinated_activities_by_their_agents(opener, text, expected):
    r = snippet(opener + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

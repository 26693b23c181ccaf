"""A directive verb with a capital that opens a second sentence of its paragraph, or an item lettered inline, is read as
after "and": "Decides that for a temporary period MINUSTAH will consist of ... up to 1,897 Civilian Police. Requests the
Secretary-General to devise, in a timely manner, a progressive drawdown strategy" (S/RES/1608 (2005) op 3, heldout39 08)
had the decision only; "..., and in that regard: a. Calls upon all non-nuclear-weapon States party to the NPT ..., b.
Calls upon all States to sign" (S/RES/1887 (2009) op 15) no mandate at all, as "a. calls upon" had two. Not after an
abbreviation's capital ("the U.N. Requests Office"), nor a noun with a verb's form ("Requests for assistance"), nor a
verb that asks no one ("a. Notes").
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1542 (2004),\n\n1. "

CASES = [
    (
        "Decides that for a temporary period MINUSTAH will consist of a military component of up to 7,500 troops of all "
        "ranks and of up to 1,897 Civilian Police. Requests the Secretary-General to devise, in a timely manner, a "
        "progressive drawdown strategy of the MINUSTAH force levels;",
        [("decides", {"MINUSTAH"}), ("requests", {"SecretaryGeneral"})],
    ),
    (
        "Affirms that effective IAEA safeguards are essential, and in that regard: a. Calls upon all States to sign an "
        "additional protocol, b. Encourages Member States to provide assistance;",
        [("calls-upon", {"States"}), ("encourages", {"MemberStates"})],
    ),
    ("Takes note of the letter from the U.N. Requests Office;", []),
    ("Takes note of the report of the Secretary-General. Requests for assistance from Member States have grown;", []),
    ("Takes note of the report; a. Notes the request of the Government; b. Welcomes the plan;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_capitalised_verb_after_a_full_stop_or_item_letter(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

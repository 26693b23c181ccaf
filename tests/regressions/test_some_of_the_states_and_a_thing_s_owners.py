"""General addressee faults left in the third held-out gold (tests/mandate_gold/heldout3/README.md, "Left"):

- "Urges all Member States, notably Sahel and Maghreb States, to coordinate" (S/RES/2164 (2014) op 30):
  the States after "notably" / "in particular" are some of the Member States named before, no second
  addressee (S/RES/2083 (2012) op 38: "in particular designating States and States of residence"); a
  State or body named there still is ("in particular Sudan and South Sudan");
- "..., and existing as well as potential new international donors to provide support to the
  Government" (S/RES/1886 (2009) op 5): an addressee after a comma, its verb left out, with modifiers
  before it;
- "Decides that the thematic focus of the Economic and Social Council and the high-level political forum
  ... shall be" (A/RES/78/285 op 1): the bodies listed after a thing's owner are its owners too, the
  decision the Assembly's (not "the mandate of ... MINUCI, shall be extended": S/RES/1527 (2004) op 1);
- a report that "will serve as an input to the high-level political forum" goes to the Assembly that
  asks for it (A/RES/75/212 op 26).
"""

import pytest

from tests.snippets import mandates, reports, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        SC,
        "Urges all Member States, notably Sahel and Maghreb States, to coordinate their efforts;",
        [("urges", {"MemberStates"})],
    ),
    (
        SC,
        "Encourages all Member States, in particular designating States and States of residence or nationality, "
        "to submit to the Committee additional identifying information;",
        [("encourages", {"MemberStates"})],
    ),
    (
        SC,
        "Calls upon all Member States, in particular Sudan and South Sudan, to cooperate;",
        [("calls-upon", {"MemberStates", "state:SDN", "state:SSD"})],
    ),
    (
        SC,
        "Encourages the Government of Sierra Leone to continue the implementation of the Agenda for Change, the "
        "Peacebuilding Commission to follow actively developments, and existing as well as potential new "
        "international donors to provide support to the Government;",
        [("encourages", {"state:SLE", "PeacebuildingCommission", "Donors"})],
    ),
    (
        GA,
        "Decides that the thematic focus of the Economic and Social Council and the high-level political forum on "
        "sustainable development for their 2025 sessions shall be the following:",
        [("decides", {"GeneralAssembly"})],
    ),
    (
        GA,
        "Decides that the thematic focus of the Economic and Social Council and the Human Rights Council for "
        "their 2025 sessions shall be the following:",
        [("decides", {"GeneralAssembly"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_some_of_the_states_and_a_thing_s_owners(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_a_report_that_serves_as_an_input_goes_to_the_organ_that_asks():
    r = snippet(
        GA + "Requests the Secretary-General to prepare a report for the seventy-seventh session of the General "
        "Assembly, which will serve as an input to the high-level political forum on sustainable development.\n"
    )
    assert reports(r, "by", "to") == [("SecretaryGeneral", "GeneralAssembly")]

"""A decision whose first "that" clause names no one names who its later clauses make act.

"further decides that, until December 31, 2007, ... petroleum ... shall be immune ... from legal proceedings ...,
and that all States shall take any steps that may be necessary under their respective domestic legal systems to
assure this protection" (heldout9 S/RES/1483 (2003) op 22) was read as the Council's own decision; the gold reads
States, as "Decides that all States shall". Only a later subject that heads its clause and acts: not "that
downsizing of UNMISET should proceed" (S/RES/1410 (2002) op 7), nor "that the Special Rapporteur should be
supported" (A/HRC/RES/60/2 op 36). A State under its former United Nations name is the State ("Decides that the
Libyan Arab Jamahiriya shall cease the export of all arms and related materiel and that all Member States shall
prohibit the procurement", S/RES/1970 (2011) op 10), and one "outside" a State is placed, not that State."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1472 (2003),\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 51/20,\n\n1. "

CASES = [
    (
        SC,
        "Further decides that, until December 31, 2007, petroleum originating in Iraq shall be immune from legal "
        "proceedings, and that all States shall take any steps that may be necessary to assure this protection;",
        {"States"},
    ),
    (
        SC,
        "Decides that the Special Court shall retain exclusive jurisdiction over former President Taylor, and that "
        "the Netherlands shall not exercise its jurisdiction over former President Taylor;",
        {"state:NLD"},
    ),
    (
        SC,
        "Decides that progress towards achievement of the milestones should be kept under review and that "
        "downsizing of UNMISET should proceed as quickly as possible;",
        {"SecurityCouncil"},
    ),
    (
        HRC,
        "Also decides that the mandate of the Special Rapporteur will continue, and that the Special Rapporteur "
        "should be supported with sufficient staff and other resources;",
        {"HumanRightsCouncil"},
    ),
    (
        SC,
        "Decides that the Libyan Arab Jamahiriya shall cease the export of all arms and related materiel and that "
        "all Member States shall prohibit the procurement of such items;",
        {"state:LBY", "MemberStates"},
    ),
    (
        SC,
        "Decides that nationals from a State outside the Libyan Arab Jamahiriya shall be subject to the exclusive "
        "jurisdiction of that State;",
        {"SecurityCouncil"},
    ),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_decision_names_who_its_later_clauses_make_act(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == [("decides", expected)]

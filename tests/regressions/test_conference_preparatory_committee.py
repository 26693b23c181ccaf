"""The committee the General Assembly sets up to prepare a conference or to negotiate a text, and its Bureau and
Chair, named in lower case: "Invites the Bureau of the intergovernmental preparatory committee to convene further
meetings of the committee" (A/RES/79/199 op 30, the Fourth International Conference on Financing for Development),
"Invites the Bureau to convene further meetings" after "the intergovernmental preparatory committee shall have a
Bureau" (A/RES/78/231 op 37; A/RES/77/246 op 41 and 78/163 op 42, the Conference on Landlocked Developing
Countries), "Invites the Chair of the intergovernmental negotiating committee, in consultation with the Bureau, to
consider convening informal consultations" and "Requests the intergovernmental negotiating committee to complete its
work" (A/RES/79/235 ops 8 and 11, the framework convention on international tax cooperation) named no actor: the
vocabulary had "Preparatory Committee" in capitals only. The committee is AdHocCommittee (an ad hoc or
intergovernmental committee), its Bureau and Chair the committee, as the Bureau of a commission is the commission."""

import pytest

from tests.snippets import mandates, resolution

GA = "The General Assembly"

CASES = [
    (
        "1. Decides to establish an intergovernmental preparatory committee to make the preparations for the "
        "Conference;\n\n"
        "2. Invites the Bureau of the intergovernmental preparatory committee to convene further meetings of the "
        "committee on an informal basis in New York;",
        [("decides", ("GeneralAssembly",)), ("invites", ("AdHocCommittee",))],
    ),
    (
        "1. Also decides that the intergovernmental preparatory committee shall have a Bureau consisting of three "
        "members from each regional group;\n\n"
        "2. Invites the Bureau to convene further meetings of the intergovernmental preparatory committee on an "
        "informal basis in New York, to conclude discussions on the draft outcome document of the Conference;",
        [("decides", ("AdHocCommittee",)), ("invites", ("AdHocCommittee",))],
    ),
    (
        "1. Invites the Chair of the intergovernmental negotiating committee, in consultation with the Bureau, to "
        "consider convening informal consultations between sessions, as required;\n\n"
        "2. Requests the intergovernmental negotiating committee to complete its work and submit the final text of "
        "the framework convention to the General Assembly for its consideration;",
        [("invites", ("AdHocCommittee",)), ("requests", ("AdHocCommittee",))],
    ),
    # the Bureau of a body the vocabulary names stays that body's
    (
        "1. Invites the Bureau of the Commission for Social Development to continue to propose interactive dialogues;",
        [("invites", ("CSocD",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_conference_preparatory_committee(text, expected):
    r = resolution(text, date="2024-12-24", organ=GA)
    assert mandates(r, "verb", "addressees") == expected

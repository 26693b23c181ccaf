"""A decision whose subject is a thing and whose verb is a passive naming its agent: "Decides that a request made in
accordance with paragraph 16 shall be submitted to the Committee jointly by the Kimberley Process and the importing
Member State" (heldout16 S/RES/1893 (2009) op 17; the same wording in S/RES/1683 (2006) op 3, the Government of
Liberia), "further decides that command and control structures and backstopping will be provided by the United
Nations" (heldout17 S/RES/1769 (2007) op 7), "Decides that the Peacebuilding Account shall be managed by the
Peacebuilding Support Office" (A/RES/78/257 op 11) named the deciding organ. The paragraph names who shall act: the
agent after "by" (tests/mandate_gold/README.md, "What counts": a decision's addressee is the deciding organ unless
the paragraph names who shall act). Not a negative ("shall not be used by DPRK individuals", what is forbidden), not
"by" a thing ("shall be replaced by the following", "shall be governed by the rules of procedure of the General
Assembly"), not a subject that is already an actor ("UNMIT will be headed by a Special Representative")."""

import pytest

from resgraph.extract.mandate_clause import PASSIVE_BY
from resgraph.extract.that_opening import PASSIVE_SUBJECT
from tests.snippets import mandates, resolution

CASES = [
    (
        "17. Decides that a request made in accordance with paragraph 16 shall be submitted to the Committee jointly "
        "by the Kimberley Process and the importing Member State;",
        [("decides", ("KimberleyProcess", "MemberStates"))],
    ),
    (
        "3. Decides that a request made in accordance with paragraph 2 shall be submitted to the Committee by the "
        "Government of Liberia and the exporting state, and, in case of approval, the Government of Liberia shall "
        "subsequently mark the weapons and ammunition, and formally notify the Committee that these steps have been "
        "taken;",
        # the exporting State is States too (heldout46 S/RES/1683 (2006) op 3, the gold's state:LBR,States; "exporting
        # state" an alias of States since stop 64)
        [("decides", ("state:LBR", "States"))],
    ),
    (
        "7. Decides that there will be unity of command and control, further decides that command and control "
        "structures and backstopping will be provided by the United Nations;",
        [("decides", ("SecurityCouncil",)), ("decides", ("UNSystemEntities",))],
    ),
    # not "by" an actor: the Council decides
    (
        "14. Decides that paragraph 11 of resolution 2653 (2022) shall be replaced by the following text;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        "2. Decides that the proceedings of the special session shall be governed by the rules of procedure of the "
        "Security Council;",
        [("decides", ("SecurityCouncil",))],
    ),
    # an adjective, a participle inside the destination: the Council decides
    (
        "73. Decides that the review and its preparatory process shall be open to participation by all States "
        "Members of the United Nations;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        "4. Decides that all future authorized shipments of arms shall only be made to receiving sites as designated "
        "by the Government of National Unity and Transition;",
        [("decides", ("SecurityCouncil",))],
    ),
    # a negative: what is forbidden, not who acts
    (
        "8. Decides that the measures shall not be used by the Government of the Sudan to generate revenue;",
        [("decides", ("SecurityCouncil",))],
    ),
    # a subject that is an actor keeps it
    (
        "3. Decides that UNMIT will be headed by a Special Representative of the Secretary-General;",
        [("decides", ("UNMIT",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_passive_agent(text, expected):
    r = resolution(text, date="2009-12-01")
    assert mandates(r, "verb", "addressees") == expected


def test_decision_passive_agent_ga():
    r = resolution(
        "11. Decides that the Peacebuilding Account shall be managed by the Peacebuilding Support Office in "
        "accordance with the relevant rules;",
        date="2024-06-20",
        organ="GA",
    )
    assert mandates(r, "verb", "addressees") == [("decides", ("PBSO",))]


# the subject after the commas of an aside and a condition, its passive and agent after it (A/RES/79/260 op 3 and its
# yearly twins, 74/265 to 80/245; heldout7 24 and heldout40 24 op 3: the Secretary-General); the condition's own subject
# ("if the Assembly is suspended") is not the clause's; a passive with no agent stays the Assembly's (near miss)
AFTER_ASIDE = [
    (
        "3. Decides that, for the year 2025, if a decision of the Security Council results in the need for the "
        "Secretary-General to enter into commitments relating to the maintenance of peace and security in an amount "
        "exceeding 10 million dollars in respect of the decision, that matter shall be brought to the General Assembly, "
        "or, if the Assembly is suspended or not in session, a resumed or special session of the Assembly shall be "
        "convened by the Secretary-General to consider the matter;",
        [("decides", ("SecretaryGeneral",))],
    ),
    (
        "3. Decides that, for the year 2025, the matter shall be brought to the General Assembly;",
        [("decides", ("GeneralAssembly",))],
    ),
    (  # (review X3 of stop 60) a passive and its agent coordinated after the subject's own verb: the Assembly decides
        "3. Decides that, as from 1 January 2026, the mandate of the mission shall be extended until 31 December 2026, "
        "and the report shall be submitted by the Secretary-General;",
        [("decides", ("GeneralAssembly",))],
    ),
]


@pytest.mark.parametrize("text,expected", AFTER_ASIDE)
def test_decision_passive_agent_after_an_aside(text, expected):
    r = resolution(text, date="2024-12-24", organ="GA")
    assert mandates(r, "verb", "addressees") == expected


def test_passive_by_is_linear():
    from tests.growth import LINEAR, growth

    assert growth(lambda n: " " * n + "shall be submitted to" + " x" * n + " by", PASSIVE_BY.match, 2000) < LINEAR
    assert growth(lambda n: " shall be" + " " * n + "x", PASSIVE_BY.match, 2000) < LINEAR
    assert growth(lambda n: " shall be made to" + " x" * n + "ed by", PASSIVE_BY.match, 2000) < LINEAR
    assert growth(lambda n: "the" + " x" * n + " shall be made to x", PASSIVE_SUBJECT.match, 2000) < LINEAR

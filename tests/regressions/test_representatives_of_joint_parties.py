"""The representatives (members, leaders) of the parties of a joint activity: "Calls on both parties to ... maintain
open channels of communication to build confidence, and encourages further contacts between representatives of civil
society" (S/RES/1716 (2006) op 12, the Council's Georgia texts S/RES/1752 (2007) op 10, 1781 (2007) op 16, 1808 (2008)
op 13) named no actor: "representatives of" stood between "between" and the body, so the body was read as what they
represent, not as a party. The representatives act for the body (as "all the members of that committee" asks the
committee): the body is the addressee. A document exchanged between them is still no activity of theirs."""

import pytest

from tests.snippets import mandates, resolution

SC = "The Security Council"

CASES = [
    (
        "12. Calls on both parties to maintain open channels of communication to build confidence, and encourages "
        "further contacts between representatives of civil society;",
        [("calls-upon", ("PartiesToConflict",)), ("encourages", ("CivilSociety",))],
    ),
    (
        "10. Encourages contacts between representatives of civil society of the sides;",
        [("encourages", ("CivilSociety",))],
    ),
    (
        "5. Encourages cooperation between senior representatives of the African Union and the European Union;",
        [("encourages", ("AfricanUnion", "EuropeanUnion"))],
    ),
    # a document exchanged between them: no joint activity, no one
    (
        "5. Welcomes the meeting and encourages the exchange of letters between representatives of civil society;",
        [("encourages", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_representatives_of_joint_parties(text, expected):
    r = resolution(text, date="2006-10-13", organ=SC)
    assert mandates(r, "verb", "addressees") == expected


def test_joint_is_linear():
    from resgraph.extract.agents import JOINT
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "cooperation between " + "representatives of " * n + "x", JOINT.search, 2000) < LINEAR

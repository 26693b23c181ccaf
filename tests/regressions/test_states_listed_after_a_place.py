"""Third held-out gold (tests/mandate_gold/heldout3), S/RES/1346 (2001) op 11: "Encourages the efforts
of ECOWAS towards a lasting and final settlement of the crisis ... caused by the continued fighting in
the border areas of Sierra Leone, Guinea and Liberia" gave Guinea and Liberia as addressees: the first
State after "of" was read as a place, the States listed after it were not. The same in "all United
Nations bodies in Côte d'Ivoire and Liberia", "the States bordering Chad and the Central African
Republic" (about 20 mandates of corpus-full). The Governments a list names stay addressees."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "11. Encourages the efforts of ECOWAS towards a lasting and final settlement of the crisis in the Mano River "
        "Union region caused by the continued fighting in the border areas of Sierra Leone, Guinea and Liberia;",
        [("encourages", ("ECOWAS",))],
    ),
    (
        "14. Urges all the Member States, particularly the States bordering Chad and the Central African Republic, to "
        "facilitate the delivery of equipment;",
        # no Chad, no Central African Republic; the bordering States are some of the Member States
        # (test_some_of_the_states_and_a_thing_s_owners.py)
        [("urges", ("MemberStates",))],
    ),
    (
        "3. Calls upon the Governments of Sierra Leone, Guinea and Liberia to act;",
        [("calls-upon", ("state:SLE", "state:GIN", "state:LBR"))],
    ),
    ("4. Urges Guinea, Liberia and Sierra Leone to cooperate;", [("urges", ("state:GIN", "state:LBR", "state:SLE"))]),
    # a State's side named as a place, after "in" or in a list of places (S/RES/1345 (2001) op 9: no State asked);
    # a capitalised side is a name ("the Government of Southern Sudan": near miss, as before)
    (
        "9. Calls on Kosovo Albanian political leaders, and leaders of the ethnic Albanian communities in the former "
        "Yugoslav Republic of Macedonia, southern Serbia and elsewhere, publicly to condemn violence;",
        [("calls-upon", ("PoliticalActors",))],
    ),
    ("5. Calls on the leaders of the communities in southern Serbia to condemn violence;", [("calls-upon", ())]),
    ("6. Calls upon the Government of Southern Sudan to cooperate;", [("calls-upon", ("state:SDN",))]),
    # (review X3 of stop 60: the side after "the authorities ... in" or "officials in" names the State's authorities or
    # officials, list_members.AUTHORITIES_IN and OFFICIALS_IN, as without it)
    ("7. Calls upon the authorities in eastern Chad to act;", [("calls-upon", ("state:TCD",))]),
    (
        "8. Calls upon the authorities in the eastern Democratic Republic of the Congo to act;",
        [("calls-upon", ("state:COD",))],
    ),
    (
        "9. Urges the authorities and political stakeholders in eastern Chad to cooperate;",
        [("urges", ("PoliticalActors", "state:TCD"))],
    ),
    ("10. Urges civilian and military officials in northern Mali to cooperate;", [("urges", ("state:MLI",))]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_states_listed_after_a_place(text, expected):
    r = resolution(text, date="2001-03-30")
    assert mandates(r, "verb", "addressees") == expected

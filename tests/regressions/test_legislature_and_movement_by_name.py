"""A legislature and an armed movement named otherwise than the vocabulary had them (vocabulary, stop 49).

"Calls on the House of Representatives and the Constitutional Drafting Assembly to carry out their tasks in a spirit
of inclusiveness" (S/RES/2174 (2014) op 3, Libya) named no actor: the country's legislature by its name, read as the
State named last as "the Parliament", "the National Assembly" are (countries.yaml). "calls upon the Hiraak Southern
movement, the Houthi movement and others" (S/RES/2140 (2014) op 3) named none: Houthis by the movement's adjective."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "2. Calls on all parties in Libya to engage in dialogue;\n\n3. Calls on the House of Representatives and the "
        "Constitutional Drafting Assembly to carry out their tasks in a spirit of inclusiveness;",
        [("calls-upon", {"PartiesToConflict"}), ("calls-upon", {"state:LBY"})],
    ),
    (
        "3. Calls upon the Hiraak Southern movement, the Houthi movement and others to constructively partake and to "
        "reject the use of violence to achieve political aims;",
        [("calls-upon", {"Houthis"})],
    ),
    (  # as before: another State's House, named with its State, is no legislature of the State named last
        "4. Welcomes the partnership between the Inter-Parliamentary Union and the House of Representatives of "
        "Indonesia, and encourages the Inter-Parliamentary Union to continue it;",
        [("encourages", {"IPU"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_legislature_and_movement_by_name(text, expected):
    r = resolution(text, date="2014-08-27", organ="SC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

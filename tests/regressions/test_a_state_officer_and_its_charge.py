"""A State's officer named by its Government's possessive, and the charge that qualifies it (the Council's Libya
sanctions renewals, S/RES/2644 (2022) op 3, 2701 (2023), 2769 (2025), 2819 (2026); the gold reads the bare "the focal
point" of the same paragraph in heldout S/RES/2362 (2017) op 3 and heldout13 S/RES/2441 (2018) op 3 as state:LBY).

- "Requests the Government of Libya’s focal point ... to inform the Committee": the focal point is a part of the
  Government that acts for it (mandates.yaml `body_part.parts`, as "MONUSCO’s military component"), also after "the"
  (addressees.PART had read a part only when the body opened the window bare).
- "... focal point responsible for communication with the Committee with respect to ...": whom the charge bears on is
  no addressee (windows.CLAUSE_END "responsible for", not "those responsible for", an alias of the wrongdoers); the
  Committee had been read as the one requested.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "3. Requests the Government of Libya’s focal point responsible for communication with the Committee with respect "
        "to the measures in resolution 2146 (2014) to inform the Committee of any vessels transporting petroleum, "
        "including crude oil and refined petroleum products, illicitly exported from Libya, urges the Government of "
        "Libya to work closely with the National Oil Corporation in that regard;",
        [("requests", {"state:LBY"}), ("urges", {"state:LBY"})],
    ),
    (
        "3. Requests the Government of Libya’s focal point to inform the Committee of any vessels transporting petroleum;",
        [("requests", {"state:LBY"})],
    ),
    (  # a body's part opening the window bare, as before
        "12. Requests MONUSCO’s military component to strengthen its posture;",
        [("requests", {"MONUSCO"})],
    ),
    (  # the wrongdoers' alias goes on to its charge
        "4. Demands that those responsible for the attacks be held accountable and calls upon all States to cooperate;",
        [("demands", set()), ("calls-upon", {"States"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_state_officer_and_its_charge(text, expected):
    r = resolution(
        text,
        date="2022-10-28",
        preamble="Recalling its resolution 1970 (2011) on Libya and the Committee established"
        " pursuant to paragraph 24 of resolution 1970 (2011),",
    )
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

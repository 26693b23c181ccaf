"""Fourth held-out gold (tests/mandate_gold/heldout4), S/RES/2520 (2020) op 9: "Decides to authorise the Member
States of the AU to maintain the deployment of 19,626 uniformed AMISOM personnel" asks the African Union (it
gave Member States, those of the United Nations), as every AMISOM and ATMIS authorization words it."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

CASES = [
    (
        "9. Decides to authorise the Member States of the AU to maintain the deployment of 19,626 uniformed AMISOM "
        "personnel until 28 February 2021;",
        [("decides", ("AfricanUnion",))],
    ),
    (
        "3. Urges Member States of the African Union to contribute troops to AMISOM;",
        [("urges", ("AfricanUnion",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_member_states_of_the_african_union(text, expected):
    doc = f"---\ndate: 2020-05-29\n---\n\nThe Security Council,\n\nRecalling its resolutions,\n\n{text}\n"
    r = extract_source(read_bytes(doc.encode(), "snippet.md"))
    assert [(m.verb, m.addressees) for m in r.mandates] == expected

"""Fourth held-out gold (tests/mandate_gold/heldout4), S/RES/2520 (2020) op 9: "Decides to authorise the Member
States of the AU to maintain the deployment of 19,626 uniformed AMISOM personnel" asks the African Union (it
gave Member States, those of the United Nations), as every AMISOM and ATMIS authorization words it.

Stop 58: the same States named before "Member States" gave the Union and Member States: "calls on other African Union
Member States to consider contributing troops to AMISOM" (heldout39 S/RES/2036 (2012) op 11, the gold's AfricanUnion),
"encourages the AU Member States" (S/RES/2167 (2014) op 20, 2457 (2019) ops 19, 20). Not taken: the Union and Member
States named apart stay two."""

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
    (
        "11. Stresses that coordinated action by all contributors is critical, and calls on other African Union Member "
        "States to consider contributing troops to AMISOM;",
        [("calls-upon", ("AfricanUnion",))],
    ),
    ("20. Encourages the AU Member States to provide support;", [("encourages", ("AfricanUnion",))]),
    ("4. Calls upon African Union member states to provide support;", [("calls-upon", ("AfricanUnion",))]),
    # near miss: the Union and Member States named apart
    (
        "21. Calls upon the African Union and Member States to provide support;",
        [("calls-upon", ("AfricanUnion", "MemberStates"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_member_states_of_the_african_union(text, expected):
    doc = f"---\ndate: 2020-05-29\n---\n\nThe Security Council,\n\nRecalling its resolutions,\n\n{text}\n"
    r = extract_source(read_bytes(doc.encode(), "snippet.md"))
    assert [(m.verb, m.addressees) for m in r.mandates] == expected

"""A receiver after "report to," that closes a shared object: "Requests that the Intergovernmental Oceanographic
Commission regularly consult with, and report to, Member States on the United Nations Decade of Ocean Science" (the
yearly oceans texts, A/RES/74/19 op 303 to A/RES/80/110 op 304, 7 in corpus-full; heldout19 26 op 311: to Member
States) was read as a report to the Assembly, the organ that speaks."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "311. Requests that the Intergovernmental Oceanographic Commission regularly consult with, and report to, "
        "Member States on the United Nations Decade of Ocean Science for Sustainable Development and its "
        "implementation;",
        [("IOC", "MemberStates")],
    ),
    (  # no comma: as before
        "311. Requests the Intergovernmental Oceanographic Commission to report to Member States on the Decade;",
        [("IOC", "MemberStates")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_receiver_after_report_to_and_a_comma(text, expected):
    r = resolution(text, date="2021-12-09", organ="The General Assembly")
    assert reports(r, "by", "to") == expected

"""Another's report handed on is a transmittal, no report due (heldout19 27 op 9, and the earlier sets' "transmit all
reports of the Special Rapporteur", "submit the reports of the High Commissioner ... to the relevant United Nations
bodies"): "Requests the Secretary-General to transmit the report of the Group of Governmental Experts to the Conference
on Disarmament prior to its 2025 session, the Disarmament Commission and the Committee on the Peaceful Uses of Outer
Space" (A/RES/79/21 op 9; A/RES/74/50 op 9, 77/250 op 11) and "to provide all necessary assistance to the open-ended
working group and its Chair and to transmit its report to the Conference on Disarmament and the Disarmament Commission"
(A/RES/76/231 op 7, 78/20 op 9, 78/238 op 10) gave reports of the Secretary-General. The report the paragraph asks
for, transmitted to a second receiver, stays two items ("to submit a report thereon to the General Assembly at its
eightieth session, and also to transmit the report to the Conference on Disarmament", A/RES/79/47 op 13)."""

import pytest

from resgraph.extract import report_mentions
from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

CASES = [
    (
        "9. Requests the Secretary-General to transmit the report of the Group of Governmental Experts to the "
        "Conference on Disarmament prior to its 2025 session, the Disarmament Commission and the Committee on the "
        "Peaceful Uses of Outer Space for consideration and use in their work in accordance with their competence;",
        [],
    ),
    (
        "7. Requests the Secretary-General to provide all necessary assistance to the open-ended working group and its "
        "Chair and to transmit its report to the Conference on Disarmament and the Disarmament Commission;",
        [],
    ),
    (
        "13. Requests the Secretary-General to seek the views of Member States on the issue, and to submit a report "
        "thereon to the General Assembly at its eightieth session, and also to transmit the report to the Conference "
        "on Disarmament;",
        [("SecretaryGeneral", "GeneralAssembly"), ("SecretaryGeneral", "ConferenceOnDisarmament")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_of_another_transmitted_is_no_report(text, expected):
    r = resolution(text, date="2024-12-02", organ="The General Assembly")
    assert reports(r, "by", "to") == expected


def test_transmitted_reads_in_linear_time():
    def make(n):
        return "transmit to the " + "X " * n + "all " + "y " * n + "reports of"

    assert growth(make, lambda t: report_mentions.transmitted(t, 0, len(t) - 10, len(t) - 3), 2000) < LINEAR

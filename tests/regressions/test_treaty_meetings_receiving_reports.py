"""Meetings of a treaty's States parties that the vocabulary lacked, named as a report's receiver: the report went to
the Assembly, the organ that speaks ("to report to the Biennial Meeting of States in 2026", the small arms texts,
A/RES/79/40 op 34, 80/38 op 35; "to submit to the resumed Review Conference an updated report", the fisheries text
A/RES/74/18 op 60), or to the organized crime convention's Conference of the Parties, whose short name opens another's
("for presentation to the Conference of the Parties to the Agreement at its first meeting", A/RES/78/272 op 12, the
agreement on marine biological diversity beyond national jurisdiction). A decision naming the Biennial Meeting as who
shall act is the Meeting's, not the States' inside its name (A/RES/76/232 op 10). actors.yaml PoABiennialMeeting,
CCWMeetingOfParties, FishStocksReviewConference, BBNJCOP.
"""

import pytest

from tests.snippets import mandates, reports, resolution

BBNJ = (
    "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of "
    "Marine Biological Diversity of Areas beyond National Jurisdiction"
)
FISH = (
    "Review Conference on the Agreement for the Implementation of the Provisions of the United Nations Convention on "
    "the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and "
    "Highly Migratory Fish Stocks"
)

REPORTS = [
    (
        "Recalling its resolutions,",
        "34. Requests the Secretariat, within existing resources, to conduct a study on obliterated markings and methods "
        "for marking recovery in the context of the International Tracing Instrument and to report to the Biennial "
        "Meeting of States in 2026;",
        [("Secretariat", "PoABiennialMeeting")],
    ),
    (
        f"Recalling the recommendations of the {FISH},",
        "60. Requests the Secretary-General to submit to the resumed Review Conference an updated report, prepared in "
        "cooperation with the Food and Agriculture Organization of the United Nations;",
        [("SecretaryGeneral", "FishStocksReviewConference")],
    ),
    (
        f"Recalling the adoption of the {BBNJ},",
        "12. Decides that the commission shall prepare a final report on all matters within its mandate for "
        "presentation to the Conference of the Parties to the Agreement at its first meeting;",
        [("GeneralAssembly", "BBNJCOP")],
    ),
    (
        "Recalling its resolutions,",
        "7. Requests the Secretary-General to submit a report on the status of the fund to the 2020 Meeting of the High "
        "Contracting Parties to the Convention;",
        [("SecretaryGeneral", "CCWMeetingOfParties")],
    ),
]


@pytest.mark.parametrize("preamble,text,expected", REPORTS)
def test_treaty_meetings_receiving_reports(preamble, text, expected):
    r = resolution(text, date="2024-12-02", organ="GA", preamble=preamble)
    assert reports(r, "by", "to") == expected


def test_decision_naming_the_biennial_meeting():
    r = resolution(
        "10. Decides that the Eighth Biennial Meeting of States to Consider the Implementation of the Programme of "
        "Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, "
        "to be convened in New York from 27 June to 1 July 2022, will consider the implementation of the Programme of "
        "Action;",
        date="2021-12-24",
        organ="GA",
    )
    assert mandates(r, "verb", "addressees", as_sets=True) == [("decides", {"PoABiennialMeeting"})]

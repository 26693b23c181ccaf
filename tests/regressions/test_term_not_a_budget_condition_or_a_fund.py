"""No mandate term where none is set: the General Assembly's apportionment for a peacekeeping mission
"subject to a decision of the Security Council to extend the mandate of the Mission" (every
financing resolution of corpus-full, 73 read as an extension of `MemberStates`: A/RES/79/309 op 16,
A/RES/76/289 op 13), and a fund, an account or a post set up, which has no mandate to run ("requests
the Secretary-General to establish a trust fund for voluntary contributions to the work of the
investigative mechanism", A/HRC/RES/60/2 op 27; "a special account for the United Nations Support
Office in Haiti", A/RES/80/241 op 2; "a Mission Planning Officer (P-4) post", A/RES/76/283 op 9).
A body set up next to them still is one ("Decides to establish an ongoing independent investigative
mechanism", A/HRC/RES/60/2 op 25)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "GA",
        "16. Further decides to apportion among Member States the amount of 213,568,400 dollars for the period from "
        "16 November 2025 to 30 June 2026, at a monthly rate of 28,475,787 dollars, in accordance with the levels "
        "updated in its resolution 79/250, subject to a decision of the Security Council to extend the mandate of "
        "the Force;",
        "2025-06-30",
        [],
    ),
    (
        "HRC",
        "27. Requests the Secretary-General to establish a trust fund for voluntary contributions to the work of the "
        "investigative mechanism;",
        "2025-10-06",
        [],
    ),
    (
        "GA",
        "2. Authorizes the Secretary-General to establish a special account for the United Nations Support Office in "
        "Haiti for the purpose of accounting for the income received and the expenditure incurred;",
        "2025-12-30",
        [],
    ),
    (
        "GA",
        "9. Takes note of paragraph 17 of the report of the Advisory Committee, and decides to establish a Mission "
        "Planning Officer (P-4) post;",
        "2022-06-29",
        [],
    ),
    (
        "HRC",
        "25. Decides to establish an ongoing independent investigative mechanism to collect, consolidate, preserve "
        "and analyse evidence of international crimes;",
        "2025-10-06",
        [(25, "establishes", "InvestigativeMechanismAfghanistan", None, None)],
    ),
]


@pytest.mark.parametrize("organ,text,adopted,expected", CASES)
def test_no_term_set(organ, text, adopted, expected):
    r = resolution(text, date=adopted, organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected

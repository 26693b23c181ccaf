"""heldout22 21 (E/RES/2024/2 op 11): "Requests that the Bureau of the Statistical Commission review, assess and
report on the progress ... at the fifty-eighth session": a report that names no receiver, given at the session of
another body than the organ that speaks, goes to that body (the Statistical Commission), not to the Economic and
Social Council (report_receivers: the session's organ). "at its Nth session" (the reporter's own) and a receiver
named keep what they had. The Bureau of the Commission reports to it: the reporter stays the Commission (the gold's by
and to), not lost as a reporter read as its own receiver (the first attempt, branch rep38b 3812ee3, lost it)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "11. Requests that the Bureau of the Statistical Commission review, assess and report on the progress towards "
        "the achievement of the objectives of the present resolution at the fifty-eighth session, including by making "
        "recommendations in this regard, while preserving the technical nature of the Commission;",
        [("StatisticalCommission", "StatisticalCommission", 58)],
    ),
    (  # a receiver named keeps it
        "11. Requests the Secretary-General to report to the Economic and Social Council on the progress at the "
        "fifty-eighth session of the Statistical Commission;",
        [("SecretaryGeneral", "ECOSOC", None)],
    ),
    (  # the session of something else (heldout9, E/RES/2022/25 op 8): the Council that speaks (the notes written,
        # the briefings oral: two, test_briefing_notes_are_written.py)
        "8. Welcomes the discussions at the 2022 operational activities for development segment, and requests the "
        "Secretary-General to continue to provide briefing notes and informal briefings on progress in the "
        "implementation of General Assembly resolution 75/233 in preparation for the General Assembly resolution on "
        "the operational activities for development of the United Nations system to be negotiated at the "
        "seventy-seventh session of the General Assembly.",
        [("SecretaryGeneral", "ECOSOC", None), ("SecretaryGeneral", "ECOSOC", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_at_another_bodys_session(text, expected):
    r = resolution(text, date="2024-06-05", organ="ECOSOC")
    assert reports(r, "by", "to", "session") == expected

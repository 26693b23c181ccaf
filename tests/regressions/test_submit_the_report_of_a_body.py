"""Third held-out gold (E/RES/2022/17 op 30 (a)): "that the secretariat should submit the report of
the ad hoc expert group to the Forum at its nineteenth session" was no report: "submit the report
of" asks for one only when a capital followed "of the" ("the report of the Special Envoy"), not a
body written in lower case. The same words after "transmit" hand on another's report and ask for
none: A/RES/74/50 op 9 "Calls upon the Secretary-General to transmit the report of the group of
governmental experts to the General Assembly at its seventy-seventh session" is a transmittal (as
heldout19 27 reads A/RES/79/21 op 9 and earlier sets "transmit all reports of the Special
Rapporteur"; report_mentions.transmitted), while "submit" keeps the ECOSOC report."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "9. Calls upon the Secretary-General to transmit the report of the group of governmental experts to the "
        "General Assembly at its seventy-seventh session;",
        [],  # a transmittal of the group's report, no report due
    ),
    (
        "ECOSOC",
        "30. Further decides:\n\n(a) To establish an open-ended intergovernmental ad hoc expert group, and that the "
        "secretariat should submit the report of the ad hoc expert group to the Forum at its nineteenth session;",
        [(30, "UNFF", 19)],
    ),
    # a report referred to, not asked for
    ("GA", "4. Takes note of the report of the group of governmental experts;", []),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_submit_the_report_of_a_body(organ, text, expected):
    r = resolution(text, date="2019-12-12", organ=organ, preamble="Recalling its resolution 73/266,")
    if organ == "GA":
        assert reports(r, "op", "by", "to", "session") == expected
    else:  # the reporter ("the secretariat") is not read yet
        assert reports(r, "op", "to", "session") == expected

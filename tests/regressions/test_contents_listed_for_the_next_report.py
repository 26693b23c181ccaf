"""What a report is to hold, listed after "to include the following in his next annual report ...:", is its
contents, no reports of their own (audit46 class 3). S/RES/2493 (2019) op 10 "Requests the Secretary-General to
include the following in his next annual report on the implementation of resolution 1325 (2000) and its subsequent
resolutions: ... (c) an assessment of the progress and commitments made on dedicated gender expertise" gave the
assessment as a written report of its own; the next annual report asked to include them is no new report either."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "10. Requests the Secretary-General to include the following in his next annual report on the implementation "
        "of resolution 1325 (2000) and its subsequent resolutions:\n"
        "(a) further information on, progress made and the remaining challenges in the Women, Peace and Security "
        "agenda as well as recommendations to address new and emerging challenges;\n"
        "(b) the implementation of the appointment of gender advisers and/or women protection advisers;\n"
        "(c) an assessment of the progress and commitments made on dedicated gender expertise in expert groups and "
        "monitoring teams in UN Security Council Sanctions Committees and how this commitment is met, as articulated "
        "in previous resolutions;",
        [],
    ),
    (
        # a listed item with a time of its own is still a report
        "11. Requests the Secretary-General to include the following in his next report on the mission:\n"
        "(a) an assessment of the security situation, to be provided to the Council by 1 December 2019;\n"
        "(b) options for the mission's future configuration;",
        [(11, "SecretaryGeneral", "2019-12-01")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_contents_listed_for_the_next_report(text, expected):
    r = resolution(text, date="2019-10-29")
    assert reports(r, "op", "by", "due") == expected

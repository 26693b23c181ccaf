"""Found in a corpus-full sample of report requests (stop 37, seed 37370): "Requests the Panel of Experts to assess in
its midterm update and final report progress towards reducing violations ..." (S/RES/2265 (2016) op 24; the same
wording in S/RES/2200 (2015)) adds to the Panel's midterm update and final report, asked for elsewhere, as "to assess
in its first and final reports" (heldout8 13 op 26) and "in its interim and final reports" (heldout18 10 op 3) do: no
report of its own (tests/mandate_gold/README.md, "include in his next report"). The update named first, with the
report joined to it by "and", was read as a written report to the Committee (report_within.JOINED_BEFORE took
adjectives only before the "and"). A report asked for in its own words stays one."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "24. Requests the Panel of Experts to assess in its midterm update and final report progress towards reducing "
        "violations by all parties of the measures imposed by paragraphs 7 and 8 of resolution 1556 (2005), and to "
        "provide the Committee with information on the individuals and entities that meet the listing criteria in "
        "paragraph 3 (c) of resolution 1591;",
        [],
    ),
    (  # the wording the rule read before, unchanged
        "26. Requests the Panel of Experts to assess in its first and final reports progress towards reducing "
        "violations by all parties;",
        [],
    ),
    (  # a briefing joined in the same way
        "9. Requests the Panel to assess in its briefings and final report the impact of the measures;",
        [],
    ),
    (  # an update and a final report asked for are two (the same resolution, op 2)
        "2. Requests the Panel of Experts to provide no later than 12 August 2016, a midterm update on its work to the "
        "Committee established pursuant to paragraph 3 (a) of resolution 1591 (2005) (hereinafter “the Committee”) and "
        "a final report no later than 13 January 2017 to the Council with its findings and recommendations;",
        [
            ("PanelOfExperts1591", "SanctionsCommittee", "2016-08-12", None),
            ("PanelOfExperts1591", "SecurityCouncil", "2017-01-13", "written"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_in_an_update_and_final_report(text, expected):
    r = resolution(text, date="2016-02-10", organ="SC")
    assert reports(r, "by", "to", "due", "form") == expected

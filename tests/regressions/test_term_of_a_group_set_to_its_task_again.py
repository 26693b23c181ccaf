"""Held-out gold heldout14 S/RES/1455 (2003) op 8: "Requests the Secretary-General ... to reappoint five
experts, drawing ... on the expertise of the members of the Monitoring Group established pursuant to paragraph
4 (a) of resolution 1363 (2001), to monitor for a further period of 12 months the implementation of the
measures" extends the Monitoring Group's mandate for 12 months; S/RES/1390 (2002) op 9 "assign[s] the
Monitoring Group ..., whose mandate expires on 19 January 2002, to monitor, for a period of 12 months" the
same way. The extractor read no term: no verb of renewal. A group reappointed with no time ("to reappoint
the Panel of Experts and to make the necessary financial and security arrangements", the Liberia panels)
sets none here (their extension is a paragraph of its own)."""

import re

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "8. Requests the Secretary-General, upon adoption of this resolution and acting in consultation with the "
        "Committee, to reappoint five experts, drawing, as much as possible and as appropriate, on the expertise of "
        "the members of the Monitoring Group established pursuant to paragraph 4 (a) of resolution 1363 (2001), to "
        "monitor for a further period of 12 months the implementation of the measures referred to in paragraph 1 of "
        "this resolution and to follow up on relevant leads relating to any incomplete implementation of the "
        "measures referred to in paragraph 1 above;",
        # "upon adoption of this resolution" starts the 12 months (the heldout14 gold; test_term_period_from_upon_adoption)
        [(8, "extends", "MonitoringGroup1363", "2004-01-17", "P12M")],
    ),
    (
        "9. Requests the Secretary-General to assign the Monitoring Group established pursuant to paragraph 4 (a) "
        "of resolution 1363 (2001), whose mandate expires on 19 January 2002, to monitor, for a period of 12 months, "
        "the implementation of the measures referred to in paragraph 2 of this resolution;",
        [(9, "extends", "MonitoringGroup1363", None, "P12M")],
    ),
    (  # no time: no term
        "2. Requests the Secretary-General to reappoint the Panel of Experts and to make the necessary financial and "
        "security arrangements to support the work of the Panel;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_group_set_to_its_task_again_for_a_time(text, expected):
    r = resolution(text, date="2003-01-17")
    assert terms(r, "op", "action", "of", "until", "period") == expected


def test_a_run_of_spaces_after_to_monitor_is_linear():
    """REASSIGNED had "to\\s+monitor\\s*,?\\s+for": two runs of spaces side by side, each split of a long run
    of spaces tried, quadratic (t(4n)/t(n) about 16 for 5,000 spaces)."""
    from resgraph.extract import term_continued
    from tests.growth import LINEAR, growth

    reassigned = re.compile(term_continued.REASSIGNED)
    assert growth(lambda n: "assign the Panel to monitor" + " " * n + "x", reassigned.search, 1250) < LINEAR

"""A report word opening an item of a list given inline of what a report asked just before is to hold is a part of
that report, no report of its own (report_contents.inline_item, called by reports._items), as a list set out in
sub-paragraphs is (report_contents.in_contents): "a special report containing: (i) benchmarks ...; (ii)
recommendations ...; (iii) options ...; and (iv) report on the implementation of UNOCI's protection of civilian
strategy" (S/RES/2062 (2012) op 22) is one report, due 31 March 2013, as heldout19 10 op 23 and heldout12 29 op 16 read
"a report containing ...". Kept: an item with a time of its own, a second report with no list marker (A/RES/77/248 op
389, "and a report on the theme"), and a report word in a list of tasks ("and to: (i) ...; (ii) report on")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2062 (2012) op 22
        "22. Requests the Secretary-General to undertake an assessment of the situation in Côte d’Ivoire with a view "
        "to submitting to the Security Council, no later than 31 March 2013, a special report containing: (i) "
        "benchmarks to measure and track progress towards the achievement of long-term stability in Côte d’Ivoire and "
        "to prepare the transition planning; (ii) recommendations on possible adjustments in UNOCI’s structure and "
        "strength; (iii) options to reinforce inter-mission cooperation arrangements between UNOCI and UNMIL; and "
        "(iv)\u00a0report on the implementation of UNOCI’s protection of civilian strategy;",
        "The Security Council",
        "2012-07-26",
        [("SecretaryGeneral", "SecurityCouncil", "2013-03-31")],
    ),
    (  # the same list, its item "an update on" (an article)
        "22. Requests the Secretary-General to submit to the Security Council, no later than 31 March 2013, a special "
        "report containing: (i) benchmarks to measure progress; and (ii) an update on the implementation of the "
        "strategy;",
        "The Security Council",
        "2012-07-26",
        [("SecretaryGeneral", "SecurityCouncil", "2013-03-31")],
    ),
    (  # guard: an item with a time of its own is a report of its own
        "22. Requests the Secretary-General to submit to the Security Council, no later than 31 March 2013, a special "
        "report containing: (i) benchmarks to measure progress; and (ii) a report on the implementation of the "
        "strategy, by 30 June 2013;",
        "The Security Council",
        "2012-07-26",
        [("SecretaryGeneral", "SecurityCouncil", "2013-03-31"), ("SecretaryGeneral", "SecurityCouncil", "2013-06-30")],
    ),
    (  # guard: A/RES/77/248 op 389, no list marker: two reports
        "389. Requests the Secretary-General to submit a comprehensive report on developments and issues relating to "
        "ocean affairs and the law of the sea, including the implementation of the present resolution, and a report "
        "on the theme that is the focus of the twenty-third meeting of the Informal Consultative Process, to the "
        "General Assembly at its seventy-eighth session;",
        "The General Assembly",
        "2022-12-30",
        [("SecretaryGeneral", "GeneralAssembly", None), ("SecretaryGeneral", "GeneralAssembly", None)],
    ),
    (  # guard: a list of tasks after "to:", not a report's contents: the report word keeps its item
        "5. Requests the Secretary-General to submit a report to the Council by 31 March 2013, and to: (i) gather "
        "information; and (ii) report on the implementation of the strategy;",
        "The Security Council",
        "2012-07-26",
        [("SecretaryGeneral", "SecurityCouncil", "2013-03-31"), ("SecretaryGeneral", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,organ,date,expected", CASES)
def test_a_report_word_in_an_inline_contents_list(text, organ, date, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to", "due") == expected

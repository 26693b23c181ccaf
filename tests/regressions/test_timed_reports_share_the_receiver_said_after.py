"""Found in heldout18 (S/RES/1891 (2009) op 2: "Requests the Panel of Experts to provide no later than 31 March 2010 a
midterm briefing on its work and no later than 90 days after adoption of this resolution an interim report to the
Committee established pursuant to paragraph 3 (a) of resolution 1591 (2005) ... and a final report no later than 30
days prior to termination of its mandate to the Council": the briefing goes to the Committee, as the interim report
does; it was read as the Council's). The Sudan Panel's yearly wording (S/RES/1713 (2006), 1779, 1841, 1891, 1945, 2035,
2091): two reports joined by "and", each with its own time written before it, the receiver said once after the second
(report_pairs.TIMED_PAIR); the final report after it keeps its own receiver."""

from tests.snippets import reports, resolution

TEXT = (
    "1. Decides to establish a Panel of Experts to monitor the measures.\n\n"
    "2. Requests the Panel of Experts to provide no later than 31 March 2010 a midterm briefing on its work and no "
    "later than 90 days after adoption of this resolution an interim report to the Committee established pursuant to "
    "paragraph 3 (a) of resolution 1591 (2005) (hereinafter “the Committee”) and a final report no later than 15 September 2010 to the Council with its findings and recommendations;"
)


def test_the_briefing_goes_where_the_interim_report_goes():
    r = resolution(TEXT, date="2009-10-13", organ="SC")
    got = sorted((to, due, form) for (to, due, form) in reports(r, "to", "due", "form"))
    assert got == [
        ("SanctionsCommittee", "2010-01-11", "written"),
        ("SanctionsCommittee", "2010-03-31", "oral"),
        ("SecurityCouncil", "2010-09-15", "written"),
    ]


def test_the_pair_pattern_is_linear():
    from resgraph.extract import report_pairs
    from tests.growth import LINEAR, growth

    assert (
        growth(lambda n: "a report " + "x " * n + "and by " + "y " * n, report_pairs.TIMED_PAIR.search, 1000) < LINEAR
    )

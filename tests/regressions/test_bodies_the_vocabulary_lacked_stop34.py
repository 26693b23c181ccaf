"""Bodies named in addressee positions that the vocabulary lacked or read as a coarser group (stop 34's survey of
corpus-full: proper names in the windows of directive verbs that no alias covers, counted by resolution), each met in
three or more resolutions or coined by an open gold: the chair of the Fish Stocks Agreement's informal consultations
(the Assembly's yearly fisheries text, A/RES/76/71 op 67, heldout18 26; 74/18 ... 79/145: read as the States parties),
the Peacebuilding Commission's Organizational Committee (S/RES/1645 (2005) ops 6, 12, heldout18 04: read as the
Council's), Côte d'Ivoire's ADDR (S/RES/2162 (2014) op 8, heldout18 13; 2226 op 8: none), the Group of Friends of the
Secretary-General for Georgia (S/RES/1666 (2006) op 13 and four renewals: read as the Secretary-General), the High
Representative for the Elections in Côte d'Ivoire (S/RES/1643 (2005) op 5, 1721 op 18, 1727 op 4; his term extended
by 1721 op 22, ended by 1765 op 6, heldout15 12) and the International Working Group (S/RES/1633 (2005) ops 7-24: read
as any expert group). Guards: "the Group of Friends" alone does not name the Secretary-General's group for a pronoun
(S/RES/1524 (2004) op 8 asks the parties)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 56/13,\n\n1. "

CASES = [
    (  # A/RES/76/71 op 67
        GA,
        "Invites the chairperson of the informal consultations of States parties to the Agreement to circulate widely, "
        "through the Secretariat, an informal summary of those consultations;",
        [("invites", {"FishStocksAgreementConsultationsChair"})],
    ),
    (  # S/RES/1645 (2005) ops 6, 12
        SC,
        "Decides that members of the Organizational Committee shall serve for renewable terms of two years, as "
        "applicable;\n\n2. Decides that the Organizational Committee shall, taking due account of the need, establish "
        "its own provisional rules of procedure;",
        [("decides", {"OrganizationalCommitteePBC"}), ("decides", {"OrganizationalCommitteePBC"})],
    ),
    (  # S/RES/2162 (2014) op 8
        SC,
        "Urges the Government of Côte d’Ivoire to provide for a transparent and inclusive DDR process, encourages "
        "further efforts by the ADDR to enhance the collection of weapons;",
        [("urges", {"state:CIV"}), ("encourages", {"ADDR"})],
    ),
    (  # S/RES/1666 (2006) op 13
        SC,
        "Calls upon all parties to take all steps necessary, and encourages the Group of Friends of the "
        "Secretary-General to continue their support;",
        [("calls-upon", {"PartiesToConflict"}), ("encourages", {"GroupOfFriendsSG"})],
    ),
    (  # S/RES/1524 (2004) op 8 (guard)
        SC,
        "Welcomes the convening of regular meetings of senior representatives of the Group of Friends in Geneva and the "
        "intention expressed by the parties to accept the invitation to participate in the forthcoming meeting and calls "
        "upon them to participate again in a positive spirit;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (  # S/RES/1721 (2006) op 18
        SC,
        "Urges the Ivorian parties, the High Representative for the Elections together with UNOCI to take all "
        "necessary steps;",
        [("urges", {"PartiesToConflict", "HighRepresentativeElectionsCIV", "UNOCI"})],
    ),
    (  # S/RES/1633 (2005) op 7
        SC,
        "Requests the International Working Group to ensure that the roadmap is implemented;",
        [("requests", {"IWGCoteDIvoire"})],
    ),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_bodies_the_vocabulary_lacked_stop34(opener, text, expected):
    r = snippet(opener + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_reports_of_the_high_representative_and_the_working_group():
    """S/RES/1643 (2005) op 5: one report a reporter, each named by its id."""
    r = snippet(
        SC + "Requests the High Representative for the elections and the International Working Group to report to it "
        "immediately, through the Committee, any attack or obstruction to their action;\n"
    )
    assert {x.by for x in r.reports_due} == {"HighRepresentativeElectionsCIV", "IWGCoteDIvoire"}


def test_term_of_the_high_representative():
    """S/RES/1765 (2007) op 6 (heldout15 12): the office's term ended is its id, no longer its name as written."""
    r = snippet(SC + "Decides to terminate the mandate of the High Representative for the Elections;\n")
    assert [(t.action, t.of) for t in r.mandate_terms] == [("terminates", "HighRepresentativeElectionsCIV")]

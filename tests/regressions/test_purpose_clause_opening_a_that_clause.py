"""A purpose clause opening a "that" clause ("in order (for X) to ...") is not its subject: the subject after it is
asked, and whom the purpose names is not. Found in sample41's random reading of 120 paragraphs outside every gold
(S/RES/1955 (2010) op 3); 5 mandates on corpus-full: "Decides that in order for the International Tribunal to complete
existing trials ..., the total number of ad litem Judges ... may ... exceed" has no actor acting and is the Council's
decision (1955 op 3, 1901 op 2; heldout14 S/RES/1915 (2010) op 1 reads the same decision without the purpose so),
"Decides that in order to ensure careful consideration of requests ..., the Committee, through the Secretariat, will
immediately acknowledge receipt" asks the Committee (S/RES/2610 (2021) op 85, 2734 (2024) op 88), "requests that in
order to support this effort MINUSTAH make the Joint Special Investigation Unit operational" asks MINUSTAH (S/RES/1608
(2005) op 10). The comma-set purpose of heldout13 A/HRC/RES/57/3 op 24 keeps its reading."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
ICTY = (
    "The Security Council,\n\nRecalling its resolution 827 (1993) establishing the International Tribunal for the "
    "Former Yugoslavia,\n\n1. "
)
HRC = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        ICTY,
        "Decides that in order for the International Tribunal to complete existing trials or conduct additional "
        "trials, the total number of ad litem Judges serving at the International Tribunal may from time to time "
        "temporarily exceed the maximum of nine provided for in article 11, paragraph 1, of the Statute of the "
        "International Tribunal, to a maximum of twelve at any one time, returning to a maximum of nine by 31 "
        "December 2011;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        ICTY,
        "Decides that in order for the International Tribunal to complete existing trials or conduct additional trials "
        "the total number of ad litem Judges serving at the International Tribunal may from time to time temporarily "
        "exceed the maximum of nine provided for in article 11, paragraph 1, of the Statute of the International "
        "Tribunal, to a maximum of twelve at any one time, returning to a maximum of nine by 31 December 2010;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        SC,
        "Decides that in order to ensure careful consideration of requests for basic and extraordinary exemptions from "
        "the assets freeze submitted under paragraphs 84 (a) and 84 (b), the Committee, through the Secretariat, will "
        "immediately acknowledge receipt of the request;",
        [("decides", ("SanctionsCommittee",))],
    ),
    (
        SC,
        "Requests that in order to support this effort MINUSTAH make the Joint Special Investigation Unit operational "
        "as soon as possible;",
        [("requests", ("MINUSTAH",))],
    ),
    (
        HRC,
        "Decides that, in order to provide the necessary support to the mandate holder, the mandate holder shall "
        "benefit from additional dedicated and specific resources and expertise to be provided by the Office of the "
        "High Commissioner;",
        [("decides", ("OHCHR",))],
    ),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_purpose_clause_opening_a_that_clause(head, text, expected):
    r = snippet(head + text + "\n")
    assert mandates(r, "verb", "addressees") == expected

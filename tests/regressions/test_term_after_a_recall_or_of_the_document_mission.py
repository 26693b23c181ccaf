"""Terms set in a paragraph that opens by recalling or welcoming, of bodies named in a list, of the
mission the document is about, or ended with an adverb before the object. "Recalls paragraph 22 of
resolution 2628 (2022), ..., and extends its authorisations until 31 December 2023" (the ATMIS
authorizations, S/RES/2687 (2023) op 17 and four renewals: read as recalled, no term; of the
paragraph recalled); "Notes ... and reaffirms the authorization for the multinational force ... and
decides to extend the mandate of the multinational force ... until 31 December 2006" (S/RES/1637
(2005), 1723, 1790); "Welcomes ..., extends the mandate of UNAMIS by a further three months until 10
March 2005" (S/RES/1574 (2004) op 7); "..., and in this regard decides to extend the mandate of the
10-Year Framework of Programmes ... until 31 December 2030" (A/RES/76/202 op 9); "the respective
mandates of ... (UNOCI) and of the French forces which support it shall be extended" (S/RES/1652
(2006) op 1, 1739, 1765, 1795, 1826, 1865: the French forces were left out); "Decides to extend the
present mandate until 31 July 2003" with no body named: the mission the document names most (UNIFIL,
S/RES/1461 (2003) op 2 and five renewals to 2005); "Decides to terminate immediately the mandates of
UNMOVIC and the IAEA" (S/RES/1762 (2007) op 1) and "to terminate, with immediate effect, the measures"
(S/RES/1940 (2010) op 1)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "17. Recalls paragraph 22 of resolution 2628 (2022), extended in paragraph 1 to resolution 2670 (2022), and "
        "extends its authorisations until 31 December 2023;",
        "SC",
        "2023-06-27",
        [(17, "extends", "S/RES/2628(2022)#22", "2023-12-31", None)],
    ),
    (
        "1. Notes that the presence of the multinational force in Iraq is at the request of the Government of Iraq "
        "and reaffirms the authorization for the multinational force as set forth in resolution 1546 (2004) and "
        "decides to extend the mandate of the multinational force as set forth in that resolution until 31 December "
        "2006;",
        "SC",
        "2005-11-08",
        [(1, "extends", "MNF", "2006-12-31", None)],
    ),
    (
        "7. Welcomes the preparatory work already carried out by the United Nations Advance Mission in Sudan "
        "(UNAMIS), established by its resolution 1547 (2004), endorses the proposals in the Secretary-General’s "
        "reports to increase its staffing, extends the mandate of UNAMIS by a further three months until 10 March "
        "2005, and calls on the parties to commit to full cooperation with UNAMIS,",
        "SC",
        "2004-11-19",
        [(7, "extends", "UNAMIS", "2005-03-10", "P3M")],
    ),
    (
        "9. Also recognizes the need to accelerate the shift towards sustainable consumption and production "
        "patterns, and in this regard decides to extend the mandate of the 10-Year Framework of Programmes on "
        "Sustainable Consumption and Production Patterns until 31 December 2030;",
        "GA",
        "2021-12-17",
        [
            (
                9,
                "extends",
                "10-Year Framework of Programmes on Sustainable Consumption and Production Patterns",
                "2030-12-31",
                None,
            )
        ],
    ),
    (
        "1. Decides that the respective mandates of the United Nations Operation in Côte d’Ivoire (UNOCI) and of the "
        "French forces which support it shall be extended until 15 December 2006;",
        "SC",
        "2006-01-24",
        [(1, "extends", "UNOCI", "2006-12-15", None), (1, "extends", "FrenchForces", "2006-12-15", None)],
    ),
    (
        "1. Decides to terminate immediately the mandates of UNMOVIC and the IAEA under the relevant resolutions;",
        "SC",
        "2007-06-29",
        [(1, "terminates", "UNMOVIC", None, None), (1, "terminates", "IAEA", None, None)],
    ),
    (
        "1. Decides to terminate, with immediate effect, the measures set forth in paragraphs 2, 4 and 5 of "
        "resolution 1171 (1998);",
        "SC",
        "2010-09-29",
        [(1, "terminates", "S/RES/1171(1998)#2,4,5", None, None)],
    ),
]


@pytest.mark.parametrize("text,organ,adopted,expected", CASES)
def test_term_after_a_recall(text, organ, adopted, expected):
    r = resolution(text, date=adopted, organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected


UNIFIL = (
    "1. Endorses the report of the Secretary-General on UNIFIL of 14 January 2003, and in particular its "
    "recommendation to renew the mandate of UNIFIL for a further period of six months;\n\n"
    "2. Decides to extend the present mandate until 31 July 2003;\n\n"
    "3. Takes note of the completion of the reconfiguration of UNIFIL as outlined in the Secretary-General’s report;"
)


def test_the_present_mandate_is_the_document_mission():
    r = resolution(UNIFIL, date="2003-01-30", preamble="Emphasizing the interim nature of UNIFIL,")
    assert terms(r, "op", "action", "of", "until", "period") == [(2, "extends", "UNIFIL", "2003-07-31", None)]

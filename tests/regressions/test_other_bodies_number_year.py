"""A/HRC/RES/56/17 and 5 other HRC resolutions of corpus-full: "African Commission on Human and
Peoples' Rights resolution 91 and decisions 250/2002, 275/2003 and 428/12" became A/DEC/250/2002
(a General Assembly session 250, year 2195: a SHACL violation). Number/year pairs and sessions the
Assembly has not reached name no United Nations series."""

import pytest

from tests.snippets import snippet


@pytest.mark.parametrize(
    "text, targets",
    [
        (
            "Recalling General Assembly resolution 60/251 of 15 March 2006, African Commission on Human and Peoples’ "
            "Rights resolution 91 and decisions 250/2002, 275/2003 and 428/12,",
            {"A/RES/60/251"},
        ),
        ("Recalling its resolutions 2004/25 and 2005/21,", {"E/RES/2004/25", "E/RES/2005/21"}),
        ("Recalling its decision 67/541,", {"A/DEC/67/541"}),
    ],
)
def test_number_year_pairs_of_other_bodies(text, targets):
    r = snippet("The General Assembly,\n\n" + text + "\n\n1. Requests the Secretary-General to report;\n")
    assert {c.target for c in r.citations} == targets

"""Bare "national authorities" asked in a text about one State are that State (README "What counts", ruling of stop
30: the authorities of the one country a resolution is about): "encourages national authorities to promote national
legislation in this regard" (S/RES/2243 (2015) op 25 on Haiti, read in sample39's draw; 2119, 2180, 2313 alike) is
state:HTI, as "the national authorities" already was (countries.yaml `subject_authorities_listed`). A text about no one
State keeps NationalAuthorities: "Encourages national authorities in this context" (thematic); and "the Gulf of Guinea"
names no State, so a text on piracy there is about none (S/RES/2039 (2012) op 2: NationalAuthorities, not Guinea's)."""

import pytest

from tests.snippets import mandates, resolution

HAITI = (
    "1. Decides to extend the mandate of MINUSTAH as contained in its resolutions on Haiti;\n\n"
    "2. Calls upon the Government of Haiti to continue to promote the rights of women and children;\n\n"
    "3. Encourages national authorities to promote national legislation in this regard;"
)
GULF = (
    "1. Condemns all acts of piracy and armed robbery at sea committed off the coast of the States of the Gulf of "
    "Guinea;\n\n"
    "2. Encourages national authorities, as well as regional and international partners, to ensure that pirates "
    "are prosecuted;\n\n"
    "3. Calls upon the States of the Gulf of Guinea to take prompt action at the national level;"
)
THEMATIC = "1. Encourages national authorities in this context to strengthen legislation;"

CASES = [
    (HAITI, [(2, "calls-upon", {"state:HTI"}), (3, "encourages", {"state:HTI"})]),
    (
        GULF,
        [
            (2, "encourages", {"NationalAuthorities", "RegionalPartners", "DevelopmentPartners"}),
            (3, "calls-upon", {"States"}),
        ],
    ),
    (THEMATIC, [(1, "encourages", {"NationalAuthorities"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_bare_national_authorities_of_the_one_state(text, expected):
    r = resolution(text, date="2015-10-14")
    got = [m for m in mandates(r, "op", "verb", "addressees", as_sets=True) if m[1] != "decides"]
    assert got == expected

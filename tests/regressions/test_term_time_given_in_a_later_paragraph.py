"""A term whose time a later paragraph gives (extract/term_later.py): the start of an initial period
("Decides also that the Verification Mission shall begin all verification activities on 26 September
2017, ... and that this will commence the initial 12 month period provided for in paragraph 1",
S/RES/2366 (2017) op 3: op 1's establishment ran to no date; heldout4 gold 2018-09-26), and the length
of a mandate just established ("Decides that the mandate of UNMIN, in view of the particular
circumstances, will be for a period of 12 months from the date of this resolution", S/RES/1740 (2007)
op 2: op 1 had no time)."""

from tests.snippets import resolution, terms

COLOMBIA = (
    "1. Decides to establish a political mission in Colombia, the United Nations Verification Mission in Colombia "
    "(the Verification Mission), for an initial period of 12 months, headed by a Special Representative of the "
    "Secretary-General;\n\n"
    "2. Decides further that the Verification Mission shall verify implementation by the Government of Colombia and "
    "FARC-EP of section 3.2 and 3.4 of the Final Agreement;\n\n"
    "3. Decides also that the Verification Mission shall begin all verification activities on 26 September 2017, "
    "immediately after completion of the mandate of the United Nations Mission in Colombia established by resolution "
    "2261 (2016), and that this will commence the initial 12 month period provided for in paragraph 1;"
)

NEPAL = (
    "1. Decides to establish a United Nations political mission in Nepal (UNMIN) under the leadership of a Special "
    "Representative of the Secretary-General;\n\n"
    "2. Decides that the mandate of UNMIN, in view of the particular circumstances, will be for a period of 12 "
    "months from the date of this resolution, and expresses its intention to terminate or further extend that "
    "mandate upon request of the Government of Nepal;"
)


def test_an_initial_period_started_later():
    r = resolution(COLOMBIA, date="2017-07-10")
    assert terms(r, "op", "action", "of", "until", "period") == [(1, "establishes", "UNVMC", "2018-09-26", "P12M")]


def test_a_length_given_later():
    r = resolution(NEPAL, date="2007-01-23")
    assert terms(r, "op", "action", "of", "until", "period") == [(1, "establishes", "UNMIN", "2008-01-23", "P12M")]

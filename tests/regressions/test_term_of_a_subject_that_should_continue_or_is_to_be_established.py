"""Terms set by what a body named as a decision's subject shall do for a time: "Also decides that the
Independent International Fact-Finding Mission on the Islamic Republic of Iran, established following
the protests that began on 16 September 2022, should continue for one year with the following
mandate" (A/HRC/RES/58/21 op 7: extended, of the mission as written, the vocabulary lacking it);
"the Committee shall be assisted by an Office of the Ombudsperson, to be established for an initial
period of 18 months from the date of adoption of this resolution" (S/RES/1904 (2009) op 20)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "HRC",
        "7. Also decides that the Independent International Fact-Finding Mission on the Islamic Republic of Iran, "
        "established following the protests that began on 16 September 2022, should continue for one year with the "
        "following mandate: (a) To thoroughly and independently investigate;",
        "2025-04-03",
        [(7, "extends", "Independent International Fact-Finding Mission on the Islamic Republic of Iran", None, "P1Y")],
    ),
    (
        "SC",
        "20. Decides that, when considering delisting requests, the Committee shall be assisted by an Office of the "
        "Ombudsperson, to be established for an initial period of 18 months from the date of adoption of this "
        "resolution;",
        "2009-12-17",
        [(20, "establishes", "Ombudsperson", "2011-06-17", "P18M")],
    ),
    (  # States are no body whose term a decision sets
        "SC",
        "3. Decides that all States shall continue for one year to report to the Committee;",
        "2009-12-17",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,date,expected", CASES)
def test_term(organ, text, date, expected):
    r = resolution(text, date=date, organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected

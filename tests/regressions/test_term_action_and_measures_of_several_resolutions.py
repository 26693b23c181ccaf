"""Held-out gold: S/RES/1464 (2003) op 9 "authorizes Member States ... for a period of six months
after which the Council will ... decide whether to renew this authorization" was an extension (the
future renewal's verb); S/RES/2107 (2013) op 3 "terminate the measures in paragraphs 2 (c), 2 (d)
and 3 (c) of resolution 686 (1991), paragraph 30 of resolution 687 (1991) and the arrangements set
forth in paragraph 14 of resolution 1284 (1999)" gave the first measures alone; S/RES/2362 (2017)
op 2 "extend until 15 November 2018 the authorizations provided by and the measures imposed by
resolution 2146 (2014)" no term (no paragraph named); and measures that "shall remain in force
until 3 June 2003" (S/RES/1476 (2003)) none. A resolution's measures named further on in the clause
are not what a body's mandate is extended for (S/RES/2276 (2016) op 1)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "9. Acting under Chapter VII of the Charter of the United Nations, authorizes Member States participating in "
        "the ECOWAS forces together with the French forces supporting them to take the necessary steps, for a period "
        "of six months after which the Council will assess the situation and decide whether to renew this "
        "authorization;",
        [(9, "authorizes", "MemberStates", None, "P6M")],
    ),
    (
        "3. Decides, under Chapter VII of the Charter of the United Nations, to terminate the measures in paragraphs "
        "2 (c), 2 (d) and 3 (c) of resolution 686 (1991), paragraph 30 of resolution 687 (1991) and the arrangements "
        "set forth in paragraph 14 of resolution 1284 (1999), and reaffirmed in subsequent relevant resolutions;",
        [
            (3, "terminates", "S/RES/686(1991)#2,3", None, None),
            (3, "terminates", "S/RES/687(1991)#30", None, None),
            (3, "terminates", "S/RES/1284(1999)#14", None, None),
        ],
    ),
    (
        "2. Decides to extend until 15 November 2018 the authorizations provided by and the measures imposed by "
        "resolution 2146 (2014), and decides further that the authorisations provided by and the measures imposed by "
        "that resolution shall apply with respect to vessels;",
        [(2, "extends", "S/RES/2146(2014)", "2018-11-15", None)],
    ),
    (
        "1. Decides that the provisions contained in paragraph 4 of resolution 1472 (2003) shall remain in force "
        "until 3 June 2003 and may be subject to further renewal by the Council;",
        [(1, "extends", "S/RES/1472(2003)#4", "2003-06-03", None)],
    ),
    (
        "1. Decides to extend until 24 April 2017 the mandate of the Panel of Experts, as specified in paragraph 26 of "
        "resolution 1874 (2009), decides that this mandate shall apply also with respect to the measures imposed in "
        "resolution 2270 (2016);",
        [(1, "extends", "PanelOfExperts1874", "2017-04-24", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_what_a_term_does_and_is_of(text, expected):
    r = resolution(text, date="2003-02-04")
    assert terms(r, "op", "action", "of", "until", "period") == expected

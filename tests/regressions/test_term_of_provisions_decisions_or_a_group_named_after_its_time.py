"""Terms whose object was not a word the extension pattern knew had none: "Decides to renew the
decisions in paragraphs 2 and 3 of Security Council resolution 2165 (2014), for a period of six
months, that is, until 10 July 2020" (the Syria cross-border authorization, S/RES/2504 (2020) and
every renewal from S/RES/2191 (2014)); "to renew the provisions set out in paragraphs 15 and 17 of
resolution 2182 (2014) ... until 15 November 2023" (S/RES/2662 (2022) and the Somalia renewals
since 2014), "to extend the provisions of resolution 1330 (2000) until 3 July 2001" (S/RES/1352
(2001)); "Requests the Secretary-General to extend, for a period expiring on 31 December 2008, the
Group of Experts established pursuant to resolution 1771" (S/RES/1807 (2008) and the DRC renewals
to 2014); "Decides to renew, for a period of two years, the capacity of the Office of the High
Commissioner" (third held-out gold, A/HRC/RES/58/17 op 15). Not terms: a deadline extended
("Extends to 15 August 2017 the deadline for the submission of the final report of the Group of
Experts", S/RES/2360 (2017) op 5). The provisions of a Council resolution named with no year ("the provisions
of paragraphs 20 to 22 of resolution 1493", S/RES/1552 (2004): was read as a term of the parties to
the conflict, then as none) are that of the year its number falls in (vocab/sc_years.yaml)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "SC",
        "3. Decides to renew the decisions in paragraphs 2 and 3 of Security Council resolution 2165 (2014), for a "
        "period of six months, that is, until 10 July 2020, excluding the border crossings at Al-Ramtha;",
        "2020-01-10",
        [(3, "extends", "S/RES/2165(2014)#2,3", "2020-07-10", "P6M")],
    ),
    (
        "SC",
        "41. Decides to renew the provisions set out in paragraphs 15 and 17 of resolution 2182 (2014), and expanded "
        "by paragraph 5 of resolution 2607 (2021) to cover IED components, until 15 November 2023;",
        "2022-11-17",
        [(41, "extends", "S/RES/2182(2014)#15,17", "2023-11-15", None)],
    ),
    (
        "SC",
        "1. Decides to extend the provisions of resolution 1330 (2000) until 3 July 2001;",
        "2001-06-01",
        [(1, "extends", "S/RES/1330(2000)", "2001-07-03", None)],
    ),
    (
        "SC",
        "6. Requests the Secretary-General to extend, for a period expiring on 30 November 2010, the Group of Experts "
        "established pursuant to resolution 1533 (2004) and renewed by subsequent resolutions;",
        "2009-11-30",
        [(6, "extends", "GroupOfExperts1533", "2010-11-30", None)],
    ),
    (
        "HRC",
        "15. Decides to renew, for a period of two years, the capacity of the Office of the High Commissioner, "
        "including its field-based structure in Seoul, to allow the implementation of relevant recommendations;",
        "2025-04-04",
        [(15, "extends", "OHCHR", None, "P2Y")],
    ),
    (
        "SC",
        "5. Extends to 15 August 2017 the deadline for the submission of the final report of the Group of Experts "
        "requested in paragraph 9 of resolution 2293 (2016);",
        "2017-06-21",
        [],
    ),
    (
        "SC",
        "2. Decides, in light of the failure by the parties to comply with these demands, to renew, until 31 July "
        "2005, the provisions of paragraphs 20 to 22 of resolution 1493 and all the provisions of resolution 1533;",
        "2004-07-27",
        [(2, "extends", "S/RES/1493(2003)#20,21,22", "2005-07-31", None)],
    ),
]


@pytest.mark.parametrize("organ,text,adopted,expected", CASES)
def test_what_a_term_is_of(organ, text, adopted, expected):
    r = resolution(text, date=adopted, organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected

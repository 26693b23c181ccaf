"""Endings in other words than "terminate" were no terms (SC survey of 1 December 2026, seed 1201 and
a scan of every Council text of corpus-full): a body dissolved ("Decides further to dissolve the
Committee established by paragraph 9 of resolution 748 (1992)", S/RES/1506 (2003) op 2; S/RES/1343,
1367, 1448, 1521, 1823, 1940, 2283, 2288 (2001-2016) and S/2023/639 likewise) ends a committee of
the Council (SanctionsCommittee), a group or a panel (by the resolution that set it up); measures
lifted ("Decides to lift, with immediate effect, the measures set forth in paragraphs 4, 5 and 6 of
its resolution 748 (1992) and ...", S/RES/1506 op 1; "decides to lift the arms embargo established
in resolution 733 (1992)", S/RES/2714 (2023) op 1; "the arms embargoes, travel bans, asset freezes
and targeted sanctions imposed on Eritrea by the Security Council in its resolutions 1907 (2009)
2023 (2011), 2060 (2012) and 2111 (2013)", S/RES/2444 (2018) op 4: one term a resolution); an
ending in the passive or the future, with its date after it ("shall be terminated from 23.59 Libyan
local time on 31 October 2011", S/RES/2016 (2011); "will cease to have effect", S/RES/1452 (2002);
"UNMIN's mandate will terminate on 15 January 2011", S/RES/1939 (2010); "the measures contained in
paragraphs 3 to 7 of resolution 1725 (2006) shall no longer apply;", S/RES/1744 (2007)). Not an
ending: one on a condition ("shall be terminated immediately if the Council ... determines", as the
gold reads S/RES/1478 (2003) op 12), for one listed ("shall terminate with respect to that
individual"), measures that no longer apply to some supplies (as the gold reads S/RES/2683 (2023) op
2), what others are asked to dissolve."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Decides further to dissolve the Committee established by paragraph 9 of resolution 748 (1992);",
        [(2, "terminates", "SanctionsCommittee", None, None)],
    ),
    (
        "1. Decides to terminate the prohibitions imposed by paragraphs 5, 6, and 7 of resolution 1343 (2001) and "
        "paragraphs 17 and 28 of resolution 1478 (2003) and to dissolve the committee established under resolution "
        "1343 (2001);",
        [
            (1, "terminates", "S/RES/1343(2001)#5,6,7", None, None),
            (1, "terminates", "S/RES/1478(2003)#17,28", None, None),
            (1, "terminates", "SanctionsCommittee", None, None),
        ],
    ),
    (
        "2. Decides further to dissolve with immediate effect the Committee established by paragraph 14 of "
        "resolution 1572 (2004) and the Group of Experts established pursuant to paragraph 7 of resolution 1584 "
        "(2005), and subsequently extended;",
        [
            (2, "terminates", "SanctionsCommittee", None, None),
            (2, "terminates", "GroupOfExperts1572", None, None),
        ],
    ),
    (
        "3. Decides to dissolve with immediate effect the Panel of Experts established by paragraph 11 of resolution "
        "2374 (2017);",
        [(3, "terminates", "PanelOfExperts2374", None, None)],
    ),
    (
        "3. Decides further to dissolve the Committee established by paragraph 22 of resolution 864 (1993) with "
        "immediate effect;",
        [(3, "terminates", "SanctionsCommittee", None, None)],
    ),
    (
        "1. Decides to lift, with immediate effect, the measures set forth in paragraphs 4, 5 and 6 of its "
        "resolution 748 (1992) and paragraphs 3, 4, 5, 6 and 7 of its resolution 883 (1993);",
        [
            (1, "terminates", "S/RES/748(1992)#4,5,6", None, None),
            (1, "terminates", "S/RES/883(1993)#3,4,5,6,7", None, None),
        ],
    ),
    (
        "1. Recalls paragraph 5 of resolution 733 (1992), and, recognising the progress made, decides to lift the "
        "arms embargo established in resolution 733 (1992) as amended;",
        [(1, "terminates", "S/RES/733(1992)", None, None)],
    ),
    (
        "4. Decides to lift from the date of adoption of this resolution the arms embargoes, travel bans, asset "
        "freezes and targeted sanctions imposed on Eritrea by the Security Council in its resolutions 1907 (2009) "
        "2023 (2011), 2060 (2012) and 2111 (2013);",
        [
            (4, "terminates", "S/RES/1907(2009)", None, None),
            (4, "terminates", "S/RES/2023(2011)", None, None),
            (4, "terminates", "S/RES/2060(2012)", None, None),
            (4, "terminates", "S/RES/2111(2013)", None, None),
        ],
    ),
    (
        "5. Decides that the provisions of paragraphs 4 and 5 of resolution 1973 (2011) shall be terminated from "
        "23.59 Libyan local time on 31 October 2011;",
        [(5, "terminates", "S/RES/1973(2011)#4,5", "2011-10-31", None)],
    ),
    (
        "4. Decides that the exception provided for in paragraph 4 (b) of resolution 1267 (1999) will cease to have "
        "effect from the date of adoption of this resolution;",
        [(4, "terminates", "S/RES/1267(1999)#4", None, None)],
    ),
    (
        "2. Decides further, in line with the request from the Government of Nepal that UNMIN\u2019s mandate will "
        "terminate on 15 January 2011 after which date UNMIN will leave Nepal;",
        [(2, "terminates", "UNMIN", "2011-01-15", None)],
    ),
    (
        "12. Decides that, having regard to the establishment of AMISOM, the measures contained in paragraphs 3 to 7 "
        "of resolution 1725 (2006) shall no longer apply;",
        [(12, "terminates", "S/RES/1725(2006)#3,4,5,6,7", None, None)],
    ),
    (  # on a condition
        "12. Decides that the measures imposed by paragraphs 5 to 7 of resolution 1343 (2001) shall be terminated "
        "immediately if the Council determines that the Government of Liberia has complied;",
        [],
    ),
    (  # for one listed
        "50. Decides that the requirement for States to take the measures described in paragraph 1 of resolution "
        "2161 (2014) shall terminate with respect to that individual after 60 days;",
        [],
    ),
    (  # in part
        "2. Decides that the notification requirements set out in paragraph 2 of resolution 2633 (2022) shall no "
        "longer apply to the supply, sale or transfer of non-lethal military equipment;",
        [],
    ),
    (  # others asked
        "5. Requests the Government to dissolve the militias and calls upon all parties to cooperate;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_ended_in_other_words(text, expected):
    r = resolution(text, date="2010-12-16", symbol="S/RES/1950 (2010)")
    assert terms(r, "op", "action", "of", "until", "period") == expected

"""What a human rights mandate is of, named as written, ends where its name ends: ", which is to
assess, monitor and report" (A/HRC/RES/54/31 op 39), " as defined by the Human Rights Council in its
resolution 51/25" (A/HRC/RES/54/23 op 4), " under the same terms as provided for by" (A/HRC/RES/57/31
op 3), ", composed of three members" (A/HRC/RES/55/1 op 15), ", and requests the Special Rapporteur"
(A/HRC/RES/54/36 op 31: "..., and"), " appointed by the High Commissioner" (A/HRC/RES/55/24 op 9: read
as the High Commissioner's); an actor named later in the paragraph is not what "the mandate of" names
("the mandate of the open-ended intergovernmental working group ..., civil society", A/HRC/RES/54/11
op 1: read as CivilSociety; now ExpertGroup, as heldout30 28 reads it; "the mandate of the Special Adviser and
the Team ... ISIL", S/RES/2490 (2019) op 2), while one named in it still is ("the mandate of the Commission", S/RES/2621 (2022) op
7, UNCC)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "HRC",
        "39. Decides to renew, for a period of one year, the mandate of the Independent Expert on the situation of "
        "human rights in the Central African Republic, which is to assess, monitor and report on the situation;",
        [(39, "extends", "Independent Expert on the situation of human rights in the Central African Republic", "P1Y")],
    ),
    (
        "HRC",
        "4. Decides to extend the mandate of the Special Rapporteur on the situation of human rights in the Russian "
        "Federation as defined by the Human Rights Council in its resolution 51/25 for a period of one year;",
        [(4, "extends", "Special Rapporteur on the situation of human rights in the Russian Federation", "P1Y")],
    ),
    (
        "HRC",
        "3. Decides to extend the mandate of the Special Rapporteur on the promotion and protection of human rights "
        "in the context of climate change under the same terms as provided for by the Human Rights Council in its "
        "resolution 48/14, for a period of three years;",
        [
            (
                3,
                "extends",
                "Special Rapporteur on the promotion and protection of human rights in the context of climate change",
                "P3Y",
            )
        ],
    ),
    (
        "HRC",
        "15. Decides to extend the mandate of the Commission on Human Rights in South Sudan, composed of three "
        "members, for a further period of one year;",
        [(15, "extends", "Commission on Human Rights in South Sudan", "P1Y")],
    ),
    (
        "HRC",
        "31. Decides to extend for two years the mandate of Special Rapporteur on the situation of human rights in "
        "Cambodia, and requests the Special Rapporteur to report on the implementation of his mandate;",
        [(31, "extends", "Special Rapporteur on the situation of human rights in Cambodia", "P2Y")],
    ),
    (
        "HRC",
        "9. Decides to extend, for a renewable period of one year, the mandate of the independent human rights "
        "expert appointed by the High Commissioner and tasked with undertaking the monitoring of the human rights "
        "situation in Haiti;",
        [(9, "extends", "independent human rights expert", "P1Y")],
    ),
    (
        "HRC",
        "1. Decides to renew the mandate of the open-ended intergovernmental working group for a period of three "
        "years, with a mandate to continue to elaborate the content of an international regulatory framework, with "
        "the participation of civil society;",
        # the vocabulary's ExpertGroup, the group's name ending in its alias (heldout30 28 op 1;
        # test_term_of_a_working_group_named_by_its_kind.py)
        [(1, "extends", "ExpertGroup", "P3Y")],
    ),
    (
        "SC",
        "2. Takes note of the request from the Government of Iraq and decides to extend until 21 September 2020 the "
        "mandate of the Special Adviser and the Team, to collect evidence of acts committed by ISIL (Da’esh);",
        [(2, "extends", "Special Adviser and the Team", None)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_named_at_length(organ, text, expected):
    r = resolution(text, date="2024-04-04", organ=organ)
    assert terms(r, "op", "action", "of", "period") == expected


def test_a_body_named_by_the_mandate_of_words_stays():
    text = (
        "1. Welcomes the work of the United Nations Compensation Commission;\n\n"
        "7. Decides to terminate the mandate of the Commission, and directs the Commission to conclude the "
        "outstanding matters;"
    )
    r = resolution(text, date="2022-02-22")
    assert terms(r, "op", "action", "of") == [(7, "terminates", "UNCC")]

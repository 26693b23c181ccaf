"""Renewals the corpus-full survey of "Decides to extend/renew" paragraphs with no term found
(Security Council, 2020-2026, some 35 paragraphs), each said in a way the object of the renewal
was not read:
- a list of paragraphs with ", and": "the measures and provisions as set out in paragraphs 9, 14,
  and 16 to 19 of resolution 2399 (2018)" (S/RES/2507 op 4 and its yearly successors), "paragraphs
  3, 4, 5, 6, 7, 8, and 9 of resolution 2653 (2022)" (S/RES/2700 op 3);
- all of a resolution's authorizations or measures with no participle, or "as set out":
  "the authorisations and the measures in resolution 2146 (2014)" (S/RES/2571 op 2), "the
  authorizations as set out in resolution 2526 (2020)" (S/RES/2578 op 1), and a resolution itself:
  "Decides to extend resolution 2607 (2021) until 17 November 2022" (S/RES/2661 op 1);
- a measure of the text's own paragraph: "extend the measure described in paragraph 6 of this
  resolution" (S/RES/2700 op 7);
- "until one year from the date of adoption of this resolution": a year from the adoption (and not
  "until one month after the completion of the cases": no length);
- a panel renewed after two phrases: "Decides to renew, with effect from the date of adoption of this
  resolution, until 15 December 2021, the Panel on Somalia" (S/RES/2551 op 30);
- "to urgently establish, for a renewable period of one year, a group of three independent experts"
  (A/HRC/RES/55/27 op 8).
"extend to the provisions set out in paragraph 2 above" (a committee's tasks reaching further) and
"Decides not to renew the measure" set no term."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "SC",
        "4. Decides to renew until 31 July 2020 the measures and provisions as set out in paragraphs 9, 14, and 16 "
        "to 19 of resolution 2399 (2018) and extended by paragraph 1 of resolution 2454 (2019);",
        [(4, "extends", "S/RES/2399(2018)#9,14,16,17,18,19", "2020-07-31", None)],
    ),
    (
        "SC",
        "3. Decides to renew until one year from the date of adoption of this resolution the measures imposed by "
        "paragraphs 3, 4, 5, 6, 7, 8, and 9 of resolution 2653 (2022);",
        [(3, "extends", "S/RES/2653(2022)#3,4,5,6,7,8,9", "2024-10-19", "P1Y")],
    ),
    (
        "SC",
        "2. Decides to extend until 30 July 2022 the authorisations and the measures in resolution 2146 (2014), as "
        "amended by paragraph 2 of resolutions 2441 (2018) and 2509 (2020);",
        [(2, "extends", "S/RES/2146(2014)", "2022-07-30", None)],
    ),
    (
        "SC",
        "1. Decides to extend the authorizations as set out in resolution 2526 (2020) for a further 12 months from "
        "the date of this resolution;",
        [(1, "extends", "S/RES/2526(2020)", "2024-10-19", "P12M")],
    ),
    (
        "SC",
        "1. Decides to extend resolution 2607 (2021) until 17 November 2022;",
        [(1, "extends", "S/RES/2607(2021)", "2022-11-17", None)],
    ),
    (
        "SC",
        "7. Decides to extend the measure described in paragraph 6 of this resolution until one year from the date "
        "of adoption of this resolution;",
        [(7, "extends", "S/RES/2700(2023)#6", "2024-10-19", "P1Y")],
    ),
    (
        "SC",
        "30. Decides to renew, with effect from the date of adoption of this resolution, until 15 December 2021, the "
        "Panel on Somalia and that the mandate of the Panel shall include the tasks referred to in paragraph 11 of "
        "resolution 2444 (2018);",
        [(30, "extends", "PanelOfExperts2444", "2021-12-15", None)],
    ),
    (
        "HRC",
        "8. Also decides to urgently establish, for a renewable period of one year, a group of three independent "
        "experts on the situation of human rights in Belarus, to be appointed by the President of the Council;",
        [
            (
                8,
                "establishes",
                "GIEBelarus",  # the vocabulary's id (bodies.yaml), since test_belarus_group_of_experts.py
                None,
                "P1Y",
            )
        ],
    ),
    (
        "SC",
        "5. Decides to extend the term of office of Judge Carmel Agius as President of the ICTY until 31 December "
        "2017 or until one month after the completion of the cases referred to in paragraph 4 above, if sooner;",
        [(5, "extends", "President of the ICTY (Carmel Agius)", "2017-12-31", None)],
    ),
    (
        "SC",
        "4. Decides that the tasks of the Committee set out in paragraph 18 of resolution 1596 shall extend to the "
        "provisions set out in paragraph 2 above;",
        [],
    ),
    (
        "SC",
        "1. Decides not to renew the measure in paragraph 10 of resolution 1521 (2003) that obligates Member States "
        "to prevent the import into their territories of all round log and timber products;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_renewal(organ, text, expected):
    r = resolution(text, date="2023-10-19", organ=organ, symbol="S/RES/2700 (2023)")
    assert terms(r, "op", "action", "of", "until", "period") == expected

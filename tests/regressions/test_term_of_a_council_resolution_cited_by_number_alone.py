"""A Council resolution cited by its number alone is the Council's of the year the number falls in
(ontology/vocab/sc_years.yaml, the first number of each year read from corpus-full): "Decides to
extend the authorizations as set out in resolution 2473 for a further 12 months" (the Libya migrant
smuggling authorizations, S/RES/2526 (2020) op 1 and 2357, 2420, 2473: no term), "the authorization
contained in paragraph 1 of resolution 1669 for the Secretary-General" (S/RES/1692 (2006) op 2),
"the financial and travel measures imposed by paragraphs 13 and 15 of resolution 1596, paragraph 2
of resolution 1649 (2005), and paragraph 13 of resolution 1698" (S/RES/1768 (2007) op 3: read as
1649's paragraphs 13 and 15). Only a Council text's bare numbers are read so, and not one after
"General Assembly" or another organ's name."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "SC",
        "1. Decides to extend the authorizations as set out in resolution 2473 for a further 12 months from the "
        "date of this resolution;",
        "2020-06-05",
        [(1, "extends", "S/RES/2473(2019)", "2021-06-05", "P12M")],
    ),
    (
        "SC",
        "2. Decides to extend until 30 September 2006 the authorization contained in paragraph 1 of resolution 1669 "
        "for the Secretary-General to redeploy temporarily a maximum of five infantry battalions;",
        "2006-06-30",
        [(2, "extends", "S/RES/1669(2006)#1", "2006-09-30", None)],
    ),
    (
        "SC",
        "3. Decides to extend until 10 August 2007 the financial and travel measures imposed by paragraphs 13 and 15 "
        "of resolution 1596, paragraph 2 of resolution 1649 (2005), and paragraph 13 of resolution 1698;",
        "2007-07-31",
        [
            (3, "extends", "S/RES/1596(2005)#13,15", "2007-08-10", None),
            (3, "extends", "S/RES/1649(2005)#2", "2007-08-10", None),
            (3, "extends", "S/RES/1698(2006)#13", "2007-08-10", None),
        ],
    ),
]


@pytest.mark.parametrize("organ,text,adopted,expected", CASES)
def test_cited_by_number_alone(organ, text, adopted, expected):
    r = resolution(text, date=adopted, organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected

"""Terms of office extended were no terms: "Decides to extend the term of office of the following
permanent judges at the International Tribunal, who are members of the Appeals Chamber, until 31
December 2013 or until the completion of the cases to which they are assigned, if sooner" (S/RES/2081
(2012) ops 5-9, fourth held-out gold; some 50 paragraphs of the ICTY and ICTR resolutions in
corpus-full, 2006-2016) gave nothing, for "the term of office" was not an object of "extend". It
is now a term extended until the date fixed ("if sooner" has none), of the holders as the text
names them in one form: no "the following", no country in brackets, "of the Tribunal" for "at the
Tribunal", ", members of" for "who are members of", a judge named in person by the name alone.
The passive "the term of office of ... shall extend until" is the same term; an intention to extend
is none."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "5. Decides to extend the term of office of the following permanent judges at the International Tribunal, "
        "who are members of the Appeals Chamber, until 31 December 2013 or until the completion of the cases to "
        "which they are assigned, if sooner:",
        [
            (
                5,
                "extends",
                "permanent judges of the International Tribunal, members of the Appeals Chamber",
                "2013-12-31",
            )
        ],
    ),
    (
        "8. Decides to extend the term of office of ad litem Judge Frederik Harhoff (Denmark), who is a member of "
        "the Trial Chambers, until 31 December 2013 or until the completion of the cases to which he is assigned, "
        "if sooner;",
        [(8, "extends", "ad litem Judge Frederik Harhoff", "2013-12-31")],
    ),
    (  # no comma before "who are", "terms of office"
        "1. Decides to extend the terms of office of the following permanent judges at the Tribunal who are members "
        "of the Appeals Chamber until 31 December 2010, or until the completion of the cases before the Appeals "
        "Chamber if sooner:",
        [(1, "extends", "permanent judges of the Tribunal, members of the Appeals Chamber", "2010-12-31")],
    ),
    (  # the date before the object
        "1. Decides, in response to the request by the Secretary-General, to extend until 31 December 2008 the term "
        "of office of the following ad litem judges currently serving at the Tribunal:",
        [(1, "extends", "ad litem judges of the Tribunal", "2008-12-31")],
    ),
    (  # the passive form
        "3. Decides that the term of office of the permanent judge appointed to replace Sergei Aleckseevich Egorov "
        "(Russian Federation) shall extend until 31 December 2010, or until the completion of the cases to which he "
        "or she will be assigned if sooner;",
        [(3, "extends", "permanent judge appointed to replace Sergei Aleckseevich Egorov", "2010-12-31")],
    ),
    (  # an earlier term of office named before the one extended; the office kept with the name
        "2. Decides, bearing in mind the expiry of his term of office on 30 June 2012, to extend the term of office "
        "of Judge Vagn Joensen (Denmark), on an exceptional basis, until 31 December 2014 so that he may continue;",
        [(2, "extends", "Judge Vagn Joensen", "2014-12-31")],
    ),
    (  # an office held by a judge named in person: the office, its holder in brackets (heldout12 15 op 5's form)
        "5. Decides to extend the term of office of Judge Carmel Agius as President of the ICTY until 31 December "
        "2017 or until one month after the completion of the cases referred to in paragraph 4 above, if sooner;",
        [(5, "extends", "President of the ICTY (Carmel Agius)", "2017-12-31")],
    ),
    (  # an intention, or a decision noted, sets no term
        "1. Underlines its intention to extend, by 30 June 2010, the terms of office of all trial judges at the "
        "International Tribunal based on the Tribunal's projected trial schedule;",
        [],
    ),
    (
        "2. Recalls its decision to extend the term of office of the permanent judges at the Tribunal until 31 "
        "December 2009;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_of_office(text, expected):
    r = resolution(text, date="2012-12-14")
    assert terms(r, "op", "action", "of", "until") == expected

"""A thing of no id extended for a time, named by its noun: "Recalls paragraph 30 of the report of the Advisory
Committee, decides to extend the voluntary funding mechanism for 10 years, and requests the Secretary-General to
provide a detailed overview every 5 years" (A/RES/79/254 op 25, the heldout47 gold: T extends of="voluntary funding
mechanism" period=P10Y) had no term: an extension's object was a mandate, measures, an authorization or a body's kind.
The thing is read as written (terms.yaml `extended_things`), with its time right after it; not a body's name with a
capital, nor a mechanism extended in space or with no time."""

import pytest

from tests.snippets import resolution, terms

GA = dict(date="2024-12-24", organ="The General Assembly", symbol="A/RES/79/254")


@pytest.mark.parametrize(
    "text,expected",
    [
        # A/RES/79/254 op 25: of as written, the length alone (no start named)
        (
            "25. Recalls paragraph 30 of the report of the Advisory Committee, decides to extend the voluntary funding "
            "mechanism for 10 years, and requests the Secretary-General to provide a detailed overview every 5 years of "
            "the functioning of the mechanism;",
            [(25, "extends", "voluntary funding mechanism", None, "P10Y")],
        ),
        # an end date right after it
        (
            "3. Decides to extend the pilot mechanism until 31 December 2026;",
            [(3, "extends", "pilot mechanism", "2026-12-31", None)],
        ),
        # a period with its adjective
        (
            "3. Decides to extend the mechanism for a further period of two years;",
            [(3, "extends", "mechanism", None, "P2Y")],
        ),
        # near miss: extended in space, no time: no term
        ("3. Decides to extend the voluntary funding mechanism to other duty stations;", []),
        # near miss: "for" a purpose, no time: no term
        ("3. Decides to extend the coordination mechanism for humanitarian assistance to all regions;", []),
        # near miss: a time not right after the thing is no time of the thing's: no term
        ("3. Decides to extend the voluntary funding mechanism to the field missions for 10 years;", []),
        # near miss: an extension intended, not decided: no term
        ("3. Expresses its intention to extend the voluntary funding mechanism for 10 years;", []),
        # near miss: a time term_times reads no length of ("another year", "several years"): no term with no time
        ("3. Decides to extend the mechanism for another year;", []),
        ("3. Decides to extend the mechanism for several years;", []),
        # near miss: "for" a purpose before a count: no time of the thing's: no term
        ("3. Decides to extend the coordination mechanism for monitoring over two years;", []),
        # near miss: a time said before the thing, or an end with no digit right after "until": not read (stated limits)
        ("3. Decides to extend, for 10 years, the voluntary funding mechanism;", []),
        ("3. Decides to extend the voluntary funding mechanism until the end of 2030;", []),
    ],
)
def test_a_thing_extended_for_a_time(text, expected):
    r = resolution(text, **GA)
    assert terms(r, "op", "action", "of", "until", "period") == expected

"""A span ("for the period 2021–2030") gave a term its `until` where it was the period of a thing the term's body
works on, and a real span gave none where a money word was anywhere in the clause (term_times.until, d42b44b; review
49, finding 4): "Decides to establish an open-ended working group on the implementation of the Strategic Plan for the
period 2021–2030" read until=2030, the plan's period; "Authorizes the Secretary-General to deploy additional military
personnel during the period June 2015 to March 2016, as appropriate" read none, "appropriate" being in the money words
(for the verb "to appropriate"). A span in a complement or relative clause opened just before it is the thing's
(terms.yaml `span_of_a_thing`); money words are looked for near the span only, and "appropriate" is none. The spans
d42b44b read (the last rows) still give their end."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "GA",
        "Decides to establish an open-ended working group on the implementation of the Strategic Plan for the period"
        " 2021–2030, and requests the Secretary-General to support it;",
        [("establishes", "ExpertGroup", None)],
    ),
    (
        "GA",
        "Decides to establish an intergovernmental negotiating committee, which shall work on the plan for the period"
        " 2022–2030;",
        [("establishes", "AdHocCommittee", None)],
    ),
    (
        "GA",
        "Decides to establish for the period 2022–2025 an open-ended working group, which shall meet as appropriate;",
        [("establishes", "ExpertGroup", "2025")],
    ),
    (
        "GA",
        "Decides to establish for the period 2022–2025 an open-ended working group, and requests the Secretary-General"
        " to provide it with the resources as appropriate;",
        [("establishes", "ExpertGroup", "2025")],
    ),
    (
        "SC",
        "Authorizes the Secretary-General to deploy additional military personnel during the period June 2015 to March"
        " 2016, as appropriate;",
        [("authorizes", "SecretaryGeneral", "2016-03")],
    ),
    # the spans d42b44b read, and a budget's period (A/RES/74/292 op 30), unchanged
    (
        "GA",
        "Decides, upon the termination of the activities of the above-mentioned Group of Governmental Experts, to"
        " establish for the period 2024–2028 an open-ended working group to continue building on the work of the Group"
        " of Governmental Experts;",
        [("establishes", "ExpertGroup", "2028")],
    ),
    (
        "SC",
        "Authorizes a temporary increase in UNMIL's personnel ceiling, to a total of 15,250 United Nations military"
        " personnel, for the period from 15 November 2005 to 31 March 2006;",
        [("authorizes", "UNMIL", "2006-03-31")],
    ),
    (
        "GA",
        "Authorizes the Secretary-General to enter into commitments for the period from 1 July 2020 to 30 June 2021 in"
        " an amount not exceeding 480,649,100 dollars;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_term_span_of_another_thing(organ, text, expected):
    r = resolution("1. " + text, date="2021-12-20", organ=organ)
    assert terms(r, "action", "of", "until") == expected

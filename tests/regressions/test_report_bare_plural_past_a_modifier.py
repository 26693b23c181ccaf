"""corpus-full: a bare plural report noun is asked for only after a delivery verb, and a modifier the report
adjectives lack stood between: "Requests that the Secretary-General provide semestrial updates to the Council"
(S/RES/2802 (2025) op 2) and "to provide continuous updates on the environmental ... impacts" (A/RES/79/104 op 11 and
its yearly twins) gave no report. One or two such modifiers may stand between a finite verb or infinitive and the noun
("semestrial" is also a cycle of six months, ontology/vocab/cycles.yaml); not a function word ("provide in his
reports", what they hold), and not after a gerund, the means of another task ("by providing timely updates on the work", A/RES/78/80
op 132)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "2. Requests that the Secretary-General provide semestrial updates to the Council on progress against these "
        "benchmarks consistent with paragraphs 35 and 36;",
        [("SecretaryGeneral", "SecurityCouncil", "P6M")],
    ),
    (
        "GA",
        "11. Reiterates its request to the Secretary-General to provide continuous updates on the environmental, "
        "ecological, health and other impacts of the 30-year period of nuclear testing in French Polynesia;",
        [("SecretaryGeneral", "GeneralAssembly", None)],
    ),
    (  # the means of another task: no report
        "GA",
        "132. Encourages the Department of Global Communications to continue to expand, within existing resources, "
        "its multilingual presence across platforms, by providing timely updates on the work and priorities of the "
        "Organization in the six official languages of the United Nations;",
        [],
    ),
]


@pytest.mark.parametrize(("organ", "text", "expected"), CASES)
def test_a_bare_plural_past_a_modifier_is_delivered(organ, text, expected):
    r = resolution(text, date="2024-12-10", organ=organ)
    assert reports(r, "by", "to", "every") == expected

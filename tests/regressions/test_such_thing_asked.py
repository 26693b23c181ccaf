"""A "that" clause whose subject is a thing "such" goes back to, and that is to do something ("requests further that
such deployment ensure", "encourages that such performance reviews include"), was given the addressees of the
mandate before it in the paragraph; it names no actor: the empty set (tests/mandate_gold/README.md "A verb with no
actor named ... has an empty set"; heldout16 03 op 36 "requests that such review assess").

- "requests further that such deployment ensure the full, equal and meaningful participation of women" (S/RES/2566
  (2021) op 3, heldout34 01: empty; was SecretaryGeneral, asked in the chapeau).
- "Urges States ... to undertake ... performance reviews ..., and encourages that such performance reviews include
  some element of independent evaluation" (A/RES/74/18 op 174 and its five renewals, heldout18/30/33 26: empty;
  was States).
Not taken: an activity "such" goes back to that is to go on is still its agent's ("requests that such assistance
continue", A/RES/74/158 op 2, heldout19 25 op 2: the United Nations, whose assistance the clause names); "such"
naming actors ("calls upon such Member States") reads them. Review52-C 2, 3: "continues", "remain", a longer
subject or one with commas go on too; "all such", "any such", "such a" are "such".
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "3. Requests the Secretary-General to ensure that decisions regarding deployment of all personnel to MINUSCA "
        "adhere to implementing resolution 1325 (2000), and requests further that such deployment ensure the full, "
        "equal and meaningful participation of women in all aspects of operations;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("requests", set())],
    ),
    (
        "174. Urges States, through their participation in regional fisheries management organizations, to undertake, "
        "on an urgent basis, performance reviews of those regional fisheries management organizations, and encourages "
        "that such performance reviews include some element of independent evaluation;",
        "GA",
        [("urges", {"States"}), ("encourages", set())],
    ),
    (
        "2. Commends the electoral assistance provided upon request to Member States by the United Nations, and requests "
        "that such assistance continue on a case-by-case basis;",
        "GA",
        [("requests", {"UNSystemEntities"})],
    ),
    (
        "6. Requests the Secretary-General to provide assistance, and recommends that such assistance continue;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("recommends", {"SecretaryGeneral"})],
    ),
    (
        "6. Welcomes the contributions of Member States, and calls upon such Member States to continue;",
        "SC",
        [("calls-upon", {"MemberStates"})],
    ),
    (
        "6. Requests the Secretary-General to provide assistance, and requests that such assistance continues;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("requests", {"SecretaryGeneral"})],
    ),
    (
        "6. Requests the Secretary-General to provide assistance, and requests that such assistance remain available;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("requests", {"SecretaryGeneral"})],
    ),
    (
        "6. Requests the Secretary-General to provide assistance, and requests that such assistance, as appropriate, "
        "continue;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("requests", {"SecretaryGeneral"})],
    ),
    (
        "6. Requests the Secretary-General to provide assistance, and requests that such assistance and support to the "
        "countries of the region continue;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("requests", {"SecretaryGeneral"})],
    ),
    (
        "6. Requests the Secretary-General to provide assistance, and requests that all such assistance include training;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("requests", set())],
    ),
    (
        "6. Requests the Secretary-General to conduct a review, and requests that any such review include training;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("requests", set())],
    ),
    (
        "6. Requests the Secretary-General to provide assistance, and requests that such assistance include training "
        "that continues;",
        "SC",
        [("requests", {"SecretaryGeneral"}), ("requests", set())],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_such_thing_asked(text, organ, expected):
    r = resolution(text, date="2021-03-12", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

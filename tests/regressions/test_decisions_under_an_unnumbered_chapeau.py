"""Fifth held-out gold (tests/mandate_gold/heldout5), A/RES/76/249 (2021): "Resolves that:" stands alone,
unnumbered, and its decisions follow in numbered paragraphs that open with no verb ("1. The Working
Capital Fund shall be established ...; 2. Member States shall make advances ..."). The chapeau gave one
decision of the Assembly and the six paragraphs none; each is a decision on its own number, its subject
asked where it is who shall act (the Working Capital Fund resolutions of every year, and the
"Resolves that, for 2020:" paragraphs of the budget resolutions). "Resolves that the scale of assessments
for the contributions of Member States ... shall be" (A/RES/76/238 op 12): a thing's scale, the Assembly
decides; "that should the provision ... prove inadequate ..., the Secretary-General is authorized": the
subject after the inverted condition."""

import pytest

from tests.snippets import mandates, resolution

CHAPEAU = (
    "Resolves that:\n\n"
    "1. The Working Capital Fund shall be established for 2022 in the amount of 150 million United States dollars;\n\n"
    "2. Member States shall make advances to the Working Capital Fund in accordance with the scale of assessments "
    "adopted by the General Assembly for contributions of Member States to the budget for 2022;\n\n"
    "3. There shall be set off against this allocation of advances credits to Member States;\n\n"
    "4. Should the credits and advances paid by any Member State to the Working Capital Fund for 2021 exceed the "
    "amount of that Member State’s advance, the excess shall be set off against the contributions payable by the "
    "Member State in respect of 2022;\n\n"
    "5. The Secretary-General is authorized to advance from the Working Capital Fund such sums as may be necessary;\n\n"
    "6. Should the provision in paragraph 1 above prove inadequate to meet the purposes normally related to the "
    "Working Capital Fund, the Secretary-General is authorized to utilize, in 2022, cash from special funds;\n\n"
    "7. Requests the Secretary-General to report thereon;"
)

CASES = [
    (
        CHAPEAU,
        [
            (1, "decides", ("GeneralAssembly",)),
            (2, "decides", ("MemberStates",)),
            (3, "decides", ("GeneralAssembly",)),
            (4, "decides", ("GeneralAssembly",)),
            (5, "decides", ("SecretaryGeneral",)),
            (6, "decides", ("SecretaryGeneral",)),
            (7, "requests", ("SecretaryGeneral",)),
        ],
    ),
    (
        "12. Resolves that the scale of assessments for the contributions of Member States to the regular budget "
        "of the United Nations for 2022, 2023 and 2024 shall be as follows:",
        [(12, "decides", ("GeneralAssembly",))],
    ),
    (  # a numbered "Resolves that" paragraph: its own decision, no chapeau
        "1. Resolves that Member States shall make advances to the Fund;\n\n2. The Fund shall be established;",
        [(1, "decides", ("MemberStates",))],
    ),
    (  # "Resolves to": a resolve of the Assembly's own, no decision
        "1. Resolves to promote respect for cultural diversity;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decisions_under_an_unnumbered_chapeau(text, expected):
    r = resolution(text, date="2021-12-24", organ="GA")
    assert mandates(r, "op", "verb", "addressees") == expected

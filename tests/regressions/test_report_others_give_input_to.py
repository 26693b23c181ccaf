"""A report others give input or a contribution to, named with its owner's possessive, read as a report asked: "and in
this regard requests the Secretary-General to convey the importance of reflecting a gender perspective to all
stakeholders who provide input to his reports" (A/RES/74/128 op 28, 76/142 op 30, 78/182 op 34, 80/186 op 31, the
Assembly's yearly text on humanitarian assistance) gave a report by the Secretary-General to the stakeholders; "to
provide information to the Secretary-General ... as a possible contribution to his report to the General Assembly at
its seventy-fifth session" (A/RES/74/170 op 13) one by UNODC's Executive Director to the Secretary-General. What goes
into another's report asks none (reports.yaml `feeding`, as "to inform his report"); "provide information" is no
report (tests/mandate_gold/README.md)."""

import pytest

from tests.snippets import reports, resolution

GA = "The General Assembly"
CASES = [
    (  # A/RES/78/182 op 34
        "34. Requests that reports of the Secretary-General submitted to the General Assembly continue to systematically "
        "address gender perspectives, and in this regard requests the Secretary-General to convey the importance of "
        "reflecting a gender perspective to all stakeholders who provide input to his reports;",
        [],
    ),
    (  # A/RES/74/170 op 13
        "13. Requests the Executive Director of the United Nations Office on Drugs and Crime to provide information to "
        "the Secretary-General on the implementation of the present resolution as a possible contribution to his report "
        "to the General Assembly at its seventy-fifth session on the implementation of resolution 73/24;",
        [],
    ),
    (  # a report asked beside one fed still counts
        "13. Requests the Secretary-General to submit to the General Assembly at its seventy-fifth session a report on "
        "the implementation of the present resolution;",
        [(13, "SecretaryGeneral", "GeneralAssembly", 75)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_others_give_input_to(text, expected):
    r = resolution(text, date="2019-12-18", organ=GA)
    assert reports(r, "op", "by", "to", "session") == expected

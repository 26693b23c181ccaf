"""The receiver of a report asked for in a renewed request: "reaffirms its request to the Conciliation
Commission to continue exerting efforts ... and to report to the Assembly" (A/RES/74/83 op 2),
"reiterates its request to the Secretary-General to ... and to report thereon to the General Assembly at
its seventy-fifth session" (A/RES/74/252 op 74): the "to" after the request's noun names whom it asks,
not who receives the report (it gave the Commission and the Secretary-General as receivers of their own
reports, in 50 paragraphs of corpus-full).
"""

import pytest

from tests.snippets import reports, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Notes with regret the lack of progress, and reaffirms its request to the Conciliation Commission to "
        "continue exerting efforts and to report to the Assembly on the efforts being exerted in this regard, "
        "but no later than 1 September 2020;",
        [("UNCCP", "GeneralAssembly", "2020-09-01")],
    ),
    (
        "Notes with concern the compliance rate, and reiterates its request to the Secretary-General to enforce "
        "the slotting system and to report thereon to the General Assembly by 1 June 2020;",
        [("SecretaryGeneral", "GeneralAssembly", "2020-06-01")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_receiver_after_a_renewed_request(text, expected):
    r = snippet(GA + text + "\n")
    assert reports(r, "by", "to", "due") == expected

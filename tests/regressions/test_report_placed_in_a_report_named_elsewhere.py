"""A report word placed in a report the text names elsewhere: by the paragraph that asks for it ("by including this
roadmap in the first report referenced in paragraph 9 to this resolution", S/RES/2753 (2024) op 8), or by its kind and
its reporter ("to report on the status of implementation of the recommendations of the Office of Internal Oversight
Services in the next report of the Secretary-General", A/RES/74/263 op 3): no report of its own, as "include in his
next report" (tests/mandate_gold/README.md; heldout19 14 op 5 "in the final report referred to in paragraph 2").
A report with its own time, or one "in addition to" the report named, stays."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "8. Requests the Secretary-General prepare, in consultation with the FGS, a roadmap for delivering the first "
        "phase of the transition of UNTMIS’s tasks to the FGS, the UNCT and other stakeholders, in accordance with the "
        "elements set out in paragraph 7 to this resolution, and requests the Secretary-General to update the Council "
        "by including this roadmap in the first report referenced in paragraph 9 to this resolution;",
        "SC",
        [],
    ),
    (
        "3. Recalls paragraph 30 of the report of the Advisory Committee, and requests the Extraordinary Chambers in the "
        "Courts of Cambodia to report on the status of implementation of the recommendations of the Office of Internal "
        "Oversight Services in the next report of the Secretary-General;",
        "GA",
        [],
    ),
    (  # a time of its own: asked here
        "8. Requests the Secretary-General to update the Council by 30 June 2025, in addition to the first report "
        "referenced in paragraph 9 to this resolution;",
        "SC",
        [(8, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # a session of its own before the place: asked here
        "3. Requests the Extraordinary Chambers to report to the General Assembly at its seventy-sixth session on the "
        "status of implementation of the recommendations in the next report of the Secretary-General;",
        "GA",
        [(3, "ECCC", "GeneralAssembly")],
    ),
    (  # a report the next one of the Secretary-General is only taken into account by: asked here
        "3. Requests the Extraordinary Chambers in the Courts of Cambodia to report to the General Assembly on the "
        "status of implementation of the recommendations of the Office of Internal Oversight Services, taking into "
        "account the next report of the Secretary-General;",
        "GA",
        [(3, "ECCC", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_report_placed_in_a_report_named_elsewhere(text, organ, expected):
    r = resolution(text, date="2021-12-24", organ=organ)
    assert reports(r, "op", "by", "to") == expected

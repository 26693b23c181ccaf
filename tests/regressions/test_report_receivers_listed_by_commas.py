"""Open golds heldout4 (E/RES/2022/16 op 0 (b)(xvi)) and heldout6 (E/RES/2023/4 op 0): "with the Chair of the
Commission to report at appropriate reviews and meetings of the Economic and Social Council, the high-level political
forum on sustainable development and other relevant forums" gave one report, to the Council (the speaking organ), read
as written. "At ... meetings of" right after the report verb names the receiver; a comma joins two receivers where the
list goes on to its "and" (one report to each); reporting at a body's meetings does not say its form. Not a dialogue
"at the meetings of the Preparatory Committee" (A/RES/79/35 op 19), which no report verb leads."""

import pytest

from tests.snippets import reports, resolution

CSTD = "Requests the Commission on Science and Technology for Development"
CASES = [
    (
        "ECOSOC",
        f"1. {CSTD} to report at appropriate reviews and meetings of the Economic and Social Council, the high-level "
        "political forum on sustainable development and other relevant forums;",
        [("CSTD", "ECOSOC", None), ("CSTD", "HLPF", None)],
    ),
    (
        "ECOSOC",
        f"1. {CSTD} to report to the Economic and Social Council, the high-level political forum on sustainable "
        "development and other relevant forums;",
        [("CSTD", "ECOSOC", "written"), ("CSTD", "HLPF", "written")],
    ),
    (
        "SC",
        "1. Requests the Secretary-General to report to the Security Council, the General Assembly and the Human "
        "Rights Council by 1 May 2018;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "written"),
            ("SecretaryGeneral", "GeneralAssembly", "written"),
            ("SecretaryGeneral", "HumanRightsCouncil", "written"),
        ],
    ),
]


@pytest.mark.parametrize(("organ", "text", "expected"), CASES)
def test_each_receiver_of_the_list_gets_a_report(organ, text, expected):
    r = resolution(text, date="2017-07-01", organ=organ)
    assert reports(r, "by", "to", "form") == expected

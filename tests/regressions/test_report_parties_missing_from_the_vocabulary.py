"""Reports due without `by` or `to`: "Invites the International Criminal Court to submit ... a report
... for consideration by the General Assembly at its seventy-seventh session" (A/RES/76/5 op 29,
77/6 op 31, 78/6 op 31, 79/6 op 32, 80/6 op 32) had no `by`, the Court not being an actor; "present
an oral report to the Commission on the Status of Women at its sixty-ninth and seventieth sessions"
(A/RES/75/161 op 27, 77/193 op 17, 79/152 op 17) had no `to`, the organ having no actor."""

import pytest

from resgraph.vocab import load
from tests.snippets import reports, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

REPORTS = [
    (
        "Invites the International Criminal Court to submit, if it deems it appropriate, in accordance with article 6 of the "
        "Relationship Agreement, a report on its activities for 2021/22, for consideration by the General Assembly at its "
        "seventy-seventh session.",
        [("ICC", "GeneralAssembly", 77, 2022, (77,))],
    ),
    (
        "Also requests the Secretary-General to present an oral report to the Commission on the Status of Women at its "
        "sixty-ninth and seventieth sessions, including information provided by the United Nations bodies, and urges United "
        "Nations bodies, entities, funds and programmes and the specialized agencies to contribute promptly to that report;",
        # one at each session named (heldout6 A/RES/80/199 op 32)
        [("SecretaryGeneral", "CSW", 69, 2025, (69,)), ("SecretaryGeneral", "CSW", 70, 2026, (70,))],
    ),
]


@pytest.mark.parametrize("text,expected", REPORTS)
def test_report_parties(text, expected):
    r = snippet(PRE + text + "\n")
    assert reports(r, "by", "to", "session", "year", "sessions") == expected


def test_every_organ_has_an_actor():
    v = load()
    assert {k: o.actor for k, o in v.organs.items() if o.actor not in v.actors} == {}

"""corpus-full: "Resolves that the Secretary-General shall report to the Advisory Committee and to the
General Assembly at its seventy-sixth session all commitments ..." (A/RES/74/265 op 2 and the
budget resolutions of each later session, 7 in corpus-full) gave no report: "Resolves that" opened
no clause. It is a decision (verbs.yaml: a form of `decides`; "Resolves to bridge the divides", a
commitment of the organ's own, is not). And a decision naming who shall report gave the deciding
organ as reporter where the vocabulary lacked the body ("Decides that the Permanent Forum shall
submit an annual report", A/RES/75/314 op 4) or its adjective ("the Ivoirian authorities shall
submit biannual reports", S/RES/2153 op 8)."""

import pytest

from tests.snippets import mandates, reports, resolution

GA = "The General Assembly"
SC = "The Security Council"
CASES = [
    (
        GA,
        "Having considered the report of the Advisory Committee on Administrative and Budgetary Questions,\n\n"
        "2. Resolves that the Secretary-General shall report to the Advisory Committee and to the General "
        "Assembly at its seventy-sixth session all commitments made;",
        [(2, "decides", ("SecretaryGeneral",))],
        # the session said after the Assembly is the Assembly's (heldout7 A/RES/75/255 op 2)
        [(2, "SecretaryGeneral", "ACABQ", None), (2, "SecretaryGeneral", "GeneralAssembly", 76)],
    ),
    (
        GA,
        "3. Resolves to bridge the divides between countries;",
        [],
        [],
    ),
    (
        SC,
        "8. Decides that the Ivoirian authorities shall submit biannual reports to the Committee by 30 September "
        "2015 on progress achieved;",
        [(8, "decides", ("state:CIV",))],
        [(8, "state:CIV", "SanctionsCommittee", None)],
    ),
]


@pytest.mark.parametrize("organ,text,expected_mandates,expected_reports", CASES)
def test_report_by_whom_a_decision_names(organ, text, expected_mandates, expected_reports):
    r = resolution(
        text,
        date="2020-06-30",
        organ=organ,
        preamble="Recalling its resolution 1572 (2004) and its Committee "
        "established by paragraph 14 of resolution 1572 (2004),",
    )
    assert mandates(r, "op", "verb", "addressees") == expected_mandates
    assert reports(r, "op", "by", "to", "session") == expected_reports

"""A report to two receivers where the second has its own cycle, said between its "and" and its "to": "invites the
mandate holder to report to the Human Rights Council in accordance with its programme of work and annually to the
General Assembly" (A/HRC/RES/54/10 op 2, heldout40 27). Before, the "and annually to" joined no second receiver (nor did
the first's "in accordance with its programme of work"): one report, to the Council, with the Assembly's yearly cycle
(the gold: one to the Council with no cycle, one to the Assembly every P1Y). Now the second receiver is joined past
either, and a cycle said right before a later receiver's "to" is that receiver's alone; the others keep what the rest
of the scope says (the report's adjective, a cycle said before the first receiver)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "2. Decides to extend the mandate of Special Rapporteur on the implications for human rights of the "
        "environmentally sound management and disposal of hazardous substances and wastes for a period of three years, "
        "and invites the mandate holder to report to the Human Rights Council in accordance with its programme of work "
        "and annually to the General Assembly;",
        [("HumanRightsCouncil", None), ("GeneralAssembly", "P1Y")],
    ),
    (
        "2. Invites the Special Rapporteur to report to the Human Rights Council and annually to the General Assembly;",
        [("HumanRightsCouncil", None), ("GeneralAssembly", "P1Y")],
    ),
    (
        "2. Invites the Special Rapporteur to report annually to the Human Rights Council and biennially to the "
        "General Assembly;",
        [("HumanRightsCouncil", "P1Y"), ("GeneralAssembly", "P2Y")],
    ),
    # a cycle said before the first receiver, or the report's adjective, is every receiver's (two reports where the
    # second receiver's cycle words are the vocabulary's, cycles.yaml: "and on an annual basis to", one before)
    (
        "2. Requests the Special Rapporteur to submit an annual report to the Human Rights Council in accordance with "
        "its programme of work and annually to the General Assembly;",
        [("HumanRightsCouncil", "P1Y"), ("GeneralAssembly", "P1Y")],
    ),
    (
        "2. Invites the Special Rapporteur to report to the Human Rights Council and on an annual basis to the General "
        "Assembly;",
        [("HumanRightsCouncil", None), ("GeneralAssembly", "P1Y")],
    ),
    (
        "2. Invites the Special Rapporteur to report to the Human Rights Council and every two years to the General "
        "Assembly;",
        [("HumanRightsCouncil", None), ("GeneralAssembly", "P2Y")],
    ),
    # the rest of the scope timed with the report's own words, as the report was (its adjective after the receivers)
    (
        "2. Requests the Special Rapporteur to submit to the Human Rights Council and biennially to the General "
        "Assembly a comprehensive annual report;",
        [("HumanRightsCouncil", "P1Y"), ("GeneralAssembly", "P2Y")],
    ),
    # unchanged: a cycle said before the first receiver, no receiver's own
    (
        "2. Requests the Special Rapporteur to report annually to the Human Rights Council and to the General "
        "Assembly in accordance with their respective programmes of work;",
        [("HumanRightsCouncil", "P1Y"), ("GeneralAssembly", "P1Y")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_second_receivers_own_cycle(text, expected):
    r = resolution(text, date="2023-10-11", organ="HRC")
    assert reports(r, "to", "every") == expected

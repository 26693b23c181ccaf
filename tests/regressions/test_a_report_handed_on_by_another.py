"""A report an earlier paragraph asked of one reporter, which a later paragraph asks another to hand on by its kind
words ("the additional report"), is no new report (report_forwarded.handed_on): "4. Requests further the monitoring
mechanism to provide a further additional report to the Committee by 13 December 2002 ... 6. Requests the Chairman of
the Committee to submit the additional report to the Council by 19 December 2002" (S/RES/1439 (2002), heldout37 05: op
6 read as the Committee's report due 2002-12-19; the golds read forwarding as no report: heldout26 06 op 6, heldout11
09 op 12, heldout25 08 op 2). The same in S/RES/1348 (2001) ops 4/6, 1374 (2001) ops 6/8, 1404 (2002) ops 5/7. Kept:
the words with no earlier report of that kind (S/RES/1348 op 6 alone, test_report_mentioned_not_asked), the same
reporter asked to deliver it again, "the report" with no kind words, and another reporter's own report of that kind
(the earlier one not made to the reporter now asked: review55-C finding 1).

Stop 61: where the earlier report named no receiver (the Council's) and the later paragraph hands it on to the Council,
it goes there through the one handing it on (S/RES/1348 (2001) ops 4/6, heldout43 05: through the Committee was lost)."""

import pytest

from tests.snippets import reports, resolution

OP4 = (
    "4. Requests further the monitoring mechanism to provide a further additional report to the Committee by 13 "
    "December 2002, focusing in particular on possible violations of measures imposed against UNITA;\n\n"
)
CASES = [
    (  # S/RES/1439 (2002) ops 4 and 6, heldout37 05
        OP4 + "6. Requests the Chairman of the Committee to submit the additional report to the Council by 19 December "
        "2002;",
        [(4, "MonitoringMechanismAngola", "SanctionsCommittee", "2002-12-13")],
    ),
    (  # S/RES/1404 (2002) ops 5 and 7: the earlier report asked after another in its paragraph
        "5. Requests the monitoring mechanism to report periodically to the Committee and to provide a further "
        "additional report to the Committee by 15 October 2002;\n\n7. Requests the Chairman of the Committee to "
        "submit the additional report to the Council by 19 October 2002;",
        [
            (5, "MonitoringMechanismAngola", "SanctionsCommittee", None),
            (5, "MonitoringMechanismAngola", "SanctionsCommittee", "2002-10-15"),
        ],
    ),
    (  # S/RES/1348 (2001) ops 4 and 6, heldout43 05 (1336 (2001), heldout26 06, likewise): the earlier report names no
        # receiver, the Council's: to the Council through the Committee, the Chairman handing it on
        "4. Requests the monitoring mechanism to report periodically to the Committee established pursuant to "
        "resolution 864 (1993), and to provide a supplementary report by 19 October 2002;\n\n6. Requests the "
        "Chairman of the Committee to submit the supplementary report to the Council by 19 October 2002;",
        [
            (4, "MonitoringMechanismAngola", "SanctionsCommittee", None, None),
            (4, "MonitoringMechanismAngola", "SecurityCouncil", "2002-10-19", "SanctionsCommittee"),
        ],
    ),
    (  # review Y1: the kind is matched in the earlier report's own words, not its paragraph's: the Secretary-General's
        # report in the mechanism's paragraph is no supplementary report, and gets no channel
        "4. Requests the monitoring mechanism to provide a supplementary report to the Committee by 19 October 2002, "
        "and requests the Secretary-General to report to the Council on the mechanism's work by 1 November 2002;\n\n"
        "6. Requests the Chairman of the Committee to submit the supplementary report to the Council by 19 October 2002;",
        [
            (4, "MonitoringMechanismAngola", "SanctionsCommittee", "2002-10-19", None),
            (4, "SecretaryGeneral", "SecurityCouncil", "2002-11-01", None),
        ],
    ),
    (  # review Y1: the earlier reporter reports nothing to the one handing on: no hand-on, two reports
        "4. Requests the Panel of Experts to provide a final report to the Council by 1 November 2002;\n\n"
        "6. Requests the Secretary-General to submit the final report to the Council by 1 November 2002;",
        [
            (4, "SanctionsCommittee", "SecurityCouncil", "2002-11-01", None),
            (6, "SecretaryGeneral", "SecurityCouncil", "2002-11-01", None),
        ],
    ),
    (  # guard: no earlier paragraph asks a report of that kind (S/RES/1348 (2001) op 6 alone): asked
        OP4 + "6. Requests the Chairman of the Committee to submit the supplementary report to the Council by 19 "
        "December 2002;",
        [
            (4, "MonitoringMechanismAngola", "SanctionsCommittee", "2002-12-13"),
            (6, "SanctionsCommittee", "SecurityCouncil", "2002-12-19"),
        ],
    ),
    (  # guard: the same reporter asked to deliver it to another receiver: a report of its own (README)
        OP4
        + "6. Requests the monitoring mechanism to submit the additional report to the Council by 19 December 2002;",
        [
            (4, "MonitoringMechanismAngola", "SanctionsCommittee", "2002-12-13"),
            (6, "MonitoringMechanismAngola", "SecurityCouncil", "2002-12-19"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_report_handed_on_by_another_is_no_new_report(text, expected):
    fields = ("op", "by", "to", "due") + (("through",) if len(expected[0]) == 5 else ())
    assert reports(resolution(text, date="2002-04-18"), *fields) == expected


def test_another_reporters_own_report_of_that_kind_is_asked():
    """guard (review55-C finding 1): the earlier report went to another receiver than the one now asked; its own
    annual report, no forwarding (README "What counts")."""
    hrc = (
        "3. Requests the Special Rapporteur to submit an annual report to the Human Rights Council;\n\n8. Requests "
        "the High Commissioner to present the annual report of her Office to the Council at its sixtieth session;"
    )
    assert reports(resolution(hrc, date="2024-10-10", organ="HRC"), "op", "by", "to", "every", "session") == [
        (3, "SpecialProcedures", "HumanRightsCouncil", "P1Y", None),
        (8, "HighCommissionerHumanRights", "HumanRightsCouncil", "P1Y", 60),
    ]
    # A/RES/77/234 op 21's words (a date added), after an annual report asked of the Secretary-General
    ga = (
        "5. Requests the Secretary-General to submit an annual report to the General Assembly on the implementation "
        "of the present resolution;\n\n21. Requests the United Nations Office on Drugs and Crime to continue to work "
        "closely with the Institute, and requests the Institute to provide the annual report on its activities to the "
        "Office and to the Economic Commission for Africa Conference of Ministers by 1 March 2023;"
    )
    assert 21 in [r[0] for r in reports(resolution(ga, date="2022-12-15", organ="GA"), "op", "due")]

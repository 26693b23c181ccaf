"""Cycle wording of corpus-full read as no cycle or the wrong one: "semi-annually" read as annual
(P1Y: "annually" inside it; MINUSTAH's reports, S/RES/1743 (2007) op 23 and ten more), "at least
twice a year" (S/RES/2044 (2012) op 9), "biannual reports" (S/RES/2153 (2014) op 8; with two dates none, report_cycle_due), "at least bi-monthly" read as monthly, "on a weekly
basis" (S/RES/2451 (2018) op 7), "on a biennial basis" (as A/RES/76/147 op 43 has it) with none; and a report
due "at each session" of an organ that meets once a year with none (E/RES/2024/15 op 2(g): "report
to the Forum at each session"), the cycle then being the receiving organ's, from its calendar in
organs.yaml. The phrases are data (ontology/vocab/cycles.yaml); "regularly", "periodically", "at
regular intervals" give no cycle."""

import pytest

from tests.snippets import reports, resolution

SC = [
    (
        "23. Requests the Secretary-General to report to the Council on the implementation of MINUSTAH’s mandate "
        "semi-annually and not later than 45 days prior to its expiration;",
        ["P6M"],
    ),
    (
        "9. Requests the Secretary-General to brief the Security Council on a regular basis, and at least twice a "
        "year, on the status and progress of these negotiations under his auspices;",
        ["P6M"],
    ),
    (
        "8. Decides that the Ivorian authorities shall submit biannual reports to the Committee by 15 September 2015 "
        "and by 30 March 2016 on progress achieved in relation to DDR and SSR;",
        [None, None],  # the two dated reports fill the cycle: none (test_a_cycle_of_one_deadline)
    ),
    (
        "7. Requests the Secretary-General to report on progress regarding implementation of this resolution, "
        "including any breaches of commitments by the parties, on a weekly basis, until further notice;",
        ["P1W"],
    ),
    ("5. Requests the Secretary-General to report to the Council every other year on the matter;", ["P2Y"]),
    # "bi-monthly" read as "monthly" (S/RES/1362 (2001) op 5)
    (
        "5. Requests the parties to continue to report at least bi-monthly to the Secretary-General on the status of "
        "their bilateral negotiations;",
        ["P2M"],
    ),
    ("6. Requests the Secretary-General to report to the Council on a quadrennial basis;", ["P4Y"]),
    ("7. Requests the Secretary-General to submit an annual report to the Council;", ["P1Y"]),
    ("8. Requests the Secretary-General to provide the Council on a quarterly-basis oral briefings;", ["P3M"]),
    # no definite recurrence
    ("8. Requests the Secretary-General to report to the Council regularly on the situation;", [None]),
    ("9. Requests the Secretary-General to report to the Council periodically and at regular intervals;", [None]),
]

GA = [
    (
        "43. Requests the Secretary-General to submit, on a biennial basis as from the seventy-seventh session of the "
        "General Assembly, a report on the follow-up to the outcome of the special session;",
        ["P2Y"],
    ),
    # a name with a cycle word in it is no cycle of the report
    (
        "22. Requests the Secretary-General to submit a report to the General Assembly at its seventy-ninth session "
        "on the preparation of the quadrennial comprehensive policy review;",
        [None],
    ),
]

ECOSOC = [
    # "at each session": the receiving organ's cadence (the Commissions meet once a year)
    (
        "2. Requests the Secretary-General to report to the Commission on the Status of Women at each session on the "
        "progress made;",
        ["P1Y"],
    ),
    ("3. Requests the Secretary-General to report to the Council at each of its sessions;", ["P1Y"]),
    (
        "4. Requests the United Nations Office on Drugs and Crime to report to the Commission on Narcotic Drugs at its annual sessions on "
        "the implementation of the present resolution;",
        ["P1Y"],
    ),
    # the Human Rights Council meets three times a year, not evenly: no cycle
    ("5. Requests the High Commissioner to report to the Human Rights Council at each session;", [None]),
]


@pytest.mark.parametrize("text,every", SC)
def test_security_council_cycles(text, every):
    assert reports(resolution(text, date="2014-04-28", organ="SC"), "every") == every


@pytest.mark.parametrize("text,every", GA)
def test_general_assembly_cycles(text, every):
    assert reports(resolution(text, date="2014-04-28", organ="GA"), "every") == every


@pytest.mark.parametrize("text,every", ECOSOC)
def test_a_cycle_at_each_session_is_the_organs(text, every):
    assert reports(resolution(text, date="2014-04-28", organ="ECOSOC"), "every") == every

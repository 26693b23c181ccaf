"""Cycle wording of corpus-full read as no cycle or the wrong one: "semi-annually" read as annual
(P1Y: "annually" inside it; MINUSTAH's reports, S/RES/1743 (2007) op 23 and ten more), "at least
twice a year" (S/RES/2044 (2012) op 9), "biannual reports" (S/RES/2153 (2014) op 8; with two dates none, report_cycle_due), "at least bi-monthly" read as monthly, "on a weekly
basis" (S/RES/2451 (2018) op 7), "on a biennial basis" (as A/RES/76/147 op 43 has it) with none; and a report
due "at each session" of an organ that meets once a year with none (E/RES/2024/15 op 2(g): "report
to the Forum at each session"), the cycle then being the receiving organ's, from its calendar in
organs.yaml. The phrases are data (ontology/vocab/cycles.yaml); "regularly", "periodically", "at
regular intervals" give no cycle. A report given at a recurring meeting ("invites them to report on this progress,
during the annual open debate of the Security Council", S/RES/2493 (2019) op 8, heldout42 20; "to provide an update
... during the annual Security Council Open Debates on Women, Peace and Security", 2242 (2015) op 2, heldout39 17; "at
the annual operational activities for development segment", A/RES/79/226 op 117): the meeting's adjective's cycle
(cycles.yaml `meetings`, report_meetings). Not a meeting at which something else was said (no report verb before it,
S/RES/1612 (2005) op 3; past a participle's aside or right after a participle of saying: "..., taking into account
the views expressed during the annual open debate", cycles.yaml `meetings_said`), nor one meeting ("at its next
annual meeting", "at the twenty-fifth annual meeting", "at the biennial meeting of States in 2026", "to be held"), nor
an "annual session" in the singular. A meeting said by "such", "these" or "those" takes the cycle of the one of the
same noun named before with its adjective: "to convene an informal biennial meeting of the General Assembly, and
requests the Secretary-General to brief the Assembly during such meetings" (A/RES/79/173 op 23, 77/220 op 22): P2Y. A
meeting used for the report, named right before its infinitive: "and also use the United Nations Security Council and
the African Union Peace and Security Council annual consultative meeting to provide updates in this regard" (S/RES/2719
(2023) op 16, heldout27 01: the updates every P1Y, read with none before); not one meeting ("the next", "the
forthcoming", "the twenty-fifth", "the 2024" annual meeting), nor updates with a deadline of their own, nor a meeting
asked to report ("Requests the annual meeting of States Parties to submit a report": the meeting's own report, no cycle
said) or not used for the report (no "use", "at" or "during" before it)."""

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
    # a report at a recurring meeting: its adjective's cycle (report_meetings)
    (
        "8. Encourages regional organizations to consider convening meetings, and further encourages them to identify "
        "practical and measurable steps for fully implementing the agenda, and invites them to report on this "
        "progress, during the annual open debate of the Security Council;",
        ["P1Y"],
    ),
    (
        "2. Welcomes the efforts of Member States, calls upon countries with national action plans to provide an "
        "update on the progress made in their implementation and review during the annual Security Council Open "
        "Debates on Women, Peace and Security;",
        ["P1Y"],
    ),
    # near misses: the views said at the debate, not the report (no report verb before it; past a participle's aside;
    # right after a participle of saying)
    (
        "3. Requests the Secretary-General to implement the mechanism, bearing in mind the discussion of the Security "
        "Council and the views expressed by Member States, in particular during the annual debate on Children and "
        "Armed Conflict, and taking into account the findings of an independent review of the mechanism to be "
        "reported to the Security Council by 31 July 2006;",
        [None],
    ),
    (
        "5. Requests the Secretary-General to submit a report to the Council by 31 March 2025, taking into account the "
        "views expressed during the annual open debate on children and armed conflict;",
        [None],
    ),
    (
        "5. Requests the Secretary-General to submit a report to the Council by 31 March 2025, drawing on the "
        "statements made by Member States at the annual meetings of the Boards of Governors;",
        [None],
    ),
    (
        "5. Requests the Secretary-General to submit a report to the Council by 31 March 2025 on the views expressed "
        "at the annual open debate on children and armed conflict;",
        [None],
    ),
    # a meeting used for the updates, named before their infinitive (S/RES/2719 (2023) op 16, heldout27 01)
    (
        "16. Also requests the Secretary-General to submit an annual report to the Security Council on progress in the "
        "implementation of this framework resolution to enable its alignment for greater effectiveness and also use "
        "the United Nations Security Council and the African Union Peace and Security Council annual consultative "
        "meeting to provide updates in this regard; and",
        ["P1Y", "P1Y"],
    ),
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and also use the "
        "annual consultative meeting to provide updates in this regard;",
        [None, "P1Y"],
    ),
    # near misses: one meeting, not a series
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and also use the "
        "next annual consultative meeting to provide updates in this regard;",
        [None, None],
    ),
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and also use the "
        "twenty-fifth annual consultative meeting to provide updates in this regard;",
        [None, None],
    ),
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and also use the "
        "2024 annual consultative meeting to provide updates in this regard;",
        [None, None],
    ),
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and also use the "
        "forthcoming annual consultative meeting to provide updates in this regard;",
        [None, None],
    ),
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and also use the "
        "upcoming annual consultative meeting to provide updates in this regard;",
        [None, None],
    ),
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and also use the "
        "present annual consultative meeting to provide updates in this regard;",
        [None, None],
    ),
    # near miss: updates with a deadline of their own are one update, not one at each meeting
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and also use the "
        "annual consultative meeting to provide an update by 30 June 2024;",
        [None, None],
    ),
    # near miss: the meeting is not used for the updates (no "use" nor "at" before it)
    (
        "16. Requests the Secretary-General to submit a report to the Security Council by 1 May 2024 and the annual "
        "consultative meeting to provide updates in this regard;",
        [None, None],
    ),
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
    # a report at a recurring meeting: its adjective's cycle (report_meetings)
    (
        "117. Requests the Secretary-General to continue to regularly monitor and report on the work of multi-country "
        "offices at the annual operational activities for development segment, with a view to considering any "
        "further adjustments;",
        ["P1Y"],
    ),
    # near misses: one meeting, not a series
    (
        "5. Requests the Secretary-General to report thereon to the Conference of the Parties at its next annual "
        "meeting;",
        [None],
    ),
    (
        "6. Requests the Secretary-General to report thereon to the General Assembly at the twenty-fifth annual "
        "meeting;",
        [None],
    ),
    ("7. Requests the Secretary-General to report to the Economic and Social Council at its annual session;", [None]),
    (
        "8. Requests the Secretary-General to report to the General Assembly at the biennial meeting of States in 2026;",
        [None],
    ),
    (
        "9. Requests the Secretary-General to report to the General Assembly at the biennial meeting of States to be "
        "held in 2026;",
        [None],
    ),
    (
        "10. Requests the Secretary-General to report to the General Assembly at the biennial meeting of States, with a "
        "view to adjustments;",
        ["P2Y"],
    ),
    # near miss: the meeting asked to report is the reporter, not a meeting the report is given at
    ("16. Requests the annual meeting of States Parties to submit a report to the General Assembly;", [None]),
    # the recurring meeting said by "such", named with its adjective in the clause before (A/RES/79/173 op 23, 77/220
    # op 22: audit every61)
    (
        "23. Reiterates its invitation to the President of the General Assembly to convene an informal biennial meeting "
        "of the General Assembly, and requests the Secretary-General to brief the Assembly during such meetings on the "
        "comprehensive report on the implementation of the present resolution, to be followed by a dialogue;",
        ["P2Y"],
    ),
    (
        "22. Invites the President of the General Assembly to convene an informal biennial meeting of the General "
        "Assembly, from the seventy-ninth session onward, and requests the Secretary-General to brief the Assembly "
        "during such meetings on the comprehensive report;",
        ["P2Y"],
    ),
    # near misses: a meeting named with no cycle, one meeting (an ordinal, a year), another noun, a participle's aside
    (
        "11. Invites the President to convene an informal meeting of the General Assembly, and requests the "
        "Secretary-General to brief the Assembly during such meetings;",
        [None],
    ),
    (
        "12. Invites the President to convene the twenty-fifth annual meeting of the General Assembly, and requests the "
        "Secretary-General to brief the Assembly during such meetings;",
        [None],
    ),
    (
        "13. Invites the President to convene an annual meeting in 2024, and requests the Secretary-General to brief "
        "the Assembly during such meetings;",
        [None],
    ),
    (
        "14. Invites the President to convene an annual meeting, and requests the Secretary-General to brief the "
        "Assembly during such debates;",
        [None],
    ),
    (
        "15. Welcomes the annual dialogues, and requests the Secretary-General to submit a report to the General "
        "Assembly, taking into account the views expressed during such dialogues;",
        [None],
    ),
    # the meeting named with another word before its adjective than an ordinal, "next" or "last" (review Y1)
    (
        "16. Invites the President to convene an informal and annual meeting of the General Assembly, and requests "
        "the Secretary-General to brief the Assembly during such meetings;",
        ["P1Y"],
    ),
    # near misses: a participle of saying right before "such" with no comma, as said() reads it (review Y1); one
    # meeting, "last" or an ordinal of the first three
    (
        "17. Welcomes the annual dialogues, and requests the Secretary-General to submit a report to the General "
        "Assembly at its eightieth session reflecting the views expressed during such dialogues;",
        [None],
    ),
    (
        "18. Welcomes the annual dialogues, and requests the Secretary-General to submit to the General Assembly a "
        "report on the views expressed during such dialogues;",
        [None],
    ),
    (
        "19. Encourages the chairs to continue their annual meeting, and requests the Secretary-General to report to "
        "the General Assembly on the progress discussed at these meetings;",
        [None],
    ),
    (
        "20. Recalls the last annual meeting of the General Assembly, and requests the Secretary-General to brief the "
        "Assembly during such meetings;",
        [None],
    ),
    (
        "21. Invites the President to convene the twenty-first annual meeting of the General Assembly, and requests "
        "the Secretary-General to brief the Assembly during such meetings;",
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

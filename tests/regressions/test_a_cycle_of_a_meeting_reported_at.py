"""A report given at a recurring meeting read with no cycle: "invites them to report on this progress, during the
annual open debate of the Security Council" (S/RES/2493 (2019) op 8, heldout42 20: every P1Y), "to provide an update
... during the annual Security Council Open Debates on Women, Peace and Security" (2242 (2015) op 2, heldout39 17: an
update with a time is a report, every P1Y), "to continue to regularly monitor and report on the work of multi-country
offices at the annual operational activities for development segment" (A/RES/79/226 op 117). The meeting's adjective
gives the cycle (cycles.yaml `meetings`, report_meetings). Near misses: a meeting at which someone else's views were
said, no report verb before it (S/RES/1612 (2005) op 3); one meeting ("at its next annual meeting", "at the
twenty-fifth annual meeting"); an "annual session" named in the singular."""

import pytest

from tests.snippets import reports, resolution

SC = [
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
    # near miss: the views said at the debate, not the report (which is due by a date)
    (
        "3. Requests the Secretary-General to implement the mechanism, bearing in mind the discussion of the Security "
        "Council and the views expressed by Member States, in particular during the annual debate on Children and "
        "Armed Conflict, and taking into account the findings of an independent review of the mechanism to be "
        "reported to the Security Council by 31 July 2006;",
        [None],
    ),
]

GA = [
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
]


@pytest.mark.parametrize("text,every", SC)
def test_a_council_report_at_a_yearly_meeting(text, every):
    assert reports(resolution(text, date="2019-10-29", organ="SC"), "every") == every


@pytest.mark.parametrize("text,every", GA)
def test_an_assembly_report_at_a_yearly_meeting(text, every):
    assert reports(resolution(text, date="2024-12-19", organ="GA"), "every") == every

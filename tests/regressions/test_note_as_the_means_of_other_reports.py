"""A note by which others' reports go was read as a report of the Secretariat to the Council: "Reiterates
its request to the Secretary-General to ensure that the reports of the Working Group are brought to the
attention of the Commission on the Status of Women and the General Assembly through a note by the
Secretariat" (A/HRC/RES/59/14 op 7, held-out five) asks for no report of its own; the Working Group's
oral reports asked after it stay."""

from tests.snippets import facts, resolution


def test_a_note_through_which_reports_go():
    r = resolution(
        "7. Reiterates its request to the Secretary-General to ensure that the reports of the Working Group are brought "
        "to the attention of the Commission on the Status of Women and the General Assembly through a note by the "
        "Secretariat, and requests the Secretary-General to present an oral report annually to the Commission and to "
        "the Assembly;",
        date="2025-07-07",
        organ="HRC",
    )
    assert facts(r.reports_due, ("by", "to", "form")) == [
        ("SecretaryGeneral", "CSW", "oral"),
        ("SecretaryGeneral", "GeneralAssembly", "oral"),
    ]

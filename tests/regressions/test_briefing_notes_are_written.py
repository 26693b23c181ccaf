"""heldout9 21 (E/RES/2022/25 op 8) and heldout24 21 (E/RES/2023/31 op 23): "requests the Secretary-General to continue
to provide briefing notes and informal briefings on progress": the notes are a written report (a note, README "What
counts"), the briefings an oral one; both golds read two items. "briefing notes" was a thing named of its own
(reports.yaml things_named), so only the oral item was read; the same words in the yearly ECOSOC text (2024/19 op 4)
and the GA's (A/RES/76/220 op 7, 77/184 op 10: "by providing ... briefing notes, informal briefings, documents and
reports") lost the written one too. Briefing meetings stay no report."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "ECOSOC",
        "2023-07-26",
        "23. Welcomes the discussions at the 2023 operational activities for development segment, and requests the "
        "Secretary-General to continue to provide briefing notes and informal briefings on progress in the "
        "implementation of General Assembly resolution 75/233 in preparation for the General Assembly resolution on "
        "the operational activities for development of the United Nations system to be negotiated at the "
        "seventy-eighth session of the General Assembly, ahead of the 2024 operational activities for development "
        "segment.",
        [("SecretaryGeneral", "ECOSOC", "written"), ("SecretaryGeneral", "ECOSOC", "oral")],
    ),
    (
        "GA",
        "2022-12-14",
        "10. Requests the Secretary-General to continue to strengthen transparency and accountability by providing, in "
        "a timely and publicly available manner, within existing resources and avoiding duplication, briefing notes, "
        "informal briefings, documents and reports on progress in the implementation of the mandates contained in "
        "General Assembly resolution 75/233, with a view to supporting an inclusive and comprehensive dialogue between "
        "Member States and the entities of the United Nations development system;",
        [("SecretaryGeneral", "GeneralAssembly", "written"), ("SecretaryGeneral", "GeneralAssembly", "oral")],
    ),
    (  # briefing meetings are meetings
        "SC",
        "2009-10-01",
        "19. Requests the Secretary-General to organize briefing meetings for troop-contributing countries;",
        [],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_briefing_notes_are_written(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to", "form") == expected

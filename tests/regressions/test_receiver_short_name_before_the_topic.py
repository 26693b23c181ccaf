"""A receiver named by a short name that the report's topic follows: "To report to the Special Committee on measures
taken in the implementation of the present resolution" (A/RES/74/112 op 5 (f) and the Assembly's yearly texts on
information from Non-Self-Governing Territories, the Department's task), "to regularly report to the Executive
Committee on its progress" (A/RES/77/198 op 57, 78/184 op 56, 79/156 op 60, 80/187 op 61, UNHCR's) went to the
General Assembly: the vocabulary reads a definite name followed by "on" as the head of a longer name ("the Committee
on Enforced Disappearances") and so as no one, and a report naming no receiver goes to the organ that speaks. The
name before "on" and a topic in lower case is now looked up itself: the committee named last that it may stand for,
or its one actor. Longer names ("the Committee on Information") and the organs ("the Council on the implementation")
are read as before."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # A/RES/79/156 op 60: the Executive Committee of UNHCR's programme
        "60. Encourages States to consult relevant experts, and further requests the Office of the United Nations High "
        "Commissioner for Refugees to continue its work on the implementation of the United Nations Disability "
        "Inclusion Strategy and to regularly report to the Executive Committee on its progress;",
        [("UNHCR", "UNHCRExCom")],
    ),
    (  # A/RES/74/112 op 5 (f): "the Special Committee" of a text that named the one on decolonization
        "4. Requests the Special Committee on Decolonization to continue to examine this question;\n\n"
        "5. Requests the Department of Global Communications of the Secretariat:\n\n"
        "(a) To disseminate information on decolonization;\n\n"
        "(b) To report to the Special Committee on measures taken in the implementation of the present resolution;",
        [("DGC", "SpecialCommitteeDecolonization")],
    ),
    (  # a longer name the vocabulary knows, read whole
        "1. Requests the Secretary-General to report to the Committee on Information at its forty-fifth session on "
        "progress achieved in this regard;",
        [("SecretaryGeneral", "CommitteeOnInformation")],
    ),
    (  # a name the vocabulary lacks: the organ that speaks, as before (the Biennial Meeting of States, here before
        # f2e4e89 gave it an id, PoABiennialMeeting; tests/regressions/test_treaty_meetings_receiving_reports.py)
        "1. Requests the Secretariat to conduct a study and to report to the Open Forum of Partners on its findings;",
        [("Secretariat", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_receiver_short_name_before_the_topic(text, expected):
    r = resolution(text, date="2021-12-09", organ="GA")
    assert reports(r, "by", "to") == expected

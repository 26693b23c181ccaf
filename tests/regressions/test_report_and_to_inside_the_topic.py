""" ", and to <organ>" after a report's topic was read as a second receiver of the report even where the topic names an
organ of its own that the "and to" is parallel to (report_receiver_tails.loosely_joined, bb61a23; review 49, finding
5): "to submit a report to the General Assembly at its seventy-fifth session on the advice given by the Peacebuilding
Commission to the Security Council, and to the Economic and Social Council" gave a second report, to ECOSOC, which the
advice goes to. No organ with sessions of its own named between the two receivers; a State or a Government named there
does not stop the join. The second receivers bb61a23 read (the last rows) stay."""

import pytest

from tests.snippets import reports, resolution

R = "Requests the Secretary-General to "
CASES = [
    (
        R + "submit a report to the General Assembly at its seventy-fifth session on the advice given by the"
        " Peacebuilding Commission to the Security Council, and to the Economic and Social Council;",
        "GA",
        [("SecretaryGeneral", "GeneralAssembly", 75)],
    ),
    (
        R
        + "report to the General Assembly at its seventy-fifth session on progress in the mainstreaming of disability,"
        " as a contribution to the Commission for Social Development, and to the Economic and Social Council;",
        "GA",
        [("SecretaryGeneral", "GeneralAssembly", 75)],
    ),
    # the second receivers of bb61a23's wordings (A/HRC/RES/54/26 op 6, A/RES/74/170 op 11, 77/232 op 12)
    (
        "Requests the Special Rapporteur to submit an annual report to the Human Rights Council on the activities"
        " undertaken, and to the General Assembly at its seventy-fifth session;",
        "HRC",
        [("SpecialProcedures", "HumanRightsCouncil", None), ("SpecialProcedures", "GeneralAssembly", 75)],
    ),
    (
        "Requests the United Nations Office on Drugs and Crime to present a report to the Commission on Crime"
        " Prevention and Criminal Justice for consideration at its twenty-ninth session, as well as to the Fourteenth"
        " United Nations Congress on Crime Prevention and Criminal Justice for its information;",
        "GA",
        [("UNODC", "CCPCJ", 29), ("UNODC", "CrimeCongress", 14)],
    ),
    (
        R + "report to the Commission on Crime Prevention and Criminal Justice at its session following the meeting of"
        " the open-ended intergovernmental expert group on the outcome of that meeting, as well as to the General"
        " Assembly, as appropriate.",
        "GA",
        [("SecretaryGeneral", "CCPCJ", None), ("SecretaryGeneral", "GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_report_and_to_inside_the_topic(text, organ, expected):
    r = resolution("1. " + text, date="2019-12-19", organ=organ)
    assert reports(r, "by", "to", "session") == expected

"""A second organ a report is asked for past what the report to the first carries (its topic, the use made of it),
after a comma and its own "to", was no receiver (report_receiver_tails.JOIN reads only the first's session, segment or
dialogue between two receivers): "to report to the Commission on Crime Prevention and Criminal Justice at its session
following the meeting of the open-ended intergovernmental expert group on the outcome of that meeting, as well as to the
General Assembly, as appropriate" (A/RES/77/232 op 12, heldout31) gave the Commission's report alone. A report to each
(tests/mandate_gold/README.md, "What counts": a report to the Council and one to the General Assembly are two), where
both are bodies with sessions and no other infinitive nor relative clause stands between (LOOSE_JOIN); each with the
sessions of its own tail or name ("for consideration at its twenty-ninth session, as well as to the Fourteenth United
Nations Congress", A/RES/74/170 op 11)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at its"
        " session following the meeting of the open-ended intergovernmental expert group on the outcome of that"
        " meeting, as well as to the General Assembly, as appropriate.",
        "GA",
        [("SecretaryGeneral", "CCPCJ", None), ("SecretaryGeneral", "GeneralAssembly", None)],
    ),
    (
        "Requests the United Nations Office on Drugs and Crime to present a report to the Commission on Crime"
        " Prevention and Criminal Justice for consideration at its twenty-ninth session, as well as to the Fourteenth"
        " United Nations Congress on Crime Prevention and Criminal Justice for its information;",
        "GA",
        [("UNODC", "CCPCJ", 29), ("UNODC", "CrimeCongress", 14)],
    ),
    (
        "Requests the Special Rapporteur to submit an annual report to the Human Rights Council on all activities relating"
        " to its mandate, and to the General Assembly in the context of the International Decade for People of"
        " African Descent;",
        "HRC",
        [("SpecialProcedures", "HumanRightsCouncil", None), ("SpecialProcedures", "GeneralAssembly", None)],
    ),
    # another task between: the Assembly is not the report's receiver
    (
        "Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice on its work,"
        " and to transmit the outcome of the meeting to the General Assembly;",
        "GA",
        [("SecretaryGeneral", "CCPCJ", None)],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_report_loose_second_receiver(text, organ, expected):
    r = resolution("1. " + text, date="2019-12-18", organ=organ)
    assert reports(r, "by", "to", "session") == expected

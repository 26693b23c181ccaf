"""The Office of the High Commissioner in the Assembly's refugee texts is the Office of the United Nations
High Commissioner for Refugees (UNHCR; read as UNFundsProgrammes until test_unhcr_read_as_itself.py), not the
Office for Human Rights: "urges the Office to further strengthen partnerships", "Encourages further efforts
by the Office of the High Commissioner", "Requests the High Commissioner to report" (A/RES/76/143 ops 60-62,
78, and the twelve other yearly texts on the Office and on refugees in Africa: 248 mandates that named
OHCHR or its High Commissioner). "The Office of the High Commissioner" and "the High Commissioner" stand for the
Office, or the High Commissioner, named last of the two (actors.yaml UNHCR, UNHCRHighCommissioner); with neither named, the Office for Human Rights and its High Commissioner. "The
Office of the High Commissioner for seeking durable solutions" (op 57), a contextual alias cut off by
"for", names no body: read as a misspelt name, it named the Office for Human Rights.
"""

import pytest

from tests.snippets import resolution

REFUGEES = "Having considered the report of the United Nations High Commissioner for Refugees on the activities of the Office of the United Nations High Commissioner for Refugees,"

CASES = [
    (
        REFUGEES,
        "1. Recognizes the importance of the work of the Office of the High Commissioner for seeking durable "
        "solutions for refugees;\n\n2. Encourages further efforts by the Office of the High Commissioner, in "
        "cooperation with countries hosting refugees, to actively promote durable solutions;\n\n3. Urges the "
        "Office to further strengthen partnerships with national Governments;\n\n4. Requests the High "
        "Commissioner to report on the activities of the Office;",
        [
            # the Office is the agent of a nominal activity, asked (test_nominal_activity_agent_asked.py)
            (2, "encourages", ("UNHCR",)),
            (3, "urges", ("UNHCR",)),
            (4, "requests", ("UNHCRHighCommissioner",)),
        ],
    ),
    (
        "Recalling its resolutions,",
        "1. Requests the Office of the High Commissioner to provide support;\n\n2. Requests the High "
        "Commissioner to report to the Council;\n\n3. Invites the High Commissioner for Human Rights to share "
        "information;",
        [
            (1, "requests", ("OHCHR",)),
            (2, "requests", ("HighCommissionerHumanRights",)),
            (3, "invites", ("HighCommissionerHumanRights",)),
        ],
    ),
    (
        "Recalling the Office of the United Nations High Commissioner for Refugees,",
        "1. Welcomes the work of the Office of the United Nations High Commissioner for Human Rights;\n\n"
        "2. Requests the Office of the High Commissioner to provide support;",
        [(2, "requests", ("OHCHR",))],
    ),
]


@pytest.mark.parametrize("preamble,text,expected", CASES)
def test_refugee_office_of_the_high_commissioner(preamble, text, expected):
    r = resolution(text, date="2021-12-16", organ="The General Assembly", preamble=preamble)
    assert [(m.op, m.verb, m.addressees) for m in r.mandates] == expected
    assert all(x.by != "UNHCR" for x in r.reports_due)

"""Found in heldout4 (03: S/RES/1441 (2002) op 10) and heldout8 (13: S/RES/2340 (2017) op 3, and the Darfur Panel's
renewals 2200, 2265): a report asked for in the passive was no report, "reported" not being a report word. It asks
for one under a request that it be reported (the reporter the paragraph asked before, the receiver it named for that
reporter), or with the ones who report named after "by" (one report each); not "will be reported to the Council for
assessment" under "Decides that" with no one named (1441 op 4), nor "an entity that is reported or confirmed to have
ceased to exist"."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "10. Requests all Member States to give full support to UNMOVIC and the IAEA in the discharge of their "
        "mandates, including by recommending sites to be inspected, the results of which shall be reported to the "
        "Council by UNMOVIC and the IAEA;",
        [("UNMOVIC", "SecurityCouncil", "written"), ("IAEA", "SecurityCouncil", "written")],
    ),
    (
        "3. Requests the Secretary-General to provide updates every three months to the Peacebuilding Commission, "
        "and requests that any obstacles encountered to the fulfilment of its mandate be reported immediately;",
        [
            ("SecretaryGeneral", "PeacebuildingCommission", None),
            ("SecretaryGeneral", "PeacebuildingCommission", "written"),
        ],
    ),
    (
        "4. Decides that false statements or omissions shall constitute a further material breach of Iraq's "
        "obligations and will be reported to the Council for assessment in accordance with paragraphs 11 and 12 below;",
        [],
    ),
    (
        "4. Encourages Member States, when unfreezing the assets of an entity that is reported or confirmed to have "
        "ceased to exist, to recall their obligations;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reported_in_the_passive(text, expected):
    assert reports(resolution(text, date="2017-02-08"), "by", "to", "form") == expected

"""Several reporters asked by one verb to report to several receivers give one report per reporter and receiver
(tests/mandate_gold/README.md: one item per reporter, and a report to the Council and one to another receiver are two):
"requests Haiti and the leadership of the Multinational Security Support mission to update regularly the Security
Council and the Secretary-General" (S/RES/2699 (2023) op 4, heldout19 04: four items) gave Haiti's two alone, as
report_each.reporters left a report with two receivers to its first reporter (2 corpus-full facts changed, both
this paragraph's)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "4. Calls on Member States to contribute personnel, and further requests Haiti and the leadership of the "
        "Multinational Security Support mission to update regularly the Security Council and the Secretary-General "
        "of the progress of deployment of relevant personnel and equipment;",
        [
            ("state:HTI", "SecurityCouncil"),
            ("state:HTI", "SecretaryGeneral"),
            ("MSS", "SecurityCouncil"),
            ("MSS", "SecretaryGeneral"),
        ],
    ),
    (  # one reporter, two receivers: two items, as before
        "4. Requests the leadership of the Multinational Security Support mission to update regularly the Security "
        "Council and the Secretary-General of the progress of deployment;",
        [("MSS", "SecurityCouncil"), ("MSS", "SecretaryGeneral")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_each_reporter_reports_to_each_receiver(text, expected):
    r = resolution(text, date="2023-10-02", preamble="Recalling its resolutions on Haiti,")
    assert sorted(reports(r, "by", "to")) == sorted(expected)

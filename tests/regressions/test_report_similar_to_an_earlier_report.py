"""A report asked "similar in scope, length and detail to his report to the General Assembly at its seventy-fifth
session, ..., for consideration by the Assembly at its eighty-first session" (A/RES/79/145 op 239, 80/109 op 245, the
Assembly's yearly text on sustainable fisheries) gave two reports: one with no session, and the model itself as a
second report asked, at the seventy-fifth session. The report named as the model is a mention (report_mentions.
modelled_on), and its session is not the one asked's (report_receiver_tails.PAST_SESSION): one report, at the
eighty-first session."""

import pytest

from tests.snippets import reports, resolution

GA = "The General Assembly"
CASES = [
    (  # A/RES/79/145 op 239
        "2024-12-12",
        "239. Also requests the Secretary-General to prepare a report similar in scope, length and detail to his report "
        "to the General Assembly at its seventy-fifth session, in cooperation with the Food and Agriculture "
        "Organization of the United Nations and with the assistance of an expert consultant to be hired by the Division "
        "to provide information and analysis on relevant technical and scientific issues to be covered in the report, "
        "for consideration by the Assembly at its eighty-first session, on the actions taken by States and regional "
        "fisheries management organizations and arrangements in response to paragraphs 113, 117 and 119 to 124 of "
        "resolution 64/72, and invites States and regional fisheries management organizations and arrangements to "
        "consider making such information publicly available;",
        [(239, "SecretaryGeneral", "GeneralAssembly", 81, 2026)],
    ),
    (  # the report asked itself at the session named after it, as before (A/RES/75/89 op 212)
        "2020-12-08",
        "212. Requests the Secretary-General to prepare a report, in cooperation with the Food and Agriculture "
        "Organization of the United Nations, for consideration by the General Assembly at its seventy-seventh session, "
        "on further actions taken by States since the preparation of the report referred to in paragraph 211 of the "
        "present resolution;",
        [(212, "SecretaryGeneral", "GeneralAssembly", 77, 2022)],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_report_similar_to_an_earlier_report(date, text, expected):
    r = resolution(text, date=date, organ=GA)
    assert reports(r, "op", "by", "to", "session", "year") == expected

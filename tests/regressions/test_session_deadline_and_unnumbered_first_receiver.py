"""Receivers and sessions of reports, read on corpus-full (stop 28, helper due):

- a session given as a deadline, "no later than the seventy-seventh session" (A/RES/75/245 B op 8), "by no
  later than the eighty-first session" (A/RES/79/194 op 13, 80/118 op 13, E/RES/2025/19 op 1 (xxi)), had no
  session: "no later than" is a deadline as "by" is, for sessions as for dates;
- "to submit to the Human Rights Council at its relevant session and to the General Assembly at its seventy-seventh
  session a comprehensive report" (A/RES/75/184 op 21, 77/220 op 21, 79/173 op 22) gave one report, to the Council
  at the Assembly's session: a session not numbered ("its relevant session", "its next session") after the first
  receiver still joins the second, each at its own (the first at none known);
- "to report on them to the Security Council and Troop-Contributing Countries" (S/RES/1923 (2010) op 17) named
  one receiver: the capitalised, hyphenated spellings of troop- and police-contributing countries are the
  vocabulary's (actors.yaml).
"""

import pytest

from tests.snippets import reports, resolution

GA = "The General Assembly"
SC = "The Security Council"
CASES = [
    (
        GA,
        "2020-12-15",
        "8. Requests the Secretary-General to submit a further report with detailed proposals on practical options, "
        "and to present it for the consideration of the General Assembly no later than the seventy-seventh session;",
        [(8, "SecretaryGeneral", "GeneralAssembly", 77)],
    ),
    (
        GA,
        "2024-12-19",
        "13. Encourages the working group to report on its progress to the General Assembly, by no later than the "
        "eighty-first session, including on follow-up recommendations;",
        [(13, "ExpertGroup", "GeneralAssembly", 81)],
    ),
    (
        GA,
        "2020-12-16",
        "21. Requests the Secretary-General to continue to seek further the views of Member States and to submit to "
        "the Human Rights Council at its relevant session and to the General Assembly at its seventy-seventh session "
        "a comprehensive report on the implementation of the present resolution;",
        [(21, "SecretaryGeneral", "HumanRightsCouncil", None), (21, "SecretaryGeneral", "GeneralAssembly", 77)],
    ),
    (  # numbered sessions each: as before
        GA,
        "2020-12-16",
        "5. Requests the Secretary-General to report to the Committee on Information at its forty-third session and "
        "to the General Assembly at its seventy-sixth session;",
        [(5, "SecretaryGeneral", "CommitteeOnInformation", 43), (5, "SecretaryGeneral", "GeneralAssembly", 76)],
    ),
    (
        SC,
        "2010-05-28",
        "17. Underscores the importance that the rules of engagement be updated, and requests the Secretary-General "
        "to report on them to the Security Council and Troop-Contributing Countries;",
        [(17, "SecretaryGeneral", "SecurityCouncil", None), (17, "SecretaryGeneral", "TroopPoliceContributors", None)],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_receivers_and_sessions(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "by", "to", "session") == expected

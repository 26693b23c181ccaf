"""A report whose reporter was read as its own receiver (the vocabulary lacked the body that reports, or the
organ that asks was read): the body the text names, else no report, as the SHACL shapes want a reporter for
every report due (corpus-full: 57 reports had none after 8659be5, 0 SHACL violations is issue 12's bar):
- the series a report continues: "Takes note of the briefings by the Secretariat ..., and decides to organize
  another briefing" (A/RES/78/102 op 16, heldout9 26: by the Secretariat, and its yearly twins);
- the one invited: "invite the Office of the United Nations High Commissioner for Human Rights to give a briefing
  to the Council" (A/RES/76/177 op 13), "invite UNOCT ... to brief the CTC" (S/RES/2395 op 19);
- a body of the vocabulary: the Al-Qaida and Taliban Monitoring Group (S/RES/1390 op 10), the Syria advance team
  (S/RES/2042 op 7, heldout8 07);
- a body the paragraph sets up, whose tasks it lists: "establish ... a Committee ...: e. To report" (2653 op 19);
- a body the vocabulary now has ("further requests this mission to report to the Secretary-General", S/RES/2137 op 6:
  the electoral observer mission, MENUB)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "16. Takes note of the briefings by the Secretariat during the seventieth to seventy-eighth sessions, and "
        "decides to organize another briefing at the seventy-ninth session with a view to furthering discussion;",
        "GA",
        [(16, "Secretariat", "GeneralAssembly")],
    ),
    (
        "13. Also encourages the Security Council to immediately resume discussion on the situation in the Democratic "
        "People’s Republic of Korea and invite the Office of the United Nations High Commissioner for Human Rights to "
        "give a briefing to the Council, including on the country’s human rights situation;",
        "GA",
        [(13, "OHCHR", "SecurityCouncil")],
    ),
    (
        "10. Requests the Monitoring Group to report to the Committee by 31 March 2002 and thereafter every 4 months;",
        "SC",
        [(10, "MonitoringGroup1363", "SanctionsCommittee")],
    ),
    (
        "7. Decides to authorize an advance team of up to 30 unarmed military observers to liaise with the parties "
        "and to begin to report on the implementation of a full cessation of armed violence in all its forms by all "
        "parties, pending the deployment of the mission referred to in paragraph 5;",
        "SC",
        [(7, "AdvanceTeamSyria", "SecurityCouncil")],
    ),
    (
        "6. Takes note of the request of the Government of Burundi for a United Nations electoral observer mission "
        "and further requests this mission to report to the Secretary-General before, during and after the 2015 "
        "elections;",
        "SC",
        [(6, "MENUB", "SecretaryGeneral")],
    ),
]


@pytest.mark.parametrize(("text", "organ", "want"), CASES)
def test_reporter_named_or_no_report(text, organ, want):
    date = "2002-01-16" if "Monitoring Group" in text else "2019-12-10"
    r = resolution(text, date=date, organ=organ, symbol="S/RES/1390(2002)" if "Monitoring Group" in text else None)
    assert reports(r, "op", "by", "to") == want

"""A report verb whose subject is a relative pronoun says what its antecedent does and asks no one for a report:
"protect and support the relief and recovery of victims and survivors who report abuse" (S/RES/2809 (2025) op 16,
2472 (2019) op 17: read as the African Union's report to the Council), "personnel who cannot report to duty"
(A/RES/75/292 op 8, 78/292 op 7). Not a that-clause's verb ("Requests that the Panel of Experts report"), nor a body's
duty a decision sets ("which shall report to the Council every 90 days") or what a body set up will do ("a Panel of
Experts, which will report to the Council", review55-E 1), nor another report the paragraph asks for
(report_mentions.RELATIVE_SUBJECT). "a Regional Protection Force ..., which will report to the overall UNMISS Force
Commander" (2304 (2016) op 8, heldout21 15: a line of command) asks none either, by report_within.COMMAND_LINE (stop 61;
read as a report before)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "2025-12-23",
        "16. Requests AUSSOM to support the implementation of the Joint Communique, reaffirms the importance of ensuring "
        "the implementation of the African Union Policy on Prevention and Response to Sexual Exploitation and Abuse, "
        "requests the African Union and troop- and police-contributing countries, and the United Nations where "
        "applicable, to screen personnel, undertake risk assessments, deliver all relevant training to personnel, "
        "protect and support the relief and recovery of victims and survivors who report abuse, carry out timely "
        "investigations into allegations, hold perpetrators accountable, and further requests the African Union and "
        "the United Nations to work closely in this regard;",
        [],
    ),
    (
        "SC",
        "2019-05-30",
        "17. Reaffirms the importance of AMISOM's zero-tolerance policy on Sexual Exploitation and Abuse, and in this "
        "regard, requests the AU and troop- and police-contributing countries to screen personnel, undertake risk "
        "assessments, deliver all relevant training to personnel, to protect survivors who report abuse, carry out "
        "timely investigations into allegations to hold perpetrators accountable;",
        [],
    ),
    (
        "SC",
        "2016-08-12",
        "8. Decides further that UNMISS shall include, consistent with paragraph 7 above, a Regional Protection Force "
        "established for an initial period until 15 December 2016, which will report to the overall UNMISS Force "
        "Commander, to be based in Juba, with the responsibility of providing a secure environment in and around Juba;",
        [],  # a line of command (report_within.COMMAND_LINE), no report due
    ),
    (
        "GA",
        "2021-06-30",
        "8. Also requests the Secretary-General to consider placing the selected active-duty military and police "
        "personnel who cannot report to duty promptly owing to onboarding challenges beyond their control against "
        "similar positions at the same duty station once the challenges are addressed;",
        [],
    ),
    (  # near miss: another report of the paragraph stays
        "GA",
        "2021-12-09",
        "5. Calls upon States to protect journalists who report on sexual violence in conflict, and requests the "
        "Secretary-General to report to the General Assembly at its seventy-seventh session on the implementation of "
        "the present resolution;",
        [(5, "GeneralAssembly", None)],
    ),
    (  # near miss: a that-clause's subject before its verb (S/RES/1819 (2008) op 1)
        "SC",
        "2008-06-18",
        "1. Requests that the Panel of Experts report to the Council through the Committee by 1 December 2008 on all "
        "issues listed in paragraph 5 of resolution 1792 (2007);",
        [(1, "SecurityCouncil", None)],
    ),
    (  # near miss: a duty the decision sets on the body it establishes
        "SC",
        "2016-08-12",
        "8. Decides to establish a Committee of the Security Council, which shall report to the Council every 90 days;",
        [(8, "SecurityCouncil", "P90D")],
    ),
    (  # near miss (review55-E 1): what a body the decision sets up will do
        "SC",
        "2005-06-01",
        "3. Decides to establish a Panel of Experts, which will report to the Council through the Committee no later "
        "than 1 May 2006;",
        [(3, "SecurityCouncil", None)],
    ),
    (  # likewise
        "GA",
        "2019-12-20",
        "5. Decides to establish an open-ended working group, which will report to the General Assembly at its "
        "seventy-fifth session;",
        [(5, "GeneralAssembly", None)],
    ),
    (  # likewise, an envoy appointed
        "SC",
        "2019-12-20",
        "5. Requests the Secretary-General to appoint a Special Envoy, who will brief the Council every 90 days;",
        [(5, "SecurityCouncil", "P90D")],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_a_report_verb_in_a_relative_clause_asks_none(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "to", "every") == expected

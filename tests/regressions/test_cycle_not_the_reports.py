"""Found by audit46 (class 1): a cycle the scope says that is not the report's own was given to it. "to submit, in a
timely manner, his next annual report on United Nations rule of law activities, in accordance with paragraph 5 of its
resolution 63/128" (A/RES/74/191 op 16, 75/141, 77/110, 78/112 op 17, 80/167 op 18) asks for one report, the next of
the series 63/128 set: no every. "to include the Funds, on an annual basis, among the programmes ..., and to submit to
the Human Rights Council, and to the General Assembly at its seventy-fifth, seventy-sixth and seventy-seventh
sessions, a report" (A/RES/74/143 op 47, 77/209 op 49): the Assembly's sessions are the report's times, the Council's
copy takes no yearly cycle from the other task (as heldout6 26 op 32, whose Council items have none). "a World Forum
on Cultural Policies, to be held every four years" (A/RES/78/161 op 23): the forum's cycle. A cycle of the report's
own ("submit annual reports", "briefings ... shall take place on an annual basis") stays."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "16. Requests the Secretary-General to submit, in a timely manner, his next annual report on United Nations rule "
        "of law activities, in accordance with paragraph 5 of its resolution 63/128 of 11 December 2008, addressing, in "
        "a balanced manner, the national and international dimensions of the rule of law;",
        "GA",
        [("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    (
        "47. Requests the Secretary-General to continue to transmit to all States the appeals of the General Assembly "
        "for contributions to the Funds, to include the Funds, on an annual basis, among the programmes for which funds "
        "are pledged at the United Nations Pledging Conference for Development Activities, and to submit to the Human "
        "Rights Council, and to the General Assembly at its seventy-fifth, seventy-sixth and seventy-seventh sessions, "
        "a report on the operations of the Funds;",
        "GA",
        [
            ("SecretaryGeneral", "HumanRightsCouncil", None, None),
            ("SecretaryGeneral", "GeneralAssembly", 75, None),
            ("SecretaryGeneral", "GeneralAssembly", 76, None),
            ("SecretaryGeneral", "GeneralAssembly", 77, None),
        ],
    ),
    (
        "23. Invites the United Nations Educational, Scientific and Cultural Organization and other relevant United "
        "Nations bodies to continue to assess the contribution of culture to sustainable development, with a view to "
        "informing development policies and relevant reports, where appropriate, and to continue to act as a platform "
        "for exchange among countries, including through a World Forum on Cultural Policies, to be held every four "
        "years, from 2025 onwards;",
        "GA",
        [],
    ),
    (
        "16. Requests the Secretary-General to submit to the General Assembly an annual report on United Nations rule "
        "of law activities;",
        "GA",
        [("SecretaryGeneral", "GeneralAssembly", None, "P1Y")],
    ),
    (
        "34. Decides that briefings from the Chair of the Committee to the Security Council shall take place on an "
        "annual basis;",
        "SC",
        [("SanctionsCommittee", "SecurityCouncil", None, "P1Y")],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_cycle_not_the_reports(text, organ, expected):
    r = resolution(text, date="2020-12-18", organ=organ)
    assert reports(r, "by", "to", "session", "every") == expected

"""NATO is an actor of its own (heldout42's misses: S/RES/2120 (2013) op 7 "Calls upon ISAF and the NATO Senior Civilian
Representative to continue to work in close consultation with the Afghan Government" read ISAF alone; heldout22 08 coined
the id for the same words in S/RES/2069 (2012) op 7). actors.yaml now has NATO, the representative read as the
organization. Guards, each of which the new alias broke: the Member States acting through or in cooperation with NATO
report, not NATO (S/RES/1575 (2004) op 18 and its renewals: report_reporters.THROUGH now reads a body after "with" or
"through" as acted with or through, as the addressee reader does); a body a means clause's list acts through is no
agent past the list's commas ("including through the contribution of trainers, resources and Operational Mentoring and
Liaison Teams through the NATO Training Mission-Afghanistan", S/RES/1917 (2010) op 24 and the renewals to 2274 (2016):
the golds' empty set, heldout32 18 op 25, heldout36 12 op 25; channels.means), while ", and the High Commissioner"
after a means is asked (a near miss that passes before too).
Mends of review X1 (each row failed before them): "with" after a comma names the one that reports ("..., with the Special
Representative to report", report_reporters.THROUGH); a means' list does not go on past an item naming an actor
("directly and through regional organizations, donors and the World Bank", channels.means); "the NATO-led International
Security Assistance Force" is ISAF alone, "NATO member States" NATO alone (actors.yaml).
"""

import pytest

from tests.snippets import mandates, reports, snippet

SC = "The Security Council,\n\nRecalling its resolution 2069 (2012),\n\n1. "

CASES = [
    (  # S/RES/2120 (2013) op 7
        "Calls upon ISAF and the NATO Senior Civilian Representative to continue to work in close consultation with the "
        "Afghan Government;",
        [("calls-upon", {"ISAF", "NATO"})],
    ),
    (  # S/RES/1917 (2010) op 24: a channel of the means' list, no agent
        "Welcomes in this context the continued progress in the development of the Afghan National Army, and encourages "
        "sustained training efforts, including through the contribution of trainers, resources and Operational "
        "Mentoring and Liaison Teams through the NATO Training Mission-Afghanistan, and advice in developing a "
        "sustainable defence planning process;",
        [("encourages", set())],
    ),
    (  # an item naming an actor ends a means' list: the donors and the World Bank asked
        "Calls upon Member States, directly and through regional organizations, donors and the World Bank to support "
        "the Government;",
        [("calls-upon", {"MemberStates", "Donors", "UNFundsProgrammes"})],
    ),
    (  # "-led": ISAF led by NATO, not NATO
        "Calls upon the NATO-led International Security Assistance Force to continue to support the Government;",
        [("calls-upon", {"ISAF"})],
    ),
    (  # the organization's member States: the organization, as OAS's
        "Calls upon NATO member States and member States of NATO to support the Government;",
        [("calls-upon", {"NATO"})],
    ),
    (  # near miss (passes before too): the list after a means goes on with an addressee after ", and"
        "Requests the Secretary-General, through his Special Representative, and the United Nations High Commissioner "
        "for Human Rights to assist;",
        [("requests", {"SecretaryGeneral", "HighCommissionerHumanRights"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_nato_an_actor_of_its_own(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_the_states_acting_with_nato_report():
    """S/RES/1575 (2004) op 18: two reports, each by the Member States (respectively), none by NATO."""
    r = snippet(
        SC + "Requests the Member States acting through or in cooperation with the EU and the Member States acting "
        "through or in cooperation with NATO to report to the Council on the activity of EUFOR and NATO HQ presence "
        "respectively, through the appropriate channels and at least at three-monthly intervals;\n"
    )
    assert mandates(r, "verb", "addressees", as_sets=True) == [("requests", {"MemberStates"})]
    assert reports(r, "by", "to", "every") == [("MemberStates", "SecurityCouncil", "P3M")] * 2


def test_with_after_a_comma_names_the_reporter():
    """After a comma, "with" opens the one that reports, not a body acted with (review X1 3; failed before: by None)."""
    r = snippet(
        SC + "Decides to renew the mandate, with the Special Representative to report to the Council every three "
        "months;\n"
    )
    assert reports(r, "by", "to", "every") == [("SpecialRepresentatives", "SecurityCouncil", "P3M")]

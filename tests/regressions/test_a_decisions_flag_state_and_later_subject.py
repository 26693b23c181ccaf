"""A decision's "that" clause naming "the flag State" as who shall act, and a second subject joined by "and" with
its own modal verb (heldout36 S/RES/2375 (2017) op 8, the same words in S/RES/1874 (2009) op 13): "decides that the
flag State shall direct the vessel to proceed to an appropriate and convenient port" was the Council's ("flag State"
was no alias of States, only "flag States"), and "then the Committee shall consider designating the vessel ... and the
flag State shall immediately deregister that vessel" gave the Committee alone (the gold: both, as heldout24 S/RES/2270
(2016) op 29's "and that" clauses). "Decides that the Committee may designate vessels ... and all Member States shall
prohibit the entry" (S/RES/2371 (2017) op 6) names both too. Not taken: a passive after "and" ("and the Al-Qaida
Sanctions List shall henceforth be known"), a list under a colon after a first subject with no modal verb (S/RES/1441
(2002) op 7), nor the receiver of "a report to the flag State concerned" (the ocean texts: no report due)."""

import pytest

from tests.snippets import mandates, reports, snippet

PRE = "The Security Council,\n\nRecalling its resolution 2270 (2016),\n\n1. "

CASES = [
    (
        "Calls upon all States to cooperate with inspections pursuant to paragraph 7 above, and, if the flag State does "
        "not consent to inspection on the high seas, decides that the flag State shall direct the vessel to proceed to "
        "an appropriate and convenient port for the required inspection by the local authorities pursuant to paragraph "
        "18 of resolution 2270 (2016), and decides further that, if a flag State neither consents to inspection on the "
        "high seas nor directs the vessel to proceed to an appropriate and convenient port for the required inspection, "
        "or if the vessel refuses to comply with flag State direction to permit inspection on the high seas or to "
        "proceed to such a port, then the Committee established pursuant to resolution 1718 (2006) shall consider "
        "designating the vessel for the measures imposed in paragraph 8 (d) of resolution 1718 (2006) and the flag "
        "State shall immediately deregister that vessel provided that such designation has been made by the Committee;",
        [("calls-upon", {"States"}), ("decides", {"States"}), ("decides", {"SanctionsCommittee", "States"})],
    ),
    (
        "Decides that the Committee may designate vessels for which it has information indicating they are, or have "
        "been, related to activities prohibited by resolutions 1718 (2006), 1874 (2009), 2087 (2013), 2094 (2013), 2270 "
        "(2016), 2321 (2016), 2356 (2017), or this resolution and all Member States shall prohibit the entry into their "
        "ports of such designated vessels;",
        [("decides", {"SanctionsCommittee", "MemberStates"})],
    ),
    # (not taken: a passive after "and")
    (
        "Decides that, from the date of adoption of this resolution, the Al-Qaida Sanctions Committee shall henceforth "
        "be known as the ISIL and Al-Qaida Sanctions Committee and the Al-Qaida Sanctions List shall henceforth be "
        "known as the ISIL and Al-Qaida Sanctions List;",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # a passive after an adverb, its subject an actor (review54-F 1)
        "Decides that the Committee shall review the list annually and the Secretary-General shall also be consulted;",
        [("decides", {"SanctionsCommittee"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_decisions_flag_state_and_later_subject(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_a_report_to_the_flag_state_is_no_report():
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\n1. Calls upon States to take measures, including the "
        "prohibition of vessels from accessing their ports followed by a report to the flag State concerned, when there "
        "is clear evidence that they are engaged in illegal, unreported and unregulated fishing;\n"
    )
    r = snippet(text)
    assert reports(r, "by", "to") == []
    assert mandates(r, "verb", "addressees") == [("calls-upon", ("States",))]

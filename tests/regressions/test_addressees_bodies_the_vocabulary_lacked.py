"""Bodies the heldout7 annotators named that the vocabulary lacked, and the country team: "the media"
(Media), "religious communities" (ReligiousCommunities), "religious leaders" (ReligiousLeaders, heldout8), "national mechanisms for
implementation, reporting and follow-up" (NationalMechanismsReportingFollowUp), the IAEA Board of Governors,
"the members of the CSA" (the Agreement Monitoring Committee in Mali, heldout S/RES/2423 (2018) op 13), and
"the United Nations country team" read as the country team (UNCountryTeams), not the whole system (the golds:
heldout S/RES/2423 op 29, heldout7 S/RES/1863 (2009) op 16); "providers of assistance", "donor partners" are Donors. "Journalists and media workers" are people
released or protected, no addressee; "to enable the media to report" is journalism, no report due.
"""

import pytest

from tests.snippets import mandates, reports, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        HRC,
        "Welcomes and encourages the continuing efforts of all actors in society, including civil society "
        "organizations, religious communities, national human rights institutions, the media and other actors, to "
        "promote tolerance;",
        [("encourages", {"Stakeholders", "CivilSociety", "ReligiousCommunities", "NHRIs", "Media"})],
    ),
    (
        HRC,
        "Also calls upon States, relevant international organizations, national human rights institutions, national "
        "mechanisms for implementation, reporting and follow-up and civil society to cooperate;",
        [
            (
                "calls-upon",
                {
                    "States",
                    "InternationalOrganizations",
                    "NHRIs",
                    "NationalMechanismsReportingFollowUp",
                    "CivilSociety",
                },
            )
        ],
    ),
    (SC, "Urges both local and religious leaders to publicly condemn violations against children;", None),
    (
        SC,
        "Calls on the members of the CSA and other relevant international partners to sustain their support to the "
        "implementation of the Agreement;",
        [("calls-upon", {"CSA", "DevelopmentPartners"})],
    ),
    (
        SC,
        "Decides that the United Nations Political Office for Somalia (UNPOS) and the United Nations country team "
        "shall continue to promote a lasting peace and stability in Somalia;",
        [("decides", {"UNPOS", "UNCountryTeams"})],
    ),
    (SC, "Calls on the UNCT to enhance its presence and activities in the Northern regions;", None),
    (SC, "urges the IAEA Board of Governors to agree upon measures to this end as soon as possible;", None),
    # donors by another name: "providers of assistance" (heldout6 S/RES/2663 (2022) op 20), "donor partners"
    # (heldout4 A/HRC/RES/57/27 op 17 (q))
    (
        SC,
        "Encourages Member States receiving assistance as well as providers of assistance to provide feedback to the "
        "1540 Committee;",
        [("encourages", {"MemberStates", "Donors"})],
    ),
    (HRC, "Calls upon donor partners to intensify their efforts;", [("calls-upon", {"Donors"})]),
    (
        SC,
        "Urges the immediate and unconditional release of journalists, media professionals and associated "
        "personnel who have been kidnapped;",
        [("urges", set())],
    ),
]
# the verb and addressees of the cases given None
SHORT = {
    "Urges both": [("urges", {"ReligiousLeaders"})],
    "Calls on the UNCT": [("calls-upon", {"UNCountryTeams"})],
    "urges the IAEA": [("urges", {"IAEABoardOfGovernors"})],
}


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_bodies_the_vocabulary_lacked(lead, text, expected):
    if expected is None:
        expected = next(v for k, v in SHORT.items() if text.startswith(k))
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_the_media_enabled_to_report_is_no_report_due():
    r = snippet(
        HRC + "Calls upon the Federal Government of Somalia:\n(a) To review the amended media law in order to enable "
        "the media to report independently without fear of retribution in Somalia;\n"
    )
    assert reports(r, "by") == []

"""../shared/corpus-full: 8.39% of the mandates (5,373 of 64,017) named no actor (issue 12, part 3).
Classified by the words after the verb (scripts/mandate_stats.py), they were of four kinds, each
fixed here as a rule or as vocabulary, with a row for each:

- the activity asked for has a marked owner ("Encourages the efforts of the African Union to"):
  the owner is who is asked (extract/agents.py; verbs.yaml `agent_nouns`); so is an agent after
  "by" or before "'s" ("the full implementation of the Agreement by all parties", "the Agency's
  continued efforts": the addressee convention from stop 27, test_nominal_activity_agent_asked.py,
  test_activity_owner_is_its_agent.py);
- a noun, no directive: "its call for the immediate release", "requests for and offers of
  assistance" (verbs.yaml `not_before`) - unless an actor follows ("its call for Israel and
  Lebanon to support" asks them);
- "requests also a final report to the Committee": who is asked is who reports;
- bodies the vocabulary lacked, or their short forms after the full name ("the Unit" after the
  Joint Inspection Unit), "the two Governments", the armed forces and transitional governments of
  named States (actors.yaml, bodies.yaml, countries.yaml).

What stays without an actor names none: "Encourages efforts to ...", "Urges the immediate release
of ...", "Invites voluntary contributions to the trust fund" ask for an activity with no agent."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    # the agent of the activity asked for
    (GA, "Encourages the efforts of the African Union to mediate;", [("encourages", {"AfricanUnion"})]),
    (
        GA,
        "Welcomes and encourages the International Atomic Energy Agency’s continued efforts to help;",
        [("encourages", {"IAEA"})],  # the owner before "'s" is the agent (test_activity_owner_is_its_agent.py)
    ),
    (SC, "Urges the full implementation of the Agreement by all parties;", [("urges", {"PartiesToConflict"})]),
    (
        SC,
        "Urges the full implementation of the Agreement by the Government of Mali and the signatory armed groups;",
        [("urges", {"state:MLI", "PartiesToConflict"})],
    ),
    # a participle's "by" names no agent of the activity; nor does a body after the infinitive
    (SC, "Encourages efforts as agreed by the parties;", [("encourages", set())]),
    (
        SC,
        "Welcomes the elections, and encourages the Government of Mali’s efforts in that regard;",
        [("encourages", {"state:MLI"})],
    ),
    (GA, "Encourages efforts to promote the work of the Committee against Torture;", [("encourages", set())]),
    (GA, "Encourages efforts to strengthen cooperation;", [("encourages", set())]),
    # a noun, no directive, unless an actor follows
    (
        SC,
        "Reiterates its call for Israel and Lebanon to support a permanent ceasefire;",
        [("calls-upon", {"state:ISR", "state:LBN"})],
    ),
    (SC, "Reiterates its call for the immediate release of all hostages;", []),
    (
        GA,
        "Encourages requests for and offers of assistance, and urges States parties to submit requests;",
        [("encourages", set()), ("urges", {"StatesParties"})],
    ),
    # who is asked for a report is who reports
    (
        SC,
        "Decides to extend until 24 April 2017 the mandate of the Panel of Experts established pursuant to resolution "
        "1874 (2009);\n\n2. Requests the Panel of Experts to provide a midterm report, and requests also a final report "
        "to the Committee no later than 1 February 2017;",
        [("decides", {"SecurityCouncil"}), ("requests", {"PanelOfExperts1874"}), ("requests", {"PanelOfExperts1874"})],
    ),
    # a decision's "it" with no one named before is the deciding organ (S/RES/1506 (2003) op 3)
    (SC, "Decides also that it has concluded its consideration of the item;", [("decides", {"SecurityCouncil"})]),
    (
        "The Economic and Social Council,\n\nRecalling its resolution 2012/14,\n\n1. ",
        "Decides that it will consider the question at its next session;",
        [("decides", {"ECOSOC"})],
    ),
    # two States named before
    (
        SC,
        "Welcomes the meeting of the Governments of the Sudan and South Sudan, and urges the two Governments to "
        "take all necessary steps;",
        [("urges", {"state:SDN", "state:SSD"})],
    ),
    # "all others": the others of those named before
    (
        GA,
        "Welcomes the increased contributions of developed countries, and urges all others to step up efforts;",
        [("urges", {"DevelopedCountries"})],
    ),
    # bodies grown from corpus-full, and their short forms after the full name
    (
        GA,
        "Welcomes the report of the Joint Inspection Unit, and requests the Unit to continue its work;",
        [("requests", {"JIU"})],
    ),
    (
        GA,
        "Notes the work of the International Seabed Authority, and encourages the Authority to continue;",
        [("encourages", {"ISA"})],
    ),
    (
        GA,
        "Takes note of the report of the International Civil Service Commission, and requests the Commission to "
        "review the scale;",
        [("requests", {"ICSC"})],
    ),
    (
        GA,
        "Commends the United Nations Regional Centre for Peace and Disarmament in Africa, and encourages the Regional "
        "Centre to develop activities;",
        [("encourages", {"UNRegionalCentresDisarmament"})],
    ),
    (
        SC,
        "Requests the Committee established pursuant to resolution 1718 (2006) to report, and further requests the "
        "Chair to hold briefings;",
        [("requests", {"SanctionsCommittee"}), ("requests", {"SanctionsCommittee"})],
    ),
    (
        SC,
        "Notes the strategic review of UNFICYP, and requests the Mission to implement its recommendations;",
        [("requests", {"UNFICYP"})],
    ),
    (
        GA,
        "Recalls the Paris Agreement adopted by the Parties, and encourages the respective parties to take measures;",
        [("encourages", {"StatesParties"})],
    ),
    (SC, "Demands that the DPRK not conduct any further nuclear test;", [("demands", {"state:PRK"})]),
    (SC, "Calls on the RTGNU and the SSPDF to protect civilians;", [("calls-upon", {"state:SSD"})]),
    (SC, "Calls upon the Myanmar military to release all detainees;", [("calls-upon", {"MyanmarMilitary"})]),
    (SC, "Demands that all foreign terrorist fighters leave the country;", [("demands", {"ForeignTerroristFighters"})]),
    (SC, "Calls upon the Houthis to cease attacks;", [("calls-upon", {"Houthis"})]),
    (
        SC,
        "Calls upon the TGNU and the SPLA-IO to cease hostilities;",
        [("calls-upon", {"state:SSD", "PartiesToConflict"})],
    ),
    (SC, "Urges the NTGL to implement the agreement;", [("urges", {"state:LBR"})]),
    (SC, "Requests the Regional Protection Force to protect the airport;", [("requests", {"UNMISS"})]),
    (SC, "Encourages the KPCS to continue its work;", [("encourages", {"KimberleyProcess"})]),
    (SC, "Calls upon SAMIDRC to cooperate with MONUSCO;", [("calls-upon", {"SAMIDRC"})]),
    # (the country team, not the whole system: heldout S/RES/2423 (2018) op 29, heldout7 S/RES/1863 (2009) op 16)
    (SC, "Requests the UNCT to support the Government;", [("requests", {"UNCountryTeams"})]),
    (GA, "Invites indigenous peoples to participate;", [("invites", {"IndigenousPeoples"})]),
    (GA, "Calls upon participating delegations to reach an agreement;", [("calls-upon", {"MemberStates"})]),
    (
        GA,
        "Calls upon the Black Sea Economic Cooperation Organization to support the efforts;",
        [("calls-upon", {"InternationalOrganizations"})],
    ),
    (
        SC,
        "Calls on all armed forces and groups immediately to cease recruitment;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (SC, "Calls upon all FMS to allow the NIEC to operate freely;", [("calls-upon", {"LocalGovernments"})]),
    (
        SC,
        "Welcomes the cooperation of the Government of Haiti, and calls upon the host Government to comply with its "
        "obligations;",
        [("calls-upon", {"state:HTI"})],
    ),
    (
        SC,
        "Welcomes the work of the International Independent Investigation Commission, and requests the Commission to "
        "continue to report to the Council;",
        [("requests", {"UNIIIC"})],
    ),
    (
        GA,
        "Welcomes the work of the United Nations Scientific Committee on the Effects of Atomic Radiation, and requests "
        "the secretariat to continue to service the Committee;",
        [("requests", {"UNSCEAR"})],
    ),
    (SC, "Urges the political parties to comply with the Code of Conduct;", [("urges", {"PoliticalActors"})]),
    (GA, "Invites States not parties to the Convention to accede to it;", [("invites", {"States"})]),
    # the States asked, not the body they are members of (A/RES/77/86); a body's members, the body
    (
        GA,
        "Urges the States members of the Standing Advisory Committee to strengthen the gender component;",
        [("urges", {"States"})],
    ),
    (GA, "Urges all members of the World Trade Organization to act;", [("urges", {"WTO"})]),
    # "the Committee" after "the Committee pursuant to resolutions 751 (1992) and 1907 (2009)" (S/RES/2385)
    (
        SC,
        "Welcomes the notifications to the Committee pursuant to resolutions 751 (1992) and 1907 (2009), and "
        "requests the Committee, in accordance with its mandate, to consider the recommendations;",
        [("requests", {"SanctionsCommittee"})],
    ),
    (GA, "Urges the appropriate authorities to investigate;", [("urges", {"NationalAuthorities"})]),
    (
        GA,
        "Welcomes the work of the Inter-Parliamentary Union, and invites the Inter-Parliamentary Union to contribute;",
        [("invites", {"IPU"})],
    ),
    (
        SC,
        "Condemns the attacks by the Syrian regime, and demands that the regime cease them;",
        [("demands", {"state:SYR"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_addressees(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

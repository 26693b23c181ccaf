"""Addressees named in the text that the reading lost, so that the mandate named no one (stop 58: the mandates whose
addressee is "named but not found", scripts/mandate_stats.py --named-only): a renewed request whose noun is followed by
another's request ("Reiterates its request and that of the African Union Peace and Security Council for AMISOM to
develop", S/RES/2182 (2014) op 31), by a second place it was said with no participle ("its requests in paragraph 18 of
resolution 2111 (2013) and paragraph 16 of resolution 2431 (2018) that AMISOM support", S/RES/2444 (2018) op 42) or by
"as a matter of urgency" before "to" ("Reiterates its request, as a matter of urgency, to the TFG", S/RES/2015 (2011)
op 7); a request's "that" clause whose subject is a body's components ("requests in that regard that all components
of the MONUSCO Force as well as its police and the civilian components to work together", S/RES/2409 (2018) op 47,
read as a thing of MONUSCO's); the document's panel in lower case ("requests the panel to further investigate",
S/RES/2725 (2024) op 3; "requests the group of experts to coordinate", S/RES/1946 (2010) op 15). Not taken: a
decision that sets a component's size ("Decides that the military component of MINUSMA shall consist of": the
Council's), a component acted on ("Requests that the human rights component of UNMISS be strengthened") or not opening
the subject ("that the size of the military component of MINUSMA be kept under review"), a place in the other
author's name ("and that of the Special Envoy for Yemen for the Houthis": the Houthis only), a thing of a body
("Decides that the strategic priority of MINUSMA remains"), a panel discussion."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions 2111 (2013) and 2431 (2018),\n\n1. "

CASES = [
    (  # S/RES/2182 (2014) op 31
        "Reiterates its request and that of the African Union Peace and Security Council for AMISOM to develop further"
        " an effective approach to the protection of civilians;",
        [("requests", {"AMISOM"})],
    ),
    (  # the same with a "that" clause
        "Reiterates its request and that of the African Union Peace and Security Council that AMISOM develop further an"
        " effective approach to the protection of civilians;",
        [("requests", {"AMISOM"})],
    ),
    (  # S/RES/2444 (2018) op 42
        "Reiterates its requests in paragraph 18 of resolution 2111 (2013) and paragraph 16 of resolution 2431 (2018)"
        " that AMISOM support and assist the FGS and FMSs in implementing the total ban on the export of charcoal;",
        [("requests", {"AMISOM"})],
    ),
    (  # S/RES/2015 (2011) op 7
        "Reiterates its request, as a matter of urgency, to the TFG and relevant Somali regional authorities to"
        " elaborate and adopt a complete set of counter-piracy laws;",
        [("requests", {"state:SOM", "LocalGovernments"})],
    ),
    (  # S/RES/2409 (2018) op 47
        "Stresses the importance of integration, requests in that regard that all components of the MONUSCO Force as"
        " well as its police and the civilian components to work together in an integrated way;",
        [("requests", {"MONUSCO"})],
    ),
    (  # a part asked in a "that" clause
        "Requests that the police component of UNMISS continue to support the national police;",
        [("requests", {"UNMISS"})],
    ),
    (  # another's call whose author's name goes on past its alias ("Special Envoy" then "for Yemen"): whom both ask
        "Reiterates its call and that of the Special Envoy for Yemen for the Houthis to engage constructively in talks;",
        [("calls-upon", {"Houthis"})],
    ),
    (  # whom both ask in lower case after "to"
        "Reiterates its call and that of the Secretary-General to all parties to cease hostilities immediately;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    # near misses: a decision on a component's size, a thing of a body (as before)
    # (and a part of a mission acted on, in a passive, or no part opening the subject: the mission is not asked)
    (
        "Requests that the human rights component of UNMISS be strengthened;",
        [("requests", set())],
    ),
    (
        "Recommends that the police component of UNMIL be increased by 250 officers;",
        [("recommends", set())],
    ),
    (
        "Urges that the components of AMISOM be deployed without delay;",
        [("urges", set())],
    ),
    (
        "Requests that the size of the military component of MINUSMA be kept under review;",
        [("requests", set())],
    ),
    (
        "Decides that the military component of MINUSMA shall consist of up to 10,000 troops;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides that the strategic priority of MINUSMA remains to support the implementation of the Agreement;",
        [("decides", {"SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_named_addressee_the_reading_lost(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected


PANEL = (
    "The Security Council,\n\nRecalling its resolution 1591 (2005),\n\n1. Decides to extend the mandate of the Panel"
    " of Experts originally appointed pursuant to resolution 1591 (2005);\n\n2. "
)


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # S/RES/2725 (2024) op 3
            "Takes note of the panel’s reporting on the complex financing schemes and requests the panel to further"
            " investigate all relevant funding sources of these armed groups;",
            [("requests", ("PanelOfExperts1591",))],
        ),
        (  # S/RES/1946 (2010) op 15, the words of a group of experts
            "Further requests the group of experts to coordinate its activities as appropriate with all actors;",
            [("requests", ("PanelOfExperts1591",))],
        ),
        (  # near miss: a panel discussion names no panel asked
            "Requests the panel discussion to be held at the next session;",
            [("requests", ())],
        ),
    ],
)
def test_the_documents_panel_in_lower_case(text, expected):
    got = [m for m in mandates(snippet(PANEL + text + "\n"), "op", "verb", "addressees") if m[0] == 2]
    assert [m[1:] for m in got] == expected

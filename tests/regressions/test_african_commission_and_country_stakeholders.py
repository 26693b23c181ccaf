"""Addressees named but missed or added (heldout35's misses): the African Union asked through "the Chairperson of the
African Commission" and "the AUC" beside the Secretary-General (S/RES/2363 (2017) op 6, 2429 (2018) op 7, 2378 (2017)
op 16) had been left out of the joint request; "Guinea-Bissau stakeholders" (S/RES/2092 (2013) op 4) had added the
State, and once its name was refused before "stakeholders", Guinea inside it. A country's name before "stakeholders"
qualifies them (Stakeholders alone, as "the Bissau-Guinean stakeholders"); the African Commission on Human and
Peoples' Rights is no African Union, nor are a country's authorities anything but the State.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # S/RES/2363 (2017) op 6
        "Requests the Secretary-General and the Chairperson of the African Commission, in consultation with UNAMID, to "
        "provide a written assessment by 1 January 2018 on the following;",
        [("requests", {"SecretaryGeneral", "AfricanUnion"})],
    ),
    (  # S/RES/2378 (2017) op 16
        "Encourages the UN Secretariat and the AUC to collaborate towards strengthening the APSA by supporting the APSA "
        "road map;",
        [("encourages", {"Secretariat", "AfricanUnion"})],
    ),
    (  # review53-A 3: the AU's Chairperson, "on" an ordinary word
        "Requests the Secretary-General and the Chairperson of the African Commission on the situation to report;",
        [("requests", {"SecretaryGeneral", "AfricanUnion"})],
    ),
    (  # S/RES/2092 (2013) op 4
        "Calls upon Guinea-Bissau stakeholders to continue their efforts to deepen the internal political dialogue;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (  # S/RES/2404 (2018) op 6
        "Calls upon the Bissau-Guinea stakeholders to strictly respect and comply with the rule of law;",
        [("calls-upon", {"Stakeholders"})],
    ),
    # not taken: another African Commission, and a country's authorities
    (
        "Invites the Chairperson of the African Commission on Human and Peoples’ Rights to brief the Council;",
        [("invites", set())],
    ),
    (  # review53-A 3: misnamed, "of"
        "Invites the Chairperson of the African Commission of Human and Peoples’ Rights to brief the Council;",
        [("invites", set())],
    ),
    # review53-A 2: another body's acronym "(AUC)"
    ("Encourages the United Self-Defence Forces of Colombia (AUC) to disarm;", [("encourages", set())]),
    # review53-A 4: a modifier between the name and the stakeholders, or "Stakeholders"
    (
        "Calls upon Guinea-Bissau national stakeholders to continue their efforts;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (
        "Calls upon Guinea-Bissau political and military stakeholders to continue their efforts;",
        [("calls-upon", {"PoliticalActors", "Stakeholders"})],
    ),
    ("Calls upon Guinea-Bissau political actors to continue;", [("calls-upon", {"PoliticalActors"})]),
    ("Calls upon Guinea-Bissau Stakeholders to continue;", [("calls-upon", set())]),
    ("Urges the Guinea-Bissau authorities to act;", [("urges", {"state:GNB"})]),
    ("Urges the Government of Guinea to act;", [("urges", {"state:GIN"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_african_commission_and_country_stakeholders(text, expected):
    got = [(verb, set(who)) for verb, who in mandates(snippet(SC + text), "verb", "addressees")]
    assert got == expected

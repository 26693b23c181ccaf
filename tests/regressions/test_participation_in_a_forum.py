"""The forum an activity of taking part is taken part in is not its agent: "Encourages the widest possible participation
of States in the Assembly of States Parties" (heldout49 A/RES/79/6 op 31, heldout11 A/RES/77/6 op 30: the golds'
States, not StatesParties from the Assembly's name). After a window's "participation / involvement / inclusion /
representation of X" (verbs.yaml `unaddressed.included.nouns`), "in" before a named forum (or its work, meetings)
ends X as "with" ends a partner's list
(window_openers.partners_after): "the continued participation of the Special Rapporteur in the work of the Inter-Agency
Standing Committee" (A/HRC/RES texts on internally displaced persons) asks the Rapporteur, not the Committee. Near misses:
another activity's "in" goes on its list ("the efforts of all actors in society, including national human rights
institutions"); nor does "in" before no named forum ("eminent personalities active in the struggle ..., and civil
society organizations"); a partner after "with" is left out as before."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (  # heldout49 A/RES/79/6 op 31
        "Encourages the widest possible participation of States in the Assembly of States Parties;",
        [("encourages", ("States",))],
    ),
    (
        "Requests the continued participation of the Special Rapporteur in the work of the Inter-Agency Standing "
        "Committee and its subsidiary bodies;",
        [("requests", ("SpecialProcedures",))],
    ),
    (
        "Encourages the participation of civil society in the work of the Human Rights Council;",
        [("encourages", ("CivilSociety",))],
    ),
    (  # the participants go on past the first forum at "and of" (stop 67 review; b68d1c80 took StatesParties too,
        # f4697d3f dropped civil society)
        "Encourages the participation of States in the Assembly of States Parties and of civil society in the "
        "Conference;",
        [("encourages", ("States", "CivilSociety"))],
    ),
    # near misses
    (  # a place after "in" is no forum: the participants go on (verbs.yaml `forum_heads`)
        "Encourages the participation of Member States in Africa and of civil society in the work of the Council;",
        [("encourages", ("MemberStates", "CivilSociety"))],
    ),
    (
        "Encourages the participation of local authorities in Afghanistan and civil society organizations in the peace "
        "process;",
        [("encourages", ("LocalGovernments", "CivilSociety"))],
    ),
    (
        "Encourages the efforts of all actors in society, including national human rights institutions;",
        [("encourages", ("Stakeholders", "NHRIs"))],
    ),
    (  # "in" before no named forum: the list goes on
        "Encourages the participation of Member States, eminent personalities active in the struggle against racial "
        "discrimination, and civil society organizations in the work of the Council;",
        [("encourages", ("MemberStates", "EminentPersonalities", "CivilSociety"))],
    ),
    (
        "Encourages the cooperation of civil society with the Human Rights Council;",
        [("encourages", ("CivilSociety",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_participation_in_a_forum(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees") == expected

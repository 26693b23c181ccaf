""" "and encourages them to", "encourages the latter", "requests her", "calls upon those parties"
(A/HRC/RES/54/14 op 7, A/HRC/RES/59/6 op 8, A/RES/77/209 op 44, A/RES/75/291 op 82 and 115,
A/RES/79/176 op 27, S/RES/1960 (2010) op 5) had no addressee: a pronoun takes the actors named just
before it in the paragraph (the last one for "the latter", "her"; those named together for "them"),
else the addressees of the mandate before it; with nothing to refer to it stays empty."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Welcomes the cooperation established between the Committee on Enforced Disappearances, as well as with other "
        "relevant special procedures and treaty bodies, and encourages them to continue their cooperation;",
        [("encourages", ("TreatyBodies", "SpecialProcedures"))],
    ),
    (
        "Notes the curricula developed by the United Nations Office on Drugs and Crime and relevant institutions, such as the "
        "International Anti-Corruption Academy, and encourages the latter to strengthen their cooperation with the Office;",
        [("encourages", ("InternationalOrganizations",))],
    ),
    (
        "Takes note of the report of the Special Rapporteur, encourages her to include proposals in her recommendations, "
        "requests her to consider including information in her reports;",
        [("encourages", ("SpecialProcedures",)), ("requests", ("SpecialProcedures",))],
    ),
    (
        "Recognizes the role of regional organizations, structures and strategies in combating terrorism, and encourages "
        "those entities to enhance interregional dialogue;",
        [("encourages", ("InternationalOrganizations",))],
    ),
    (
        "Recognizes the efforts made by the relevant United Nations bodies and entities and other international, regional "
        "and subregional organizations, and urges them to step up their efforts;",
        [("urges", ("UNSystemEntities", "InternationalOrganizations"))],
    ),
    # "those States that have received the Special Rapporteur": the States, not the Rapporteur ("asks" requests:
    # the heldout4 gold, S/RES/1493 (2003) op 15)
    (
        "Expresses its appreciation to those States that have received the Special Rapporteur, asks them to examine the "
        "Special Rapporteur's recommendations carefully, invites them to inform the Special Rapporteur of the actions taken;",
        [("requests", ("States",)), ("invites", ("States",))],
    ),
    # the mandate before
    (
        "Calls upon parties to armed conflict to make specific commitments; and further calls upon those parties to make "
        "and implement specific commitments;",
        [("calls-upon", ("PartiesToConflict",)), ("calls-upon", ("PartiesToConflict",))],
    ),
    # nothing to refer to
    ("Encourages them to continue their cooperation;", [("encourages", ())]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_pronoun_addressees(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected

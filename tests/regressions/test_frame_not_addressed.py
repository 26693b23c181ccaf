"""The frame an addressee acts within, named right after it, is no addressee, as a body it acts through (channels):
"Urges States individually or within the framework of competent international organizations to positively consider
investigating allegations of illegal fishing" (heldout37 S/RES/2020 (2011) op 24, heldout31 S/RES/1976 (2011) op 8,
S/RES/2077 (2012) op 28: the golds' States; it gave InternationalOrganizations too). Not taken: organizations listed
as addressees ("States and international organizations"), a frame of the activity asked for, not of an addressee
("to act within the framework of the Agreement"), a nominal object's parties, an addressee after "and" or a comma
following the frame ("in the framework of the Agreement and MINUSMA", "within the framework of the International
Maritime Organization, regional organizations and the private sector": MINUSMA, the organizations asked)."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "Urges States individually or within the framework of competent international organizations to positively "
        "consider investigating allegations of illegal fishing and illegal dumping;",
        [("urges", ("States",))],
    ),
    (
        "Calls upon States within the framework of the African Union to cooperate;",
        [("calls-upon", ("States",))],
    ),
    (
        "Calls upon States within the framework of the African Union and the United Nations to cooperate;",
        [("calls-upon", ("States",))],
    ),
    # (not taken: an addressee after "and" or a comma following the frame, review55-B findings 1 and 2; these rows, not
    # the two after them, are the ones a too-wide frame fails: those name no alias after a frame of an addressee)
    (
        "Encourages the Government of Mali in the framework of the Agreement and MINUSMA to cooperate closely;",
        [("encourages", ("state:MLI", "MINUSMA"))],
    ),
    (
        "Urges all parties in the framework of the Agreement and the Secretary-General to cooperate closely;",
        [("urges", ("PartiesToConflict", "SecretaryGeneral"))],
    ),
    (
        "Calls upon Member States within the framework of the International Maritime Organization, regional "
        "organizations and the private sector to enhance the safety of vessels;",
        [("calls-upon", ("MemberStates", "InternationalOrganizations", "CivilSociety"))],
    ),
    (
        "Urges States and international organizations to share evidence and information;",
        [("urges", ("States", "InternationalOrganizations"))],
    ),
    (
        "Calls upon the Secretary-General and the African Union to act within the framework of the Agreement;",
        [("calls-upon", ("SecretaryGeneral", "AfricanUnion"))],
    ),
    (
        "Encourages cooperation within the framework of the African Union and the United Nations;",
        [("encourages", ("AfricanUnion", "UNSystemEntities"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_frame_not_addressed(text, expected):
    r = snippet("The Security Council,\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees") == expected


def test_frame_linear():
    """A long run of spaces and words after an addressee reads in linear time."""
    import time

    text = (
        "Urges States individually or within the framework of " + "the  " * 3000 + " " * 5000 + "United Nations to act;"
    )
    t = time.perf_counter()
    snippet("The Security Council,\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert time.perf_counter() - t < 5

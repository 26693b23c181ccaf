"""A list of addressees goes on past a role set off by commas where the next body shares its head with a name after
its own comma (issue 12, aud54b class B). "invites the World Health Organization, as the United Nations specialized
agency for health, and other relevant agencies, funds and programmes of the United Nations system to enhance
cooperation" (A/RES/76/270 op 8, 74/304 op 6, 79/319 op 8) read as the Organization alone: asides.py closed the aside
only where a name began right after "and other relevant", and "agencies," is a head shared with "funds and
programmes". The convention reads UNFundsProgrammes, UNSystemEntities (heldout23 23 op 32, "the World Health
Organization, the United Nations Children's Fund and other relevant United Nations agencies, funds and programmes").
A head and its comma only: "and in close cooperation with UNODC" after the aside goes on no list.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (  # A/RES/76/270 op 8
        "Invites the World Health Organization, as the United Nations specialized agency for health, and other "
        "relevant agencies, funds and programmes of the United Nations system to enhance cooperation;",
        [("invites", {"UNFundsProgrammes", "UNSystemEntities"})],
    ),
    (  # as before: a name right after the determiners
        "Invites the World Health Organization, as the lead agency, and other stakeholders to enhance cooperation;",
        [("invites", {"UNFundsProgrammes", "Stakeholders"})],
    ),
    (  # near miss, as before: "as well as" opens no aside
        "Invites the World Health Organization, as well as other relevant agencies, funds and programmes of the "
        "United Nations system, to enhance cooperation;",
        [("invites", {"UNFundsProgrammes", "UNSystemEntities"})],
    ),
    # not taken: a partner after the aside
    (
        "Requests the Secretary-General, as the chief administrative officer, and in close consultation with Member "
        "States, to submit a report;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_goes_on_past_a_role_aside_to_shared_heads(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

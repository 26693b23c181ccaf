"""A list of addressees goes on past a qualifier set off by commas after its join, where the body before the join
names no actor (heldout39 A/RES/75/184 ops 15-17, and 77/220, 79/173): "Invites States, national institutions and, as
appropriate, intergovernmental, international and non-governmental organizations to further their engagement" read as
States alone. The list's end was the first comma that opens a clause (list_ends.LIST_STOP, "as appropriate"), so no name
stood between the comma after "States" and it; now a comma that opens an aside past which the list goes on
(list_ends.aside_commas) ends nothing (list_ends.list_stop). The name after the aside may follow modifiers coordinated
with commas that share its head ("intergovernmental, international and non-governmental organizations":
asides.HEAD_OR_MODIFIERS, as "agencies, funds and programmes" before), as many as asides.MODIFIERS_REACH holds. Not taken: a partner after the qualifier ("in
cooperation with"), the addressee's own infinitive after it, a qualifier with no name after it; the lists the window
reached before read as before."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # heldout39 A/RES/75/184 op 15
        "Invites States, national institutions and, as appropriate, intergovernmental, international and "
        "non-governmental organizations to further their engagement in order to follow forensic best practices;",
        [("invites", {"States", "InternationalOrganizations", "CivilSociety"})],
    ),
    (  # the aside right after the first body: the modifiers with commas before the name
        "Invites States and, as appropriate, intergovernmental, international and non-governmental organizations to "
        "exchange best practices;",
        [("invites", {"States", "InternationalOrganizations", "CivilSociety"})],
    ),
    # modifiers up to the name, any number within asides.MODIFIERS_REACH (150 characters): six before the join, the
    # cap of words there was, and eight, past it (the organizations were lost: review of a59c22c 2)
    (
        "Invites States and, as appropriate, intergovernmental, international, regional, subregional, national, local, "
        "municipal and non-governmental organizations to exchange best practices;",
        [("invites", {"States", "InternationalOrganizations", "CivilSociety"})],
    ),
    (
        "Invites States and, as appropriate, intergovernmental, international, regional, subregional, national, local, "
        "provincial, municipal, community and non-governmental organizations to exchange best practices;",
        [("invites", {"States", "InternationalOrganizations", "CivilSociety"})],
    ),
    (  # a name after the aside, no modifiers
        "Invites States, national institutions and, where appropriate, the Secretary-General to exchange best practices;",
        [("invites", {"States", "SecretaryGeneral"})],
    ),
    # not taken: a partner after the qualifier, the addressee's own infinitive, no name after the qualifier
    (
        "Invites States, national institutions and, as appropriate, in cooperation with intergovernmental "
        "organizations, to exchange best practices;",
        [("invites", {"States"})],
    ),
    (
        "Urges States, national institutions and, where appropriate, to take action against those responsible;",
        [("urges", {"States"})],
    ),
    (
        "Invites States, national institutions and, as appropriate, within existing resources, to exchange best "
        "practices;",
        [("invites", {"States"})],
    ),
    (  # as before: a name before the join
        "Invites all States, relevant United Nations bodies and, as appropriate, other organizations to cooperate;",
        [("invites", {"States", "UNSystemEntities", "InternationalOrganizations"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_goes_on_past_an_aside_after_a_body_with_no_name(text, expected):
    r = resolution("1. " + text, date="2020-12-16", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

"""A list of addressees goes on past a qualifier set off by commas right after the "and" that joins the next body
(issue 12, review54-E 8). "Invites the World Health Organization, as the lead agency, and, where appropriate, other
relevant agencies, funds and programmes to enhance cooperation" read as the Organization alone: asides.JOIN took only
"and" and the name right after it, so the role aside ("as the lead agency,") was not closed and its "as" ended the
window; and windows._aside (now list_ends._aside), for "all States and, where appropriate, other relevant agencies,
funds and programmes", looked for a name right after the determiners, not past a head shared with the name after its
own comma (asides.SHARED_HEAD, now HEAD_OR_MODIFIERS, as after a plain "and"). The corpus's one case: A/RES/78/265 op 6 ("all
Member States, where appropriate, in line with their national priorities ..., and, where applicable, other stakeholders
to promote").
Not taken: an infinitive after the qualifier (the addressee's own, "and, where appropriate, to take action"), a partner
("in close collaboration with ..., and, where appropriate, other relevant international organizations": the partner's
list), a manner ("and, where appropriate, in close consultation with Member States").
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # review54-E 8
        "Invites the World Health Organization, as the lead agency, and, where appropriate, other relevant agencies, "
        "funds and programmes to enhance cooperation;",
        [("invites", {"UNFundsProgrammes", "UNSystemEntities"})],
    ),
    (
        "Invites the World Health Organization, as the lead agency, and, where appropriate, the Secretary-General to "
        "enhance cooperation;",
        [("invites", {"UNFundsProgrammes", "SecretaryGeneral"})],
    ),
    (  # no role aside, the qualifier after "and" only: the head shared with "funds and programmes"
        "Invites all States and, where appropriate, other relevant agencies, funds and programmes to enhance "
        "cooperation;",
        [("invites", {"States", "UNSystemEntities"})],
    ),
    (  # A/RES/78/265 op 6
        "Encourages all Member States, where appropriate, in line with their national priorities and circumstances and "
        "while implementing their distinct national regulatory and governance approaches and frameworks, and, where "
        "applicable, other stakeholders to promote safe, secure and trustworthy artificial intelligence systems;",
        [("encourages", {"MemberStates", "Stakeholders"})],
    ),
    (  # as before: qualifiers on both sides of the "and"
        "Invites all States, as appropriate, and, where applicable, relevant United Nations entities to cooperate;",
        [("invites", {"States", "UNSystemEntities"})],
    ),
    # not taken: the addressee's own infinitive after the qualifier
    (
        "Urges all States, in accordance with international law, and, where appropriate, to take action against those "
        "responsible;",
        [("urges", {"States"})],
    ),
    # not taken: a partner's list, a manner
    (
        "Requests the Secretary-General, in close collaboration with the Food and Agriculture Organization of the "
        "United Nations, and, where appropriate, other relevant international organizations, to submit a report;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "Requests the Secretary-General, as the chief administrative officer, and, where appropriate, in close "
        "consultation with Member States, to submit a report;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_goes_on_past_a_qualifier_after_the_join(text, expected):
    r = resolution("1. " + text, date="2020-01-01", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

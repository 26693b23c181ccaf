"""A "that" clause opening with "without prejudice to ..." and no comma after "that": the actors the aside names are
not its subject. "Decides that without prejudice to the obligations imposed on Member States to freeze the funds ...,
the provision, processing or payment of funds ... are permitted" (heldout35 S/RES/2664 (2022) op 1) read Member States;
the payments are no actor, the Council decides (as the Somalia exemptions). A name with its modal after the aside is
still the subject, and "that, without prejudice to ..., MINURCAT ... shall" keeps its own reading.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # S/RES/2664 (2022) op 1, abridged
        "Decides that without prejudice to the obligations imposed on Member States to freeze the funds and other "
        "financial assets or economic resources of individuals, groups, undertakings, and entities designated by this "
        "Council or its Sanctions Committees, the provision, processing or payment of funds necessary to ensure the "
        "timely delivery of humanitarian assistance are permitted and are not a violation of the asset freezes;",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # not taken: the subject named after the aside, its modal after it
        "Decides that without prejudice to the responsibilities of the Government, all Member States shall take the "
        "necessary measures;",
        [("decides", {"MemberStates"})],
    ),
    (  # S/RES/1923 (2010) op 7, abridged: a comma after "that"
        "Decides further that, without prejudice to paragraph 2 above, MINURCAT shall be authorized to respond to "
        "imminent threats of violence to civilians in its immediate vicinity;",
        [("decides", {"MINURCAT"})],
    ),
    # review53-A 1: no name and modal after the aside, the name after its comma is still the subject
    (
        "Decides that without prejudice to the responsibilities of the Government, MINUSCA is authorized to use all "
        "necessary means;",
        [("decides", {"MINUSCA"})],
    ),
    (
        "Requests that without prejudice to the responsibilities of the Government, the Secretary-General submit a plan;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "Urges that without prejudice to the role of the Government, the international community provide support;",
        [("urges", {"InternationalCommunity"})],
    ),
    (
        "Decides that without prejudice to the responsibilities of the Government, the Secretary-General, in "
        "consultation with the Committee, shall submit a plan;",
        [("decides", {"SecretaryGeneral"})],
    ),
    (  # not taken: a name after a comma past the clause's verb (S/RES/2551 (2020) op 22, abridged)
        "Decides that without prejudice to humanitarian assistance programmes conducted elsewhere, the measures imposed "
        "by paragraph 3 of its resolution 1844 (2008) shall not apply to the payment of funds necessary to ensure the "
        "timely delivery of urgently needed humanitarian assistance in Somalia, by the United Nations, its specialised "
        "agencies or programmes;",
        [("decides", {"SecurityCouncil"})],
    ),
    # review53-A 5: the other concessive asides, "notwithstanding" (S/RES/1705 (2006), abridged) and "subject to"
    (
        "Decides that notwithstanding Article 12 ter of the Statute of the International Criminal Tribunal for Rwanda, "
        "and notwithstanding that Judge Solomy Balungi Bossa's elected term as a Judge of the Tribunal would end on 24 "
        "June 2007, she be authorized to continue to serve;",
        [
            ("decides", {"InternationalTribunals"})
        ],  # review53-E 5: her Tribunal, as judged reads "Judge ... is authorized"
    ),
    # review53-E 6: the aside's own verb is not the clause's
    (
        "Requests that without prejudice to the decisions which will be taken by the General Assembly, the "
        "Secretary-General submit a plan;",
        [("requests", {"SecretaryGeneral"})],
    ),
    # review53-E 4, not taken: the aside's own list of names
    (
        "Decides that without prejudice to the obligations of Member States, the African Union, and the United Nations, "
        "the provision of humanitarian assistance is permitted;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides that without prejudice to the obligations of Member States, regional organizations and the African "
        "Union, the provision of humanitarian assistance is permitted;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides that subject to paragraph 4, the Secretary-General, the African Union and the European Union, the "
        "provision of funds by the United Nations is permitted;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides that notwithstanding the obligations imposed on Member States in paragraph 1, the Committee may "
        "authorize exemptions;",
        [("decides", {"SanctionsCommittee"})],
    ),
    (
        "Decides that subject to the obligations imposed on Member States in paragraph 1, the Committee may authorize "
        "exemptions;",
        [("decides", {"SanctionsCommittee"})],
    ),
    (
        "Decides that notwithstanding the obligations imposed on Member States in paragraph 1, the provision of funds is "
        "permitted;",
        [("decides", {"SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_without_prejudice_opening_that(text, expected):
    got = [(verb, set(who)) for verb, who in mandates(snippet(SC + text), "verb", "addressees")]
    assert got == expected

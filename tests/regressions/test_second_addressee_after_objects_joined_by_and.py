"""A second addressee after the first one's infinitive, its verb left out, when the infinitive's own objects are joined
by a bare "and" before it: "requests United Nations troop- and police-contributing country meetings to address sexual
exploitation and abuse whenever relevant and the United Nations Military Staff Committee to discuss these issues"
(S/RES/2242 (2015) op 9, heldout39 17: the Committee too), "urges the M23 to immediately halt and reverse its
offensive operations and Rwanda to withdraw its Defence Forces" (S/RES/2808 (2025) op 1, heldout33 03: Rwanda too),
"urges States to sign and ratify the Convention as soon as possible and States parties to implement it effectively"
(A/RES/75/182 op 44 and its yearly twins: States parties too), "urges all donor countries to make special efforts to
maintain the level of assistance to the Rohingya Muslims sheltered in Bangladesh and all Governments to make financial
contributions" (A/RES/80/221 op 36, heldout40 25: the Governments too, Bangladesh a place, "all" opening a new
body). elliptic.ELLIPSIS's match
starts at the first bare "and" ("sign and ratify"), whose words up to the actor are no glue: the last bare "and"
before the actor is read (elliptic._inner_and). Not after a "with", "among" or "by" an actor whose list no infinitive
closed (its partners), nor after a name (a list of places), nor where the words name no actor, nor after a comma (the
np opens a phrase of its own whose objects the "and" joins)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        SC,
        "Expresses deep concern, and requests United Nations troop- and police-contributing country meetings to address"
        " sexual exploitation and abuse whenever relevant and the United Nations Military Staff Committee to discuss"
        " these issues as part of its regular programme;",
        [("requests", {"TroopPoliceContributors", "MilitaryStaffCommittee"})],
    ),
    (
        SC,
        "Strongly condemns the ongoing offensive, urges the M23 to immediately halt and reverse its offensive operations"
        " and Rwanda to withdraw its Defence Forces from eastern DRC;",
        [("urges", {"M23", "state:RWA"})],
    ),
    (
        GA,
        "Stresses the importance of a genuine political commitment, and in this context urges States to sign and ratify"
        " the Convention as soon as possible and States parties to implement it effectively;",
        [("urges", {"States", "StatesParties"})],
    ),
    # a State named as a place after "in" ends no list of the infinitive's objects (A/RES/80/221 op 36, heldout40 25)
    (
        GA,
        "Calls upon the international community to broaden the donor base, and urges all donor countries to make special"
        " efforts to maintain the level of assistance to the Rohingya Muslims sheltered in Bangladesh and all"
        " Governments to make financial contributions to the refugee response in Bangladesh;",
        [("calls-upon", {"InternationalCommunity"}), ("urges", {"Donors", "States"})],
    ),
    # the last "and" after a single word (the infinitive's); after "by" a law, no actor; after a "with" its own
    # infinitive closed
    (
        SC,
        "Urges the parties to cease fire and negotiate and the Secretary-General to report on progress;",
        [("urges", {"PartiesToConflict", "SecretaryGeneral"})],
    ),
    (
        SC,
        "Calls upon all States to abide by international law and human rights law and all High Contracting Parties to the"
        " Fourth Geneva Convention to respect it;",
        [("calls-upon", {"States", "StatesParties"})],
    ),
    (
        GA,
        "Urges States to work with the Committee to sign and ratify the Convention as soon as possible and States parties"
        " to implement it;",
        [("urges", {"States", "StatesParties"})],
    ),
    # (not taken: partners after "with", "among"; a list of places; two objects of the infinitive; a partnership, a
    # thing promoted; after a comma)
    (
        GA,
        "Encourages Member States to integrate displacement considerations into disaster preparedness strategies and"
        " promote cooperation with neighbouring and other relevant countries to prepare for early warning;",
        [("encourages", {"MemberStates"})],
    ),
    (
        GA,
        "Encourages Member States to adopt national action plans to preserve Indigenous languages and engage with public"
        " and private actors to enhance the use of digital technologies;",
        [("encourages", {"MemberStates"})],
    ),
    (
        SC,
        "Requests UNMIL to continue to communicate, including through UNMIL Radio, with the people and Government of"
        " Liberia to raise awareness and understanding about its mandate;",
        [("requests", {"UNMIL"})],
    ),
    (
        SC,
        "Calls on Member States to provide in an urgent manner generous and sustained contributions to the humanitarian"
        " efforts under way in Darfur and Chad to address the shortfall;",
        [("calls-upon", {"MemberStates"})],
    ),
    # (a State after "in" and a State by its name alone: a list of places; a State after "with": a partner)
    (
        GA,
        "Calls upon Member States to provide assistance to the refugees in Bangladesh and Myanmar to return safely;",
        [("calls-upon", {"MemberStates"})],
    ),
    (
        GA,
        "Urges States to cooperate with Bangladesh and all Governments to make financial contributions;",
        [("urges", {"States"})],
    ),
    # (a State after "in" and a body no "all", "other", Governments or States word opens: the infinitive's object)
    (
        GA,
        "Calls upon donors to fund the humanitarian response in Yemen and the World Food Programme to scale up its"
        " operations;",
        [("calls-upon", {"Donors"})],
    ),
    (
        GA,
        "Urges the donors to fund the programmes in the Sudan and the United Nations agencies to deliver aid;",
        [("urges", {"Donors"})],
    ),
    (
        GA,
        "Urges Member States to provide assistance to the host communities in Bangladesh and the Government of"
        " Bangladesh to strengthen its capacity;",
        [("urges", {"MemberStates"})],
    ),
    (
        SC,
        "Requests the Secretary-General to continue to support and assist national authorities and the African Union to"
        " develop a strategy;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Requests the Secretary-General to strengthen coordination and cooperation among partners and relevant"
        " stakeholders to assist Member States;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Encourages Member States to promote a rehabilitative environment in prisons and education and multi-stakeholder"
        " partnerships to reduce reoffending;",
        [("encourages", {"MemberStates"})],
    ),
    (
        SC,
        "Urges States to strengthen their efforts, and to provide training and civil society organizations to monitor;",
        [("urges", {"States"})],
    ),
    (
        SC,
        "Urges States to strengthen their efforts, including support and assistance and regional organizations to build"
        " capacity;",
        [("urges", {"States"})],
    ),
    (
        SC,
        "Encourages Member States to provide support, in particular financial and technical assistance and the African"
        " Union to deploy;",
        [("encourages", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_second_addressee_after_objects_joined_by_and(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

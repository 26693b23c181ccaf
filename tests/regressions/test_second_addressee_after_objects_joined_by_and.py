"""A second addressee after the first one's infinitive, its verb left out, when the infinitive's own objects are
joined by a bare "and" before it: "requests United Nations troop- and police-contributing country meetings to address
sexual exploitation and abuse whenever relevant and the United Nations Military Staff Committee to discuss these
issues" (S/RES/2242 (2015) op 9, heldout39 17: the Committee too), "urges the M23 to immediately halt and reverse its
offensive operations and Rwanda to withdraw its Defence Forces" (S/RES/2808 (2025) op 1, heldout33 03: Rwanda too),
"urges States to sign and ratify the Convention as soon as possible and States parties to implement it effectively"
(A/RES/75/182 op 44 and its yearly twins: States parties too). elliptic.ELLIPSIS's match starts at the first bare
"and" ("sign and ratify"), whose words up to the actor are no glue: the last bare "and" before the actor is read
(elliptic._inner_and). Not after a "with" of the infinitive, whose partners the "and" lists, nor after a name (a list of
places), nor where the words name no actor."""

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
    # (not taken: partners after "with"; a list of places; no actor)
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
    (
        SC,
        "Calls upon States to promote peace and security and women to participate fully in public life;",
        [("calls-upon", {"States"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_second_addressee_after_objects_joined_by_and(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

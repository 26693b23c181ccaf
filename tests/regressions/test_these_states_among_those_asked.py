"""The States among those asked that "these States" after them stand for (issue 12, heldout47 25).

"Urges Member States and the international community to honour the memory of the victims of these past tragedies ...,
and calls upon these States to take appropriate and effective measures" (A/RES/79/161 op 24; A/RES/80/193 op 23, the
heldout45 26 gold): "these States" stood for whom the mandate before asked only when all of them were States, so here
it fell back to the vocabulary's "States"; the golds read the Member States just named. Now the States and groups of
States among those asked, where the anaphor ends before a comma or the infinitive.

Near misses: "those States that have not yet done so" (some States, no anaphor: States as written); none of those
asked before a State (States as written); all of them States (unchanged: them all); States the clause lists after
those asked ("to assist Angola, Namibia and Zambia, and encourages those countries": the three, read first).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "24. Urges Member States and the international community to honour the memory of the victims of these past "
        "tragedies by considering a structural and comprehensive approach, and calls upon these States to take "
        "appropriate and effective measures;",
        [("urges", {"MemberStates", "InternationalCommunity"}), ("calls-upon", {"MemberStates"})],
    ),
    (
        "6. Urges Member States, the African Union and the European Union to act, and calls upon these Governments to "
        "cooperate;",
        [("urges", {"MemberStates", "AfricanUnion", "EuropeanUnion"}), ("calls-upon", {"MemberStates"})],
    ),
    # near misses
    (
        "3. Urges all States and the international community to act, and calls upon those States that have not yet "
        "done so to ratify the Convention;",
        [("urges", {"States", "InternationalCommunity"}), ("calls-upon", {"States"})],
    ),
    (
        "4. Requests the Secretary-General and the international community to act, and calls upon these States to "
        "cooperate;",
        [("requests", {"SecretaryGeneral", "InternationalCommunity"}), ("calls-upon", {"States"})],
    ),
    (
        "5. Welcomes the efforts of the Governments of Angola, Namibia and Zambia, and encourages those countries to "
        "continue;",
        [("encourages", {"state:AGO", "state:NAM", "state:ZMB"})],
    ),
    # States listed in the clause after a mixed mandate: those States, not the States among those asked (review 65)
    (
        "5. Urges Member States and international organizations to assist Angola, Namibia and Zambia, and encourages "
        "those countries to continue their efforts;",
        [
            ("urges", {"MemberStates", "InternationalOrganizations"}),
            ("encourages", {"state:AGO", "state:NAM", "state:ZMB"}),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_these_states_among_those_asked(text, expected):
    r = resolution(text, date="2024-12-17", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

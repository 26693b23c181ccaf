"""A numbered paragraph that opens with a verb's bare form, alone or after "We" (verbs.yaml `bare`): a declaration
in the first person ("We call upon landlocked developing countries and transit countries to effectively implement",
A/RES/74/15 (2019) op 32 and some thirty more of its paragraphs, op 44 "We call upon all Member States"; "We request the Secretary-General to report back before
the end of the seventy-fifth session", A/RES/75/1 op 20; "We further call upon the Forum to reinforce its intersessional
work", A/RES/80/173 op 102; "Call upon all States, the United Nations system ...", A/RES/76/1 op 17; "Decide to convene a
high-level meeting", A/RES/74/2 op 83, whose "Request the Secretary-General" was read already), or a Council text's slip
("Call on the security and defence services to continue to submit themselves fully to civilian control", S/RES/2343
(2017) op 10: the heldout12 gold reads calls-upon). Only at the opening: "Explore, encourage and promote a range of
innovative incentives" (A/RES/74/2 op 52) asks no one, nor does a bare form in a lettered item or the middle."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2100 (2013),\n\n"
GA = "The General Assembly,\n\nRecalling its resolution 73/124,\n\n"

CASES = [
    (  # A/RES/74/15 op 44
        GA + "44. We call upon all Member States to enhance market access for exports from landlocked developing "
        "countries, except for arms and armaments.",
        [("calls-upon", {"MemberStates"})],
    ),
    (  # A/RES/75/1 op 20
        GA + "20. We request the Secretary-General to report back before the end of the seventy-fifth session of the "
        "General Assembly with recommendations;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (  # A/RES/80/173 op 102
        GA + "102. We further call upon the Secretary-General to reinforce the intersessional work;",
        [("calls-upon", {"SecretaryGeneral"})],
    ),
    (  # S/RES/2343 (2017) op 10, the heldout12 gold
        SC + "10. Call on the security and defence services to continue to submit themselves fully to civilian "
        "control;",
        [("calls-upon", {"NationalSecurityForces"})],
    ),
    (  # A/RES/74/2 op 83
        GA + "83. Decide to convene a high-level meeting on universal health coverage in 2023 in New York;",
        [("decides", {"GeneralAssembly"})],
    ),
    (  # A/RES/74/2 op 52: no bare form of a directive verb at the opening
        GA + "52. Explore, encourage and promote a range of innovative incentives and financing mechanisms for health "
        "research;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_bare_or_first_person_opening_is_a_mandate(text, expected):
    assert mandates(snippet(text), "verb", "addressees", as_sets=True) == expected

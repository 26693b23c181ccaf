"""A directive verb after "and" and a linking phrase of reason, basis or addition asks as after "and in this
regard": "..., and for that reason encourages the Security Council to take appropriate measures" (A/RES/74/169 op 35,
the yearly text on a nuclear-weapon-free Middle East: six resolutions), "and on that basis invites the Economic and
Social Council to exchange views" (A/RES/75/233 op 118), "and in this sense continues to encourage national
Governments to consult" (op 72), "and in that endeavour encourages all Member States to participate" (A/RES/78/207
op 2), "..., as well as encourages all States that have not yet done so to initiate a process" (A/RES/78/40 op 5),
"should be assured, as well as invites Member States to bear in mind" (A/RES/79/121 op 12). The phrases are
verbs.yaml `links`; the verbs were lost (19 mandates of corpus-full). A noun after "as well as" with no comma or
"and" before it stays a noun ("their specific needs as well as demands with regard to security")."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 73/28,\n\n"

CASES = [
    (
        GA + "1. Emphasizes the need to pursue practical steps towards this goal, and for that reason encourages the "
        "Security Council to take appropriate measures;\n",
        [("encourages", {"SecurityCouncil"})],
    ),
    (
        GA + "1. Also requests the Secretary-General to present a report on progress made, and on that basis invites "
        "the Economic and Social Council to exchange views on lessons learned;\n",
        [("requests", {"SecretaryGeneral"}), ("invites", {"ECOSOC"})],
    ),
    (
        GA + "1. Welcomes the work of the Committee, and in that endeavour encourages all Member States to "
        "participate in its sessions;\n",
        [("encourages", {"MemberStates"})],
    ),
    (
        GA + "1. Recalls that representation of the principal legal systems of the world should be assured, as well "
        "as invites Member States to bear in mind resolution 77/335;\n",
        [("invites", {"MemberStates"})],
    ),
    (  # "in the strongest terms", a link since stop 60 (verbs.yaml `links`), before the verb (review X4 of stop 60:
        # right; the demand was lost)
        "The Security Council,\n\nRecalling its resolution 2100 (2013),\n\n1. Condemns the attacks against "
        "civilians, and in the strongest terms demands that all parties cease hostilities immediately;\n",
        [("demands", {"PartiesToConflict"})],
    ),
    (
        GA + "1. Urges Member States to take into account the specific needs of women as well as demands with regard "
        "to security and privacy;\n",
        [("urges", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_verb_after_a_linking_phrase_of_reason_or_basis(text, expected):
    assert mandates(snippet(text), "verb", "addressees", as_sets=True) == expected

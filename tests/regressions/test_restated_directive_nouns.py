"""A mandate restated by a noun the vocabulary did not read: the plural "calls" ("Reiterates its calls upon the parties
to cease all violations", heldout7 S/RES/1437 (2002) op 4, and S/RES/1285-1424; "Reiterates its calls on the Turkish
Cypriot side and Turkish forces to restore", S/RES/2561 (2021) op 11 and seven later texts, heldout14 S/RES/2815 (2026)
op 18; "Reiterates the calls to development partners and all other relevant actors to implement", heldout16 E/RES/2025/23
op 9; "reiterates its calls for all parties to work", S/RES/2736 (2024) op 3), a restating verb other than "reiterates",
"renews" or "reaffirms" before "its" (verbs.yaml `restating`: "Stresses its request to the Secretary-General to make
urgent progress", heldout16 S/RES/2760 (2024) op 11; "Stresses its demand that the Government of Eritrea allow access",
S/RES/2317 (2016) op 33; "Restates its demand that all States refrain", S/RES/1579 (2004) op 6), and a call renewed after
a semicolon ("... in Haiti; reaffirms its call upon MINUSTAH to continue to support this process; calls upon MINUSTAH",
S/RES/2119 (2013) op 7). Kept: "Emphasizes the recommendation of the Special Rapporteur" (A/RES/74/136 op 44) is
another's; "Reiterates the calls for the full participation of women" asks no one (heldout4 A/RES/74/302 op 43); "and
with regard to the Repertoire calls upon the Secretary-General" (A/RES/74/190 op 18) is still a verb after an aside,
"calls upon" being a noun now as well. A verb restating before "its" only ("Stresses") opens a paragraph whose ", and
its call upon" is a second mandate only when it restates its own ("Stresses its request ..., and its call upon"): in
"Stresses the role of the Panel of Experts and its calls upon Member States" the calls are the Panel's (review of
772fddd: "Stresses" read as "Reiterates" there)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2100 (2013),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 73/124,\n\n1. "

CASES = [
    (  # heldout7 S/RES/1437 (2002) op 4
        SC + "Reiterates its calls upon the parties to comply with the demilitarized regime in the United Nations "
        "designated zones;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (  # S/RES/2066 (2012) op 9
        SC + "Reiterates its calls on the Government of Liberia to continue to combat sexual and gender-based "
        "violence;",
        [("calls-upon", {"state:LBR"})],
    ),
    (  # heldout16 E/RES/2025/23 op 9
        GA + "Reiterates the calls to development partners and all other relevant actors to implement the Doha "
        "Programme of Action;",
        [("calls-upon", {"DevelopmentPartners", "Stakeholders"})],
    ),
    (  # S/RES/2736 (2024) op 3
        SC + "Notes the measures taken by the Sudanese authorities, reiterates its calls for all parties to work in "
        "close partnership with UN agencies;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (  # heldout16 S/RES/2760 (2024) op 11
        SC + "Stresses its request to the Secretary-General to make urgent progress to appoint a civilian Deputy "
        "Head of Mission for UNISFA;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (  # S/RES/1579 (2004) op 6
        SC + "Restates its demand that all States refrain from any action that might contribute to further "
        "destabilization of the situation in the subregion;",
        [("demands", {"States"})],
    ),
    (  # S/RES/2119 (2013) op 7
        SC + "Recognizes the importance of the Secretary-General’s efforts to support the political process under "
        "way in Haiti; reaffirms its call upon MINUSTAH to continue to support this process; calls upon MINUSTAH to "
        "deliver international electoral assistance;",
        [("calls-upon", {"MINUSTAH"}), ("calls-upon", {"MINUSTAH"})],
    ),
    (  # A/RES/74/136 op 44: another's recommendation
        GA + "Emphasizes the recommendation of the Special Rapporteur to introduce into national criminal law a "
        "provision;",
        [],
    ),
    (  # heldout4 A/RES/74/302 op 43: a call for something, no one asked
        GA + "Reiterates the calls for the full, effective and meaningful participation of women in conflict "
        "prevention and resolution;",
        [],
    ),
    (  # review of 772fddd: another's calls after "Stresses the role of"
        SC + "Stresses the role of the Panel of Experts and its calls upon Member States to cooperate fully with it;",
        [],
    ),
    (  # review of 772fddd: a second mandate restated after "Stresses its request"
        SC + "Stresses its request to the Secretary-General to make urgent progress, and its call upon Member States "
        "to cooperate fully with the Panel;",
        [("requests", {"SecretaryGeneral"}), ("calls-upon", {"MemberStates"})],
    ),
    (  # A/RES/74/190 op 18
        GA + "Reiterates the responsibility of the Secretary-General for the quality of the Repertory and the "
        "Repertoire, and with regard to the Repertoire calls upon the Secretary-General to continue to follow the "
        "modalities outlined in his report;",
        [("calls-upon", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_restated_directive_noun_is_a_mandate(text, expected):
    assert mandates(snippet(text), "verb", "addressees", as_sets=True) == expected

"""Names of addressees the vocabulary lacked, read at heldout46's misses (stop 64): the members or entities of the United
Nations Sustainable Development Group (UNSystemEntities, as heldout29 read "entities of the UNSDG"), the regional
forums for sustainable development (UNSystemEntities), "stake holders" in two words (Stakeholders), the exporting State
(States, as "exporting States"), programme countries (DevelopingCountries, as three sets read them), the de facto
authorities of regions no Government holds (PartiesToConflict) and the Mouvement de libération du Congo (MLC, an armed
group). Near misses: the Group itself and its Chair stay UNSDG; "the authorities" of one country stay its State; RCD-Goma
stays RCDGoma; host countries stay States."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1643 (2005),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 71/243,\n\n1. "

CASES = [
    (  # heldout46 A/RES/75/233 op 77 (A/RES/79/226 op 89 the same words)
        GA,
        "Underscores the importance of accountability, and in this regard requests the Secretary-General and members "
        "of the United Nations Sustainable Development Group to ensure full implementation of the Management and "
        "Accountability Framework in all United Nations country teams;",
        [{"SecretaryGeneral", "UNSystemEntities"}],
    ),
    (  # heldout29 A/RES/76/4 op 6
        GA,
        "Requests entities of the United Nations Sustainable Development Group to continue to collect the levy "
        "consistently and coherently;",
        [{"UNSystemEntities"}],
    ),
    (  # near miss: the Group itself
        GA,
        "Invites the United Nations Sustainable Development Group to continue to support the work;",
        [{"UNSDG"}],
    ),
    (  # near miss: its Chair (A/RES/75/233 op 85)
        GA,
        "Requests the Chair of the United Nations Sustainable Development Group to report on progress;",
        [{"UNSDG"}],
    ),
    (  # heldout46 A/RES/75/224 op 17
        GA,
        "Calls for voluntary contributions for the preparations of the meeting, and encourages the regional forums for "
        "sustainable development to include this topic in their deliberations as inputs for the meeting;",
        [{"UNSystemEntities"}],
    ),
    (  # heldout46 A/RES/75/233 op 100, heldout10 25 op 6 (A/RES/75/316): the golds' DevelopingCountries
        GA,
        "Recognizes that digital technologies can be a key enabler of sustainable development, encourages cooperation "
        "between the United Nations development system and programme countries in order to improve digital inclusion;",
        [{"UNSystemEntities", "DevelopingCountries"}],
    ),
    (  # near miss: other countries stay States
        GA,
        "Encourages cooperation between the United Nations development system and host countries;",
        [{"UNSystemEntities", "States"}],
    ),
    (  # heldout46 S/RES/2365 (2017) op 6
        SC,
        "Calls upon Member States, and relevant United Nations entities, in accordance with their mandates, as well as "
        "international actors and civil society, and relevant stake holders, in a position to do so, to provide "
        "assistance to clear landmines;",
        [{"MemberStates", "UNSystemEntities", "InternationalCommunity", "CivilSociety", "Stakeholders"}],
    ),
    (  # heldout46 S/RES/1683 (2006) op 3
        SC,
        "Decides that a request made in accordance with paragraph 2 shall be submitted to the Committee by the "
        "Government of Liberia and the exporting state;",
        [{"state:LBR", "States"}],
    ),
    (  # heldout46 S/RES/1417 (2002) op 5
        SC,
        "Expresses particular concern at the situation in the Ituri region, and calls on the de facto authorities in "
        "the regions affected to ensure the protection of civilians and the rule of law;",
        [{"PartiesToConflict"}],
    ),
    (  # near miss: the authorities of the one country the text is about are its State
        SC,
        "Calls on the Congolese authorities to ensure the protection of civilians;",
        [{"state:COD"}],
    ),
    (  # heldout46 S/RES/1417 (2002) op 13
        SC,
        "Encourages the Government of the Democratic Republic of the Congo, Mouvement pour la Libération du Congo (MLC) "
        "and RCD-Goma to hold new discussions as soon as possible;",
        [{"state:COD", "MLC", "RCDGoma"}],
    ),
    (  # the same movement as S/RES/1468 (2003) spells it
        SC,
        "Calls upon the Mouvement de Libération du Congo to cease its support to armed groups;",
        [{"MLC"}],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_heldout46_addressee_names(lead, text, expected):
    assert mandates(snippet(lead + text + "\n"), "addressees", as_sets=True) == expected

"""Addressees the text names but the vocabulary lacked (issue 12: mandates naming no actor; mandate_stats
--named-only): "the Facilitator" of the Ouagadougou Political Agreement (heldout11's invented id
OuagadougouFacilitator, S/RES/1765 (2007) op 10, 1795 (2008) op 13, 1880 (2009) op 6), "the Ivorian actors"
(PoliticalActors, as heldout11 15 reads S/RES/1880 op 5), "all observers of the General Assembly" (States, as the
golds read observers), "the Office" after the Ethics Office, "the focal point" of UN-Oceans after the Division
for Ocean Affairs and the Law of the Sea, "the Representative" of the Secretary-General for the investment of the
Pension Fund's assets, "the independent expert" in lower case (a special procedure), "the co-facilitators" (A/RES/78/128
op 25), "both secretariats" (the two organizations named last, A/RES/75/11 op 2), "all the participants" in the
six-party talks (S/RES/1695 (2006) op 7), the secretariats and bureaux of the bodies meeting at the United Nations
(IntergovernmentalBodies, the calendar of conferences), national institutions for the promotion and protection of human
rights (NHRIs), the bodies established by the Law of the Sea Convention (new UNCLOSBodies)."""

import pytest

from tests.snippets import mandates, resolution

CI = (
    "Recalling the Ouagadougou Political Agreement signed on 4 March 2007, and paying tribute to President "
    "Blaise Compaoré of Burkina Faso (“the Facilitator”) for his continued efforts,"
)
CASES = [  # (organ, preamble, operative paragraph, the addressee sets of its mandates)
    (
        "The Security Council",
        CI,
        "10. Encourages the Facilitator, President Blaise Compaoré, to continue to support the process;",
        [{"OuagadougouFacilitator"}],
    ),
    (
        "The Security Council",
        CI,
        "6. Encourages the Facilitator and the Special Representative of the Secretary-General to inform it "
        "without delay of any difficulty;",
        [{"OuagadougouFacilitator", "SpecialRepresentatives"}],
    ),
    (
        "The Security Council",
        CI,
        "5. Urges the Ivorian actors to meet their commitments in full and without delay;",
        [{"PoliticalActors"}],
    ),
    (
        "GA",
        "Recalling its resolutions,",
        "6. Invites all observers of the General Assembly to participate in the summit at the highest possible level;",
        [{"States"}],
    ),
    (
        "GA",
        "Recalling its resolutions,",
        "5. Also welcomes the activities of the Ethics Office to increase awareness of ethics-related issues, and "
        "requests the Office to include further information in its next report;",
        [{"EthicsOffice"}],
    ),
    (
        "GA",
        "Recognizing the role of the Division for Ocean Affairs and the Law of the Sea,",
        "367. Recognizes the work undertaken by UN-Oceans, and with the United Nations Legal Counsel/the Division as "
        "the focal point of UN-Oceans, requests the focal point to maintain the UN-Oceans website;",
        [{"DOALOS"}],
    ),
    (
        "GA",
        "Recalling its resolutions,",
        "25. Requests the co-facilitators to present a brief, concise and action-oriented draft declaration;",
        [{"CoFacilitators"}],
    ),
    (
        "GA",
        "Recalling its resolution on cooperation between the United Nations and the League of Arab States,",
        "2. Calls upon both secretariats to exert further efforts to enhance the existing cooperation between the "
        "two organizations;",
        # the United Nations' secretariat is the Secretariat (stop 50: test_the_secretariats_of_the_united_nations)
        [{"Secretariat", "LeagueOfArabStates"}],
    ),
    (
        "The Security Council",
        "Recalling its resolutions,",
        "7. Supports the six-party talks, calls for their early resumption, and urges all the participants to "
        "intensify their efforts on the full implementation of the 19 September 2005 Joint Statement;",
        [{"SixPartyTalks"}],
    ),
    (
        "GA",
        "Recalling its resolutions,",
        "19. Urges the secretariats and bureaux of bodies that underutilize their conference-servicing resources to "
        "work more closely with the Department;",
        [{"IntergovernmentalBodies"}],
    ),
    (
        "GA",
        "Recalling its resolutions,",
        "9. Encourages national institutions for the promotion and protection of human rights established by Member "
        "States to continue to play an active role;",
        [{"NHRIs"}],
    ),
    (
        "GA",
        "Recalling the United Nations Convention on the Law of the Sea,",
        "355. Encourages bodies established by the Convention to strengthen coordination and cooperation;",
        [{"UNCLOSBodies"}],
    ),
    (
        "HRC",
        "Recalling its resolutions,",
        "10. Requests the independent expert to devote greater attention to the situation of children;",
        [{"SpecialProcedures"}],
    ),
]


@pytest.mark.parametrize("organ,preamble,text,want", CASES)
def test_a_named_body_is_found(organ: str, preamble: str, text: str, want: list[set[str]]):
    r = resolution(text, date="2009-07-30", organ=organ, preamble=preamble)
    assert mandates(r, "addressees", as_sets=True) == want


def test_the_facilitator_of_another_process_is_not_the_ouagadougou_one():
    r = resolution(
        "3. Calls upon all parties to cooperate with the Facilitator of the Inter-Congolese Dialogue;",
        date="2001-02-22",
        preamble="Recalling the Lusaka Ceasefire Agreement,",
    )
    assert "OuagadougouFacilitator" not in {a for m in r.mandates for a in m.addressees}

"""Addressees named but not found, the vocabulary lacking them (stop 44: the mandates of corpus-full whose text names
an addressee that the extractor did not find, grouped by wording, the groups that recur): "the public and private
sectors" (the desertification texts, seven a year apart), "the guarantors of that agreement" (the Syria texts),
"National Contact Persons" (UNSCEAR's), "the Bureaux" (of the bodies named before: IntergovernmentalBodies, as its
"secretariats and bureaux of bodies"), "the producers of long-lasting insecticidal nets" (companies: CivilSociety, the
private sector's), "relevant providers" of the assistance a sanctions exemption allows (HumanitarianActors), "the ICC"
(the International Criminal Court), "the opposition forces" of South Sudan (PartiesToConflict, as the golds read
the SPLA-IO). Each read as no one before. The sectors after "across" qualify who is named
before them ("development partners across the public and private sectors"), as States after "in" do.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "GA",
        "20. Encourages the public and private sectors to continue to invest in developing, adapting and scaling up the "
        "application of technologies, enabling policies, methods and tools to combat desertification;",
        [("encourages", {"PublicAndPrivateSectors"})],
    ),
    (  # the sectors qualify the partners: a scope, not another addressee (addressees.PLACE_KINDS)
        "GA",
        "27. Calls upon Member States, the broader United Nations system, civil society organizations and development "
        "partners across the public and private sectors to consider the recommendations contained in report A/79/288;",
        [("calls-upon", {"MemberStates", "UNSystemEntities", "CivilSociety", "DevelopmentPartners"})],
    ),
    (
        "GA",
        "26. Expresses its support for the current agreement to cease hostilities in order to avoid a further "
        "humanitarian catastrophe, and calls upon the guarantors of that agreement to ensure that the ceasefire is "
        "upheld;",
        [("calls-upon", {"AgreementGuarantors"})],
    ),
    (
        "GA",
        "13. Encourages National Contact Persons and their alternates to take part in the global surveys of the "
        "Scientific Committee;",
        [("encourages", {"NationalContactPersons"})],
    ),
    (
        "GA",
        "24. Encourages its Main Committees and subsidiary bodies, as well as the Economic and Social Council and its "
        "functional commissions, to intensify their efforts to make further progress in the integration of a gender "
        "perspective into their work, and invites the Bureaux, as appropriate, to encourage such efforts;",
        None,  # the second verb's addressee only
    ),
    (
        "GA",
        "39. Encourages the producers of long-lasting insecticidal nets and insecticides to accelerate technology "
        "transfer to developing countries;",
        [("encourages", {"CivilSociety"})],
    ),
    (
        "The Security Council",
        "2. Requests the Emergency Relief Coordinator to brief the Security Council every six months, and further "
        "requests relevant providers to assist the Emergency Relief Coordinator in the preparation of such briefings;",
        [("requests", {"EmergencyReliefCoordinator"}), ("requests", {"HumanitarianActors"})],
    ),
    (
        "The Security Council",
        "19. Further strongly urges the opposition forces to fully and immediately implement their commitment to end "
        "grave violations against children;",
        [("urges", {"PartiesToConflict"})],
    ),
    (
        "The Security Council",
        "1. Requests, consistent with the provisions of Article 16 of the Rome Statute, that the ICC, if a case arises "
        "involving current or former officials, shall for a twelve-month period starting 1 July 2002 not commence or "
        "proceed with investigation or prosecution of any such case;",
        [("requests", {"ICC"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_receivers_named_but_not_found(organ, text, expected):
    r = resolution(text, date="2019-12-19", organ=organ)
    got = mandates(r, "verb", "addressees", as_sets=True)
    if expected is None:
        assert got[-1] == ("invites", {"IntergovernmentalBodies"})
    else:
        assert got == expected

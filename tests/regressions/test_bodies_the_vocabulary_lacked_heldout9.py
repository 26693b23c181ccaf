"""Bodies and names the vocabulary lacked, from the ninth held-out gold's misses (tests/mandate_gold/heldout9,
lists losing one member) and corpus-full, each recurring there: the Mano River Union as an organization
(S/RES/2116 (2013) op 20; "the Mano River Union region" is a place, S/RES/1346 (2001) op 11), BONUCA (heldout8
S/RES/1778 op 26), the co-sponsors of the Middle East peace process and "the parties thereto" of the
conventions just named (A/RES/77/26 ops 7 and 3, and their yearly twins), the international security forces in
Timor-Leste (S/RES/1690 (2006) op 3), UNESCO written with a serial comma (S/RES/1483 (2003) op 7),
"Rapporteurs and Special Envoys and Representatives of the Secretary-General" (S/RES/2250 (2015) op 19),
"sport organizations" (A/HRC/RES/59/17 op 2), the CPLP, the Gulf of Guinea Commission and regional economic
communities (S/RES/2103 (2013) op 7, S/RES/2018 (2011) op 2, S/RES/2502 (2019) op 16)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 53/1,\n\n1. "

CASES = [
    (
        SC,
        "Encourages ECOWAS and the MRU to develop, with the support of UNOWA, a subregional strategy;",
        [{"ECOWAS", "MRU"}],
    ),
    (
        SC,
        "Encourages the efforts of ECOWAS towards a lasting and final settlement of the crisis in the Mano River "
        "Union region;",
        [{"ECOWAS"}],
    ),
    (
        SC,
        "Calls on the Government of the Central African Republic, Member States, BONUCA, United Nations agencies and "
        "the Peacebuilding Commission, to provide the necessary support;",
        [{"state:CAF", "MemberStates", "BONUCA", "UNSystemEntities", "PeacebuildingCommission"}],
    ),
    (
        GA,
        "Calls upon all the parties concerned, the co-sponsors of the peace process and the entire international "
        "community to exert all the necessary efforts;",
        [{"PartiesToConflict", "PeaceProcessCoSponsors", "InternationalCommunity"}],
    ),
    (
        GA,
        "Reaffirms that the Geneva Convention relative to the Protection of Civilian Persons in Time of War continues "
        "to apply, and calls upon the parties thereto to respect their obligations;",
        [{"StatesParties"}],
    ),
    (
        SC,
        "Calls upon the international security forces to continue to work in close coordination with UNMIT;",
        [{"InternationalSecurityForces"}],
    ),
    (
        SC,
        "Calls upon the United Nations Educational, Scientific, and Cultural Organization, Interpol, and other "
        "international organizations, as appropriate, to assist;",
        [{"UNFundsProgrammes", "INTERPOL", "InternationalOrganizations"}],
    ),
    (
        SC,
        "Invites relevant entities of the United Nations, Rapporteurs and Special Envoys and Representatives of the "
        "Secretary-General to improve the coordination;",
        [{"UNSystemEntities", "SpecialProcedures", "SpecialEnvoys", "SpecialRepresentatives"}],
    ),
    (
        HRC,
        "Encourages States and national, regional and international sport organizations and federations to respect "
        "human rights;",
        [{"States", "SportsOrganizations"}],
    ),
    (
        SC,
        "Calls on the AU, ECOWAS, the European Union (EU), CPLP and bilateral partners to support these efforts;",
        [{"AfricanUnion", "ECOWAS", "EuropeanUnion", "InternationalOrganizations", "DevelopmentPartners"}],
    ),
    (
        SC,
        "Calls on member States of ICGLR and regional economic communities to jointly fight illegal exploitation;",
        # the member States of an organization are the organization, as the golds read "the Member States of the AU"
        # (test_vocabulary_named_but_not_found.py)
        [{"ICGLR", "InternationalOrganizations"}],
    ),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_bodies_the_vocabulary_lacked_heldout9(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert [a for _, a in mandates(r, "verb", "addressees", as_sets=True)] == expected

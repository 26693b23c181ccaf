"""Human-rights bodies the golds name by an id the vocabulary gave to another actor, or to none (heldout32's misses):
"the special mechanisms of the Human Rights Council" are the special procedures (A/HRC/RES/57/7 op 16; the
Council's mechanisms at large, HumanRightsMechanisms, took them), "ombudsman institutions" are national human rights
institutions (A/HRC/RES/57/23 op 7, A/RES/74/156 op 19; they were NationalAuthorities), "other relevant programmes
of the Secretariat" the Secretariat (E/RES/2022/3 ops 4, 10; "of the Secretariat" was read as an owner), the
Conference of States Parties to the CRPD is an actor of its own (CRPDCOSP, as CTOCCOP and UNCACCOSP), and
"international human rights mechanisms and bodies" share no "international bodies" (InternationalOrganizations) with
the head coordinated after them (A/HRC/RES/59/15 op 13).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "HRC",
        "16. Requests the human rights treaty bodies, the Office of the United Nations High Commissioner for Human "
        "Rights, the special mechanisms of the Human Rights Council and the Human Rights Council Advisory Committee to "
        "pay due attention, within their respective mandates, to the present resolution;",
        [("requests", {"TreatyBodies", "OHCHR", "SpecialProcedures", "HRCAdvisoryCommittee"})],
    ),
    (
        "HRC",
        "7. Welcomes the important role of the Global Alliance of National Human Rights Institutions, and encourages "
        "relevant national institutions, including ombudsman institutions, to seek accreditation status;",
        [("encourages", {"NHRIs"})],
    ),
    (
        "ECOSOC",
        "4. Calls upon Member States and the specialized agencies, funds and programmes, the regional economic "
        "commissions of the United Nations system and other relevant programmes of the Secretariat to observe and "
        "uphold the Fundamental Principles of Official Statistics;",
        [("calls-upon", {"MemberStates", "UNSystemEntities", "Secretariat"})],
    ),
    (
        "HRC",
        "6. Encourages the Conference of States Parties to the Convention on the Rights of Persons with Disabilities to "
        "further enhance the participation of national human rights institutions;",
        [("encourages", {"CRPDCOSP"})],
    ),
    (
        "HRC",
        "13. Encourages national, subregional, regional and international human rights mechanisms and bodies, "
        "including the relevant special procedures of the Human Rights Council, to continue to address the relevant "
        "aspects of the safety of journalists in their work;",
        [("encourages", {"HumanRightsMechanisms", "SpecialProcedures"})],
    ),
    (  # not taken: the Council's other mechanisms stay HumanRightsMechanisms
        "HRC",
        "9. Encourages other relevant mechanisms of the Human Rights Council to take into account the present "
        "resolution;",
        [("encourages", {"HumanRightsMechanisms"})],
    ),
    (  # not taken: "international donors and organizations" still names international organizations
        "GA",
        "5. Invites international donors and organizations to support the programme;",
        None,
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_human_rights_bodies_by_their_golds_ids(organ, text, expected):
    r = resolution(text, date="2024-10-09", organ=organ)
    got = mandates(r, "verb", "addressees", as_sets=True)
    if expected is None:
        assert any("InternationalOrganizations" in a for _, a in got)
    else:
        assert got == expected

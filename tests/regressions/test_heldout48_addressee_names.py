"""Names of addressees the vocabulary lacked, read at heldout48's misses (stop 66): "bodies and groups based on religion
or belief" (ReligiousCommunities, A/RES/78/212 ops 17, 18) and "multilateral financial organizations"
(InternationalFinancialInstitutions, A/RES/75/210 op 4). Near misses: "religious groups" and "groups based on religion or belief" a text
protects are asked nothing; "technical and financial organizations" (E/RES/2024/15 op 2) stay no one's; "international financial
institutions and organizations" stay two kinds (heldout4 23)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 71/243,\n\n1. "

CASES = [
    (  # heldout48 A/RES/78/212 op 18
        "Recommends that States, the United Nations and other actors, including national human rights institutions, "
        "non-governmental organizations and bodies and groups based on religion or belief, in their efforts to promote "
        "freedom of religion or belief, ensure the widest possible dissemination of the text of the Declaration;",
        [{"States", "UNSystemEntities", "Stakeholders", "NHRIs", "CivilSociety", "ReligiousCommunities"}],
    ),
    (  # the groups alone
        "Encourages groups based on religion or belief to promote religious tolerance;",
        [{"ReligiousCommunities"}],
    ),
    (  # near miss: religious groups protected, not asked
        "Urges States to lift barriers limiting the activities of religious groups;",
        [{"States"}],
    ),
    (  # near miss: the new wording itself as the object, protected, not asked
        "Urges States to lift barriers limiting the activities of groups based on religion or belief;",
        [{"States"}],
    ),
    (  # near miss: the new wording the infinitive's object
        "Urges States to protect bodies and groups based on religion or belief;",
        [{"States"}],
    ),
    (  # heldout48 A/RES/75/210 op 4
        "Calls upon Member States, relevant multilateral financial organizations and other entities of the "
        "international community, including academia and non-governmental organizations, to continue to support "
        "the efforts;",
        [{"MemberStates", "InternationalFinancialInstitutions", "InternationalCommunity", "Academia", "CivilSociety"}],
    ),
    (  # near miss: the institutions and organizations are two kinds (heldout4 23 A/RES/75/319 op 3)
        "Urges international financial institutions and organizations to continue to contribute generously;",
        [{"InternationalFinancialInstitutions", "InternationalOrganizations"}],
    ),
    (  # near miss: financial organizations of no kind the vocabulary names
        "Requests the Secretariat to engage technical and financial organizations to enhance the implementation;",
        [{"Secretariat"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_heldout48_addressee_names(text, expected):
    assert mandates(snippet(GA + text + "\n"), "addressees", as_sets=True) == expected

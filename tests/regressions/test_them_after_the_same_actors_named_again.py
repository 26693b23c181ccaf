""" "Them" after actors named twice, the second time with others ("Expresses its appreciation for the political support
provided by Member States, as well as for the financial contributions made by Member States and international
governmental and non-governmental organizations, to strengthen the Regional Centre ..., and encourages them to continue
to make and to increase voluntary contributions", A/RES/78/57 op 3 and the Assembly's regional centres texts
74/72 to 80/61): pronouns.antecedent took the first run of actors named together, Member States alone. A later run
that opens with the same actors and goes on now stands for them all; one naming them among others does not ("the
efforts made by the Government of Sierra Leone and the RUF ... reaffirmed at the meeting of ECOWAS, the United
Nations, the Government of Sierra Leone and the RUF ..., and encourages them", S/RES/1370 (2001) op 5: the two).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "General Assembly",
        "3. Expresses its appreciation for the political support provided by Member States, as well as for the "
        "financial contributions made by Member States and international governmental and non-governmental "
        "organizations, to strengthen the Regional Centre, its programme of activities and the implementation "
        "thereof, and encourages them to continue to make and to increase voluntary contributions;",
        [("encourages", {"MemberStates", "InternationalOrganizations", "CivilSociety"})],
    ),
    (  # named again among others: the first, as before
        "Security Council",
        "5. Welcomes the efforts made by the Government of Sierra Leone and the RUF towards full implementation of the "
        "Ceasefire Agreement signed in Abuja on 10 November 2000 between the Government of Sierra Leone and the RUF and "
        "reaffirmed at the meeting of the Economic Community of West African States (ECOWAS), the United Nations, the "
        "Government of Sierra Leone and the RUF at Abuja on 2 May 2001, and encourages them to continue those efforts;",
        [("encourages", {"state:SLE", "RUF"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_them_after_the_same_actors_named_again(organ, text, expected):
    r = resolution(text, date="2023-12-04", organ=f"The {organ}")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

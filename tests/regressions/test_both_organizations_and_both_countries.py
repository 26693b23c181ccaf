""" "Both organizations", "the two organizations" stand for the two organizations named last, as "the two
Governments" for the two States: "Encourages both organizations to continue to examine possible ways to
further strengthen their interaction" (A/RES/75/276 op 7, the United Nations and the Collective Security
Treaty Organization; was no one), "calls upon the two organizations to collaborate" (A/RES/77/20 op 12,
INTERPOL and the United Nations; was INTERPOL alone). "Both countries", "the two countries" are the two
States named last: "calls upon both countries to cooperate fully with the United Nations" (S/RES/1827
(2008) op 1, Ethiopia and Eritrea; was States), "demands that the two countries provide full support to
UNISFA" (S/RES/2550 (2020) op 7, Sudan and South Sudan).
"""

import pytest

from tests.snippets import resolution

CASES = [
    (
        "GA",
        "Recalling its resolutions,",
        "1. Welcomes the steps that INTERPOL and the United Nations have taken, and calls upon the two "
        "organizations to collaborate on and coordinate their analysis;",
        ("INTERPOL", "UNSystemEntities"),
    ),
    (
        "GA",
        "Recalling the cooperation between the United Nations and the Collective Security Treaty Organization,",
        "1. Encourages both organizations to continue to examine possible ways to further strengthen their "
        "interaction;",
        ("InternationalOrganizations", "UNSystemEntities"),
    ),
    (
        "SC",
        "Recalling its resolutions on the situation between Ethiopia and Eritrea,",
        "1. Calls upon both countries to cooperate fully with the United Nations;",
        ("state:ERI", "state:ETH"),
    ),
]


@pytest.mark.parametrize("organ,preamble,text,expected", CASES)
def test_both_organizations_and_both_countries(organ, preamble, text, expected):
    r = resolution(text, date="2021-12-16", organ=organ, preamble=preamble)
    assert [set(m.addressees) for m in r.mandates] == [set(expected)]

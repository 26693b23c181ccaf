"""Somalia's member states under their names of 2015-2019 are local governments (LocalGovernments), beside the
Federal Government's state:SOM: "urges the FGS and Interim Regional Administrations to continue to promote increased
representation of women" (S/RES/2232 (2015) op 33, 2275 (2016) op 20, 2297 (2016) op 42, the heldout22 gold), "calls
upon the Federal Government of Somalia and the South-West State to address allegations" (heldout19 S/RES/2461 (2019)
op 6). The vocabulary had the lower-case "regional administrations" only, and aliases match case-sensitively, so the
capitalised name was lost and the list kept the FGS alone. Administrations engaged with ("including by engaging with
the Interim Regional Administrations", S/RES/2275 op 5) are partners, not addressed.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Notes that women are not adequately represented in the assemblies of the new interim regional "
        "administrations, and urges the FGS and Interim Regional Administrations to continue to promote increased "
        "representation of women at all decision-making levels in Somali institutions;",
        [("urges", {"state:SOM", "LocalGovernments"})],
    ),
    (
        "1. Urges the Federal Government of Somalia and Interim Regional Administrations to continue to promote "
        "increased representation of women;",
        [("urges", {"state:SOM", "LocalGovernments"})],
    ),
    (
        "1. Acknowledges progress made, and calls upon the Federal Government of Somalia and the South-West State to "
        "address allegations of human rights violations and abuses prior to the South-West State elections;",
        [("calls-upon", {"state:SOM", "LocalGovernments"})],
    ),
    (
        "1. Requests UNSOM to strengthen further and maintain its presence in all capitals of Interim Regional "
        "Administrations, subject to United Nations security requirements, including by engaging with the Interim "
        "Regional Administrations in support of a federal structure;",
        [("requests", {"UNSOM"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_somali_regional_administrations(text, expected):
    r = resolution(text, date="2016-05-27")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

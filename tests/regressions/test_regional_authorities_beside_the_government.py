"""A country's authorities below its Government, named beside it: "strongly urges the TFG and regional authorities of
Somalia to expeditiously address ..., and requests the TFG and relevant regional authorities of Somalia to provide a
report to the Security Council by 31 December 2011" (heldout20 11, S/RES/2015 (2011) op 7: state:SOM and
LocalGovernments, two reporters; "requests the TFG and regional authorities in Somalia", S/RES/1976 (2011) op 4),
"calls on the FGS and regional administrations to prioritize" (S/RES/2244 (2015) and the Somalia texts of 2014-2016),
"local and regional authorities" (the 2030 Agenda texts of ECOSOC): "regional authorities of Somalia" was read as
"the authorities of Somalia", the State alone, and "regional authorities" and "regional administrations" named no one.
The national authorities stay the State."""

import pytest

from tests.snippets import mandates, reports, resolution

CASES = [
    (
        "7. Strongly urges the TFG and regional authorities of Somalia to expeditiously address any other existing "
        "obstacles that impede progress in this regard;",
        [("urges", {"state:SOM", "LocalGovernments"})],
    ),
    (
        "7. Requests the TFG and regional authorities in Somalia to increase their own efforts;",
        [("requests", {"state:SOM", "LocalGovernments"})],
    ),
    (
        "12. Calls upon the FGS and regional administrations to enhance civilian oversight of the security sector;",
        [("calls-upon", {"state:SOM", "LocalGovernments"})],
    ),
    (
        "9. Encourages local and regional authorities to engage with the United Nations development system;",
        [("encourages", {"LocalGovernments"})],
    ),
    # the national authorities of the State stay the State
    (
        "5. Calls upon the authorities of Somalia to investigate these attacks;",
        [("calls-upon", {"state:SOM"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_regional_authorities_beside_the_government(text, expected):
    r = resolution(
        text, date="2011-10-24", preamble="Recalling its resolutions on the situation in Somalia, including the TFG,"
    )
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_the_report_of_the_regional_authorities():
    """Each reporter asked gives its own report item (the gold's two items of S/RES/2015 (2011) op 7)."""
    r = resolution(
        "7. Requests the TFG and relevant regional authorities of Somalia to provide a report to the Security "
        "Council by 31 December 2011 on action taken in each of the areas above;",
        date="2011-10-24",
    )
    assert sorted(reports(r, "by", "to", "due")) == [
        ("LocalGovernments", "SecurityCouncil", "2011-12-31"),
        ("state:SOM", "SecurityCouncil", "2011-12-31"),
    ]

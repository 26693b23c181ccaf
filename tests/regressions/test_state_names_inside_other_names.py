"""A State's name inside another name is not the State: "the downing of Ukraine International Airlines flight
752, and calls upon the Government to ensure accountability" (heldout5 A/RES/76/178 op 18: the Government
is Iran's, named before, not Ukraine's), "through the NATO Training Mission-Afghanistan" (S/RES/1917 (2010)
op 24, the gold S/RES/2145 (2014) op 25: training efforts, no one asked). Data: countries.yaml not_before
for the first, a name after a hyphen for the second."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

CASES = [
    (
        "18. Encourages the Government of the Islamic Republic of Iran to cooperate on investigations into "
        "allegations of harassment of some families of the victims of the downing of Ukraine International "
        "Airlines flight 752, and calls upon the Government to ensure accountability for the downing;",
        [("encourages", ("state:IRN",)), ("calls-upon", ("state:IRN",))],
    ),
    (
        "24. Welcomes the continued progress of the Afghan National Army, and encourages sustained training "
        "efforts, including through the contribution of trainers through the NATO Training Mission-Afghanistan;",
        [("encourages", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_state_names_inside_other_names(text, expected):
    doc = f"---\ndate: 2021-12-16\n---\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n{text}\n"
    r = extract_source(read_bytes(doc.encode(), "snippet.md"))
    assert [(m.verb, m.addressees) for m in r.mandates] == expected

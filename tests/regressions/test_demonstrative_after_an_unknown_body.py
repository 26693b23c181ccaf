"""A demonstrative stands for the body named last of its kind, and for none when that one is a body the
vocabulary lacks, as "the Division" does (issue 12, anaphora to a body named earlier): "welcomes the efforts
made by the Division of Conference Management of the United Nations Office at Geneva ..., encourages that
Division to provide continuous necessary support" (A/RES/74/186 op 32 and its yearly twins) was read as the
Codification Division; "that Division" after the Codification Division still is. (The Division of Conference
Management was added to the vocabulary later, tests/regressions/test_addressees_named_but_not_found.py: "that
Division" after it is that Division; after a division the vocabulary still lacks, none.)
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Takes note of the report, welcomes the efforts made by the Division of Conference Management of the United "
        "Nations Office at Geneva, especially its Editing Section, encourages that Division to provide continuous "
        "necessary support to the Editing Section;",
        [("encourages", {"DivisionConferenceManagementGeneva"})],
    ),
    (
        "Welcomes the efforts made by the Division for Inclusive Social Development of the Department of Economic "
        "and Social Affairs, and encourages that Division to continue;",
        [("encourages", set())],
    ),
    (
        "Welcomes the work of the Codification Division, and encourages that Division to continue;",
        [("encourages", {"CodificationDivision"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_demonstrative_after_an_unknown_body(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

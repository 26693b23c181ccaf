"""The Secretary-General's Early Warnings for All initiative, asked by name after the text welcomed it, is an addressee
of its own (the gold's new id EarlyWarningsForAll): "Welcomes the progress made under the Secretary-General's Early
Warnings for All initiative, and invites the initiative to expand its coverage to include all least developed
countries" (heldout28 A/RES/79/218 op 26; A/RES/80/150 op 24) named no one. "The initiative" stands for it only in a
text that named it; the initiative supported by others is no addressee."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Welcomes the progress made under the Secretary-General’s Early Warnings for All initiative, and invites the "
        "initiative to expand its coverage to include all least developed countries, which have acute needs and are "
        "the furthest behind;",
        [("invites", {"EarlyWarningsForAll"})],
    ),
    ("Welcomes the initiative of the Government, and invites the initiative to continue;", [("invites", set())]),
    (
        "Calls upon Member States to support the Early Warnings for All initiative;",
        [("calls-upon", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_early_warnings_for_all(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees", as_sets=True) == expected

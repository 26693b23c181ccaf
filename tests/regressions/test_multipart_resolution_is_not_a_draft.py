"""A/RES/74/92 "Questions relating to information" has parts A and B, each opening with "The General
Assembly,". The second opener was read as a nested draft, so 19 GA resolutions of corpus-full
claimed to recommend a draft to the General Assembly, themselves. A draft is nested only where the
text recommends it ("the adoption of the following draft resolution") or another organ speaks."""

import pytest

from tests.snippets import snippet

PART_B = (
    "The General Assembly,\n\nRecalling its resolution 73/102,\n\n1. Requests the Secretary-General to continue;\n\n"
    "B\n\nThe General Assembly,\n\nRecalling its resolution 73/103,\n\n1. Requests the Department to continue;\n"
)
ECOSOC = (
    "The Economic and Social Council,\n\nRecalling its resolution 2011/33,\n\n"
    "1. Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
    "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. Requests the Secretary-General to report;\n"
)
OTHER_ORGAN = (
    "The Economic and Social Council,\n\n1. Recommends that the Assembly adopt the text below:\n\n"
    "The General Assembly,\n\n1. Requests the Secretary-General to report;\n"
)


@pytest.mark.parametrize(
    "text, draft_for, parts",
    [
        (PART_B, None, {"main"}),
        (ECOSOC, "GA", {"main", "draft"}),
        (OTHER_ORGAN, "GA", {"main", "draft"}),
    ],
)
def test_second_opener(text, draft_for, parts):
    r = snippet(text)
    assert r.contains_draft_for == draft_for
    assert {p.part for p in r.paragraphs} == parts


def test_part_b_keeps_its_citations_and_mandates_as_the_assemblys():
    r = snippet(PART_B)
    assert {c.target for c in r.citations} == {"A/RES/73/102", "A/RES/73/103"}
    assert len(r.mandates) == 2

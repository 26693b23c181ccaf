"""A/RES/76/141: "[^14]: Resolution S‑23/2, annex" is written with U+2011 and was not found."""

from tests.snippets import snippet


def test_special_session_with_a_non_breaking_hyphen():
    r = snippet(
        "The General Assembly,\n\nRecalling the outcome document,[^14]\n\n[^14]: Resolution S\u201123/2, annex, and resolution S\u201123/3, annex.\n\n1. Notes.\n"
    )
    assert [c.target for c in r.citations] == ["A/RES/S-23/2", "A/RES/S-23/3"]

"""A preambular paragraph read into the block before it. (1) After a part's heading, where the paragraph's line ends
with a footnote marker: "C Scope and programme of work of the Committee" and "Taking note of the programme of work
... of the report of the Secretary-General,[^9]" (E/RES/2025/21 C, heldout23 22; E/RES/2021/13, 2023/5), "II Revised
estimates ..." and "Having considered the report of the Secretary-General[^3] and the related report of the Advisory
Committee ...[^4]" (A/RES/74/263 and the budget resolutions after it: 75/253, 76/246, 77/263, 78/253, 79/258,
80/243): the segmenter looked for the line's closing comma at its very end, after the marker, and the preamble's
paragraph was one heading block with its title. (2) After a preambular paragraph whose closing comma the text lost:
"... humanity, impartiality, neutrality, and independence" and "Stressing the need for the Government of Sudan ..."
(S/RES/2524 (2020)), "Having received the report of the International Atomic Energy Agency for 2022" and "Taking note
of the statement by the Director General ..." (A/RES/78/8): one paragraph. Now a blank line and a preamble's lead
start a paragraph after a preambular one, and after a heading where the line ends as a paragraph does, footnote
markers aside; a heading's title stays its own ("I" and "Achieving sustainable fisheries", A/RES/75/89)."""

import pytest

from tests.snippets import akn_op, akn_paragraphs, akn_pre

NOTE = '<authorialNote marker="{m}" placement="bottom"><p>E/2025/{m}.</p></authorialNote>'

CASES = [
    (
        "a part's heading, then a preamble's paragraph ending with a footnote marker",
        "<subheading>C</subheading><subheading>Scope and programme of work of the Committee</subheading>"
        + akn_pre("<span>Taking note</span> of the programme of work of the Committee," + NOTE.format(m=9)),
        [("other", None, None, "C Scope"), ("preambular", None, None, "Taking note")],
    ),
    (
        "a heading, then two markers inside and at the end of the line",
        "<subheading>II</subheading><subheading>Revised estimates resulting from resolutions</subheading>"
        + akn_pre(
            "<span>Having considered</span> the report of the Secretary-General"
            + NOTE.format(m=3)
            + " and the related report of the Advisory Committee,"
            + NOTE.format(m=4)
        ),
        [("other", None, None, "II Revised"), ("preambular", None, None, "Having considered")],
    ),
    (
        "a preambular paragraph without its closing comma",
        akn_pre("<span>Welcoming</span> the decisions of the Government to facilitate humanitarian access")
        + akn_pre("<span>Stressing</span> the need for the Government to ensure accountability,"),
        [("preambular", None, None, "Welcoming the"), ("preambular", None, None, "Stressing the")],
    ),
    (
        "a heading's title that a participle opens stays the heading's",
        "<subheading>I</subheading><subheading>Achieving sustainable fisheries</subheading>"
        + akn_pre("<span>Recalling</span> its resolutions,"),
        [("other", None, None, "I Achieving"), ("preambular", None, None, "Recalling its")],
    ),
]


@pytest.mark.parametrize("label, preamble, expected", CASES, ids=[c[0] for c in CASES])
def test_a_preambular_paragraph_is_a_paragraph_of_its_own(label, preamble, expected):
    got = akn_paragraphs(akn_op("1.", "<span>Decides</span> to act;"), preamble=preamble, organ="The General Assembly")
    assert got == [*expected, ("operative", 1, None, "Decides to")]

"""A General Assembly resolution in sections whose section of one paragraph prints no number ("XXI Gross jointly
financed budget of the Joint Inspection Unit" and "Approves the gross budget ...", A/RES/78/253; "C Education
grant" and "Decides to defer consideration ...", A/RES/74/255; "D Education grant" and "Decides to maintain the
education grant ...", A/RES/79/252): the segmenter numbered it on from the section before (27, 28, ... 33), and
its mandates and reports went to a paragraph number the text does not have (scripts/paragraph_audit.py:
misnumbered, extra; 8 files of cf-open). It is op 0, as a single unnumbered paragraph is; an unnumbered paragraph
between n and n + 2 still fills the gap, and one with no heading before it still follows the one before."""

import pytest

from tests.snippets import akn_op, akn_paragraphs, akn_pre

HEAD = akn_op("", "XX International Trade Centre")
HEAD2 = akn_op("", "XXI Gross jointly financed budget of the Joint Inspection Unit")

CASES = [
    (
        "sections of one paragraph each",
        akn_op("25.", "<span>Approves</span> the extension of the temporary position;")
        + HEAD
        + akn_op("", "<span>Approves</span> resources in the amount of 21,723,500 dollars;")
        + HEAD2
        + akn_op("", "<span>Approves</span> the gross budget for the Joint Inspection Unit;"),
        [
            ("operative", 25, None, "Approves the"),
            ("other", None, None, "XX International"),
            ("operative", 0, None, "Approves resources"),
            ("other", None, None, "XXI Gross"),
            ("operative", 0, None, "Approves the"),
        ],
    ),
    (
        "before a section numbered from 1",
        akn_op("4.", "<span>Notes</span> the decision of the Commission;")
        + akn_op("", "C Education grant")
        + akn_op("", "<span>Decides</span> to defer consideration of the recommendations;")
        + akn_op("", "D Mobility incentive")
        + akn_op("1.", "<span>Notes</span> the decision of the Commission to set the level;"),
        [
            ("operative", 4, None, "Notes the"),
            ("other", None, None, "C Education"),
            ("operative", 0, None, "Decides to"),
            ("other", None, None, "D Mobility"),
            ("operative", 1, None, "Notes the"),
        ],
    ),
    (
        "a number lost between n and n + 2",
        akn_op("4.", "<span>Notes</span> the decision of the Commission;")
        + akn_op("", "C Education grant")
        + akn_op("", "<span>Decides</span> to defer consideration of the recommendations;")
        + akn_op("6.", "<span>Requests</span> the Commission to report;"),
        [
            ("operative", 4, None, "Notes the"),
            ("other", None, None, "C Education"),
            ("operative", 5, None, "Decides to"),
            ("operative", 6, None, "Requests the"),
        ],
    ),
    (
        "no heading before it",
        akn_op("4.", "<span>Notes</span> the decision of the Commission;")
        + akn_op("", "<span>Decides</span> to defer consideration of the recommendations;"),
        [("operative", 4, None, "Notes the"), ("operative", 5, None, "Decides to")],
    ),
]


@pytest.mark.parametrize("label, body, expected", CASES, ids=[c[0] for c in CASES])
def test_a_section_of_one_unnumbered_paragraph(label, body, expected):
    got = akn_paragraphs(
        body, preamble=akn_pre("<span>Recalling</span> its resolutions,"), organ="The General Assembly"
    )
    assert got == [("preambular", None, None, "Recalling its")] + expected

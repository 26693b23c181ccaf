"""A resolution in parts, each opening with the organ's words again and numbered from 1 (A/RES/74/264 "A Budget
appropriations", "B Income estimates", "C Financing of appropriations", and its yearly successors 75/254, 76/247,
77/264, 78/254, 79/259, 80/244). After B's "The General Assembly" the segmenter still counted A's paragraphs:
B's "Resolves that, for 2020:" took A's last number plus one (op 4), and B's "1. Estimates of income ..." after
its colon was read as item (1) of that paragraph, not as operative paragraph 1 (paragraph_audit: 27 paragraphs
dropped as sub-paragraphs in 7 files). Each part now numbers its paragraphs afresh, as a single-part
"Resolves that:" and its "1. The Working Capital Fund shall be established ..." are read (A/RES/76/249: op 0,
then ops 1 to 6, heldout5 gold 24)."""

from tests.snippets import snippet

TEXT = (
    "The General Assembly\n\nA\n\n"
    "Resolves that, for 2020:\n\n"
    "1. Appropriations totalling 3,073,830,500 dollars are hereby approved;\n\n"
    "2. The Secretary-General shall be authorized to transfer credits;\n\n"
    "3. In addition, an amount of 75,000 dollars is appropriated;\n\n"
    "B Income estimates for 2020\n\n"
    "The General Assembly\n\n"
    "Resolves that, for 2020:\n\n"
    "1. Estimates of income totalling 295,590,700 dollars are approved as follows:\n\n"
    "(a) Income from staff assessment;\n\n"
    "2. The income from staff assessment shall be credited to the Tax Equalization Fund;\n"
)


def test_each_part_is_numbered_from_one():
    r = snippet(TEXT)
    got = [(p.kind, p.number, p.label, p.parent) for p in r.paragraphs if p.kind in ("operative", "subparagraph")]
    assert got == [
        ("operative", 0, None, None),
        ("operative", 1, None, None),
        ("operative", 2, None, None),
        ("operative", 3, None, None),
        ("operative", 0, None, None),
        ("operative", 1, None, None),
        ("subparagraph", None, "(a)", 1),
        ("operative", 2, None, None),
    ]

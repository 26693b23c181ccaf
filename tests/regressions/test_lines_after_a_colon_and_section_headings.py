"""Lines of a paragraph read as blocks of no paragraph, and a section heading that took the paragraph
after it:

* S/RES/2514 (2020) op 8, 2406 op 7, 2459, 2241, 2252, 2327: "(c) Supporting the Implementation of
  the Revitalised Agreement and the Peace Process:" and "To carry out, within its capabilities, the
  following tasks in support of ...:"; S/2024/255 op 7: "... paragraph 12 (g) of resolution 1718 shall
  be replaced by the following:" and "To report at least every 120 days to the Security Council on its
  work": a task in the infinitive after a paragraph's colon is the paragraph's; S/RES/2531 (2020) op 29
  (b): "To assist and exchange information with the Sanctions Committee ...;" and "To assist the
  1267/1989/2253 ... Sanctions Committee ...;": after a sub-paragraph's task, the next task;
* A/RES/74/263, 75/247, 79/258, 79/281 and the other budget resolutions in sections: "II Revised
  estimates resulting from resolutions ..." and "Having considered the report of the Secretary-General
  ...,": the section's heading and its first preambular paragraph were one block of no paragraph; the
  heading ends at the blank line before a whole paragraph ("II" and "Capacity-building", a title,
  stay one heading);
* S/RES/2814 (2026) op 2: "Revises the mandate of BINUH to undertake the following key tasks, in an
  integrated manner with all UN entities in Haiti;" (a semicolon for its colon) and "(vi) Monitor and
  report on cases of gang violence ...": BINUH's tasks and report."""

import pytest

from tests.snippets import reports, resolution

SOUTH_SUDAN = (
    "8. Decides that the mandate of UNMISS shall be as follows:\n\n"
    "(c) Supporting the Implementation of the Revitalised Agreement and the Peace Process:\n\n"
    "To carry out, within its capabilities, the following tasks in support of the implementation of the "
    "Revitalised Agreement and the peace process:\n\n"
    "(i) Using good offices to support the peace process;\n\n"
    "9. Decides to remain seized of the matter.\n"
)
TASKS = (
    "29. Further authorizes MINUSMA to assist in implementing the following other tasks:\n\n"
    "(b) Cooperation with Sanctions Committees\n\n"
    "To assist and exchange information with the Sanctions Committee and the Panel of experts;\n\n"
    "To assist the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee;\n\n"
    "30. Decides to remain seized of the matter.\n"
)
REPLACED = (
    "7. Decides that paragraph 12 (g) of resolution 1718 (2006) shall be replaced by the following:\n\n"
    "To report at least every 120 days to the Security Council on its work, with its observations and "
    "recommendations;\n\n"
    "8. Decides to remain seized of the matter.\n"
)
SECTIONS = (
    "3. Approves the request for a subvention;\n\n"
    "II Revised estimates resulting from resolutions and decisions adopted by the Economic and Social Council\n\n"
    "Having considered the report of the Secretary-General on revised estimates,\n\n"
    "1. Takes note of the report of the Secretary-General;\n\n"
    "III\n\n"
    "Capacity-building\n\n"
    "1. Notes the report;\n"
)

CASES = [
    ("a task after a sub-paragraph's heading", SOUTH_SUDAN, "SC", [("operative", 8), ("subparagraph", "(c)")]),
    ("the words that replace a paragraph", REPLACED, "SC", [("operative", 7)]),
    ("a task after a task", TASKS, "SC", [("operative", 29), ("subparagraph", "(b)"), ("operative", 30)]),
    (
        "a section's heading and its first paragraph",
        SECTIONS,
        "GA",
        [("operative", 3), ("other", None), ("preambular", None), ("operative", 1), ("other", None)],
    ),
]


@pytest.mark.parametrize("label, text, organ, first", CASES, ids=[c[0] for c in CASES])
def test_lines_after_a_colon_and_section_headings(label, text, organ, first):
    r = resolution(text, date="2020-03-12", organ=organ)
    body = [p for p in r.paragraphs if p.index > 0]  # the snippet's own preambular paragraph aside
    got = [(p.kind, p.number if p.kind == "operative" else p.label) for p in body]
    assert got[: len(first)] == first
    if label == "a task after a sub-paragraph's heading":
        assert body[1].text.endswith("the Revitalised Agreement and the peace process:")
    if label == "a task after a task":
        assert body[1].text.endswith("Al-Qaida Sanctions Committee;")
    if label == "the words that replace a paragraph":
        assert "To report at least every 120 days" in body[0].text
        assert reports(r, "op", "every") == [(7, "P120D")]
    if label == "a section's heading and its first paragraph":
        assert body[1].text.endswith("Economic and Social Council")
        assert [p.text for p in body if p.kind == "other"][1] == "III Capacity-building"


def test_tasks_announced_before_a_semicolon():
    r = resolution(
        "1. Decides to extend the mandate of the United Nations Integrated Office in Haiti (BINUH) to 31 January "
        "2027, as revised below;\n\n"
        "2. Revises the mandate of BINUH to undertake the following key tasks, in an integrated manner with all "
        "UN entities in Haiti;\n\n"
        "(vi) Monitor and report on cases of gang violence, criminal activities, and human rights abuses and "
        "violations;\n\n"
        "3. Decides to remain seized of the matter.\n",
        date="2026-01-30",
    )
    assert reports(r, "op", "by", "to") == [(2, "BINUH", "SecurityCouncil")]

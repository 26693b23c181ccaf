"""The items of an operative paragraph that has no number of its own (its number repaired from its
neighbours') belonged to the last numbered paragraph: "Resolves that, for 2020:" and "(1) Budget
appropriations ...", "(a) 25,884,300 dollars ..." (A/RES/74/264 B and C and its yearly successors: op 4's
items were op 3's); section XIX of A/RES/79/258, "Approves the gross jointly financed budget of the
Department of Safety and Security ..." and "(a) Field Security Operations" (op 9's items were op 4's). 75
sub-paragraphs of cf-open had a parent other than the paragraph they follow. The mandates were right (they
go by the paragraph read before the item); the paragraphs' `parent`, which the graph and the JSON give, was
not."""

from tests.snippets import snippet

TEXT = (
    "The General Assembly,\n\nRecalling its resolutions,\n\n"
    "3. Decides to appropriate an amount;\n\n"
    "II\n\n"
    "Approves the gross jointly financed budget of the Department of Safety and Security as follows:\n\n"
    "(a) Field Security Operations: 154,637,700 dollars;\n\n"
    "(b) Security and Safety Services at the United Nations Office at Vienna: 9,000 dollars;\n\n"
    "5. Decides to keep the matter under review;\n\n"
    "(a) in the light of the report;\n"
)


def test_the_items_of_a_repaired_paragraph_are_its_own():
    r = snippet(TEXT)
    got = [(p.kind, p.number, p.label, p.parent) for p in r.paragraphs if p.kind in ("operative", "subparagraph")]
    assert got == [
        ("operative", 3, None, None),
        ("operative", 4, None, None),
        ("subparagraph", None, "(a)", 4),
        ("subparagraph", None, "(b)", 4),
        ("operative", 5, None, None),
        ("subparagraph", None, "(a)", 5),
    ]

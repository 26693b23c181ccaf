"""A bulleted item that opens with a directive verb of its own, among the items of an operative
paragraph (S/RES/2820 (2026) op 7, the heldout5 gold 04; S/RES/1445 (2002) op 13):

    7. Urgently calls upon the transitional government and all relevant actors to take action to fulfill
       the following priority measures: • Utilize robust conflict-sensitive analysis ...; • Engage in
       good faith dialogue with UNMISS; • Calls upon all relevant actors to respect international
       humanitarian law ...; • Respect the sanctity of UN protection sites ...

The items belong to the paragraph (tests/regressions/test_unlettered_list_items.py), but a verb in
capitals inside a paragraph's text is no mandate the extractor reads: "Calls upon all relevant actors"
was lost. An item that opens with a directive verb is now the paragraph's sub-paragraph, whose verb
is a mandate of the paragraph, as "(b) Calls upon ..." is."""

import pytest
from rdflib import RDF

from resgraph.graph.rdf import RG, record_to_graph
from resgraph.graph.validate import errors, validate_graph
from tests.snippets import facts, resolution

SOUTH_SUDAN = (
    "7. Urgently calls upon the transitional government to take action to fulfill the following priority measures:\n\n"
    "• Engage in good faith dialogue with UNMISS;\n\n"
    "• Calls upon all relevant actors to respect international humanitarian law, as applicable;\n\n"
    "• Respect the sanctity of UN protection sites;\n\n"
    "8. Decides to remain seized of the matter.\n"
)
CONGO = (
    "12. Demands that all parties refrain from any military action;\n\n"
    "13. Stresses that the main responsibility for resolving the conflict rests with the parties, and:\n\n"
    "– Calls on all parties to provide full access for MONUC throughout the territory;\n\n"
    "– Demands that all parties work to the immediate full restoration of freedom of movement on the Congo river;\n\n"
    "14. Decides to remain seized of the matter.\n"
)

CASES = [
    ("a bullet", SOUTH_SUDAN, [(7, "calls-upon"), (7, "calls-upon"), (8, "decides")]),
    ("a dash", CONGO, [(12, "demands"), (13, "calls-upon"), (13, "demands"), (14, "decides")]),
]


@pytest.mark.parametrize("label, text, mandates", CASES, ids=[c[0] for c in CASES])
def test_list_item_opening_with_a_verb(label, text, mandates):
    r = resolution(text, date="2026-04-30")
    assert facts(r.mandates, ("op", "verb")) == mandates
    ops = [p for p in r.paragraphs if p.kind == "operative"]
    listing = mandates[-2][0]  # the paragraph whose items they are
    subs = [p for p in r.paragraphs if p.kind == "subparagraph"]
    assert subs and all(p.parent == listing for p in subs)
    # the items without a verb stay where they were, the verb's item holds its own words and those after it
    if label == "a bullet":
        assert ops[0].number == listing and ops[0].text.endswith("• Engage in good faith dialogue with UNMISS;")
        assert subs[0].text.endswith("• Respect the sanctity of UN protection sites;")


TWO_ITEMS = (
    "7. Urgently calls upon the transitional government to fulfill the following priority measures:\n\n"
    "• Engage in good faith dialogue with UNMISS;\n\n"
    "• Calls upon all relevant actors to respect international humanitarian law;\n\n"
    "– Urges all parties to respect the sanctity of UN protection sites;\n\n"
    "8. Decides to remain seized of the matter.\n"
)


def test_a_sub_paragraph_opened_by_a_bullet_is_labelled_with_it_and_validates():
    """The sub-paragraph an item with a verb opens is labelled with its bullet as printed: the
    shapes ask every sub-paragraph for its label, and S/RES/2820 op 7 gave corpus-full its only
    SHACL violations. Two such items of one paragraph stay two nodes of the graph."""
    r = resolution(TWO_ITEMS, date="2026-04-30")
    subs = [p for p in r.paragraphs if p.kind == "subparagraph"]
    assert [(p.parent, p.label) for p in subs] == [(7, "•"), (7, "–")]
    g = record_to_graph(r)
    assert [str(v) for v in errors(validate_graph(g))] == []
    assert len(set(g.subjects(RDF.type, RG.SubParagraph))) == 2

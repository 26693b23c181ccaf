"""S/RES/1528 (2004) op 6 items (e) to (h), S/RES/1756 (2007) op 2 item (l) (Akoma Ntoso): the item's <num>
stands in a paragraph of its own with an empty <p>, its words in the next paragraph ("(e)" and "To help the
Government of National Reconciliation implement the national programme ..."). The label alone on its line
was no sub-paragraph, and the item's words went into a block of no paragraph: UNOCI's and MONUC's tasks
were lost to the mandate (scripts/paragraph_audit.py). A label alone now opens the sub-paragraph that the
next line fills, as "3." alone numbers an operative paragraph."""

from tests.snippets import akn_op, akn_paragraphs, akn_pre

RECALLING = akn_pre("<span>Recalling</span> its previous resolutions,")


def test_a_label_alone_opens_its_item():
    body = (
        akn_op("6.", "<span>Decides</span> that the mandate of UNOCI shall be the following:")
        + akn_op("(d)", "To assist the Government in regrouping;")
        + akn_op("(e)", "")
        + akn_op("", "To help the Government implement the national programme;")
        + akn_op("(l)", "")
        + akn_op("", "Support operations led by the FARDC, with a view to:")
        + akn_op("–", "Disarming the recalcitrant local armed groups;")
        + akn_op("7.", "<span>Decides</span> to remain seized of the matter.")
    )
    assert akn_paragraphs(body, preamble=RECALLING) == [
        ("preambular", None, None, "Recalling its"),
        ("operative", 6, None, "Decides that"),
        ("subparagraph", None, "(d)", "To assist"),
        ("subparagraph", None, "(e)", "To help"),
        ("subparagraph", None, "(l)", "Support operations"),
        ("operative", 7, None, "Decides to"),
    ]


def test_a_label_alone_in_the_preamble_is_no_operative_item():
    """Before any operative paragraph, a label alone stays the preamble's text, as the items of "Recalling its
    decisions in resolution 2009 (2011) to:" are (S/RES/2016 (2011))."""
    pre = (
        RECALLING
        + akn_pre("<span>Recalling</span> its decisions to:")
        + akn_pre("(a)")
        + akn_pre("Modify the embargo;")
    )
    body = akn_op("1.", "<span>Decides</span> to act;")
    got = akn_paragraphs(body, preamble=pre)
    assert [g for g in got if g[0] == "subparagraph"] == []

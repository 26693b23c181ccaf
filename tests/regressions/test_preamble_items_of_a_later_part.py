"""E/RES/2025/21 (heldout23 22) and E/RES/2023/5: ECOSOC's resolution on the Committee of Experts on the Transport of
Dangerous Goods is in parts A, B and C, each with its preamble and its paragraphs numbered from 1, and no "The Economic
and Social Council," again before B or C. B's preamble holds "Noting with satisfaction:" and its items "(a) That the
Economic Commission for Europe ...," to "(e)": the segmenter read them as sub-paragraphs of A's last paragraph, op 6
(the last number it knew). An item of a list that a preambular paragraph introduces (its first word a preamble's own,
ending with a colon) is a block of the preamble, as the first preamble's items are; a participle that is no
preamble's heading a mandate's tasks ("Monitoring of the arms embargo" and "(m) To monitor ...", S/RES/1609 (2005)
op 2) keeps its items as the paragraph's."""

from tests.snippets import akn_op, akn_paragraphs, akn_pre


def _item(label: str, text: str) -> str:
    return f"<paragraph><num>{label}</num><content><p>{text}</p></content></paragraph>"


PART_B = (
    akn_op("6.", "<span>Invites</span> all Governments to provide feedback to the Committee;")
    + "<subheading>B</subheading><subheading>Work of the Committee regarding the Globally Harmonized System</subheading>"
    + "<crossHeading><span>Recalling</span> that countries were encouraged to implement the System,</crossHeading>"
    + "<crossHeading><span>Noting with satisfaction</span>:</crossHeading>"
    + _item("(a)", "That the Economic Commission for Europe has already taken appropriate steps,")
    + _item("(b)", "That many Member States have already issued national legislation")
    + _item("(c)", "That a number of United Nations programmes continue to advocate for the implementation,")
    + "<crossHeading><span>Aware</span> that effective implementation will require further cooperation,</crossHeading>"
    + akn_op("1.", "<span>Commends</span> the Secretary-General on the publication;")
    + akn_op("2.", "<span>Requests</span> the Secretary-General:")
    + _item("(a)", "To circulate the amendments to the Governments;")
)


def test_the_items_of_a_later_parts_preamble_are_the_preambles():
    got = akn_paragraphs(PART_B, organ="The Economic and Social Council")
    assert got == [
        ("operative", 6, None, "Invites all"),
        ("other", None, None, "B Work"),
        ("preambular", None, None, "Recalling that"),
        ("preambular", None, None, "Noting with"),
        ("other", None, None, "(a) That"),
        ("other", None, None, "(b) That"),
        ("other", None, None, "(c) That"),
        ("preambular", None, None, "Aware that"),
        ("operative", 1, None, "Commends the"),
        ("operative", 2, None, "Requests the"),
        ("subparagraph", None, "(a)", "To circulate"),
    ]


def test_a_mandates_task_headings_keep_their_items():
    body = (
        akn_op("2.", "<span>Decides</span> that UNOCI shall have the following mandate:")
        + "<crossHeading>Monitoring of the arms embargo</crossHeading>"
        + _item("(m)", "To monitor the implementation of the measures imposed by paragraph 7;")
    )
    assert akn_paragraphs(body, preamble=akn_pre("<span>Recalling</span> its resolutions,"))[-1] == (
        "subparagraph",
        None,
        "(m)",
        "To monitor",
    )


def test_the_first_preambles_items_each_a_block():
    """As before in the first preamble, and now each item a block of its own where one does not end its clause
    ("(ix) security sector reform, and" and "(x) inclusive politics and reconciliation,", S/RES/2628 (2022))."""
    pre = akn_pre("<span>Noting</span> the priorities of the Government, namely:") + "".join(
        f"<container><p>{t}</p></container>"
        for t in ("(ix) security sector reform, and", "(x) inclusive politics and reconciliation,")
    )
    got = akn_paragraphs(akn_op("1.", "<span>Decides</span> to act;"), preamble=pre)
    assert got == [
        ("preambular", None, None, "Noting the"),
        ("other", None, None, "(ix) security"),
        ("other", None, None, "(x) inclusive"),
        ("operative", 1, None, "Decides to"),
    ]

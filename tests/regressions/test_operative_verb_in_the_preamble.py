"""A paragraph of the preamble that an operative verb opens and a comma ends (Akoma Ntoso files mark it up
in the <preamble>, among the participles): "Calls upon all parties inside Somalia and all other States to
refrain from action that could provoke or perpetuate violence ...," (S/RES/1725 (2006)), "Expresses grave
concern over ongoing hostilities in and around Tripoli ...," (S/RES/2486 (2019)), "Recognizes the role of
United Nations peacekeeping operations ...," (S/RES/2553 (2020)), "Deeply disappointed at the continued absence
of progress towards multilateral nuclear disarmament ...," (A/RES/74/46 and its yearly successors), and,
the preamble's last, "Recalls that UNDOF's deployment ... are steps toward a just and durable peace ...,"
before op 1 (S/RES/2361 (2017), 2394). Each was an operative paragraph 0, with the preamble's words read as the
Council's mandates (S/RES/1725 op 0 "calls upon" the parties and States). An operative paragraph never ends
with a comma: such a paragraph is the preamble's where a preambular paragraph follows it, or where it
closes the preamble before operative paragraph 1. An op 0 that ends otherwise is left as it is."""

import pytest

from tests.snippets import akn_op, akn_paragraphs, akn_pre

RECALLING = akn_pre("<span>Recalling</span> its previous resolutions,")

CASES = [
    (
        "a preambular paragraph after it",
        RECALLING
        + akn_pre(
            "<span>Calls upon</span> all parties inside Somalia to refrain from action that could provoke violence,"
        )
        + akn_pre("<span>Taking note</span> of the note verbale,"),
        akn_op("1.", "<span>Authorizes</span> IGAD to establish a protection and training mission;"),
        [
            ("preambular", None, None, "Calls upon"),
            ("preambular", None, None, "Taking note"),
            ("operative", 1, None, "Authorizes IGAD"),
        ],
    ),
    (
        "two in a row",
        RECALLING
        + akn_pre("<span>Expresses concern</span> at the continued obstacles,")
        + akn_pre("<span>Deeply disappointed</span> at the continued absence of progress,")
        + akn_pre("<span>Welcoming</span> improved cooperation,"),
        akn_op("1.", "<span>Decides</span> to extend the mandate;"),
        [
            ("preambular", None, None, "Expresses concern"),
            ("preambular", None, None, "Deeply disappointed"),
            ("preambular", None, None, "Welcoming improved"),
            ("operative", 1, None, "Decides to"),
        ],
    ),
    (
        "the preamble's last, operative paragraph 1 after it",
        RECALLING + akn_pre("<span>Recalls</span> that UNDOF's deployment is a step toward a just and durable peace,"),
        akn_op("1.", "<span>Calls upon</span> the parties concerned to implement resolution 338 (1973);"),
        [("preambular", None, None, "Recalls that"), ("operative", 1, None, "Calls upon")],
    ),
    (
        "an operative paragraph 0 that ends otherwise",
        RECALLING,
        akn_op("", "<span>Decides</span> to extend the mandate until 17 March 2005;")
        + akn_op("", "<span>Decides</span> to remain actively seized of the matter."),
        # numbered 1, 2 as printed (test_operative_paragraphs_that_lost_their_numbers), once 0, 1
        [("operative", 1, None, "Decides to"), ("operative", 2, None, "Decides to")],
    ),
    (
        "an operative paragraph 0 before a draft",
        RECALLING,
        akn_op("", "<span>Adopts</span> the following outcome document:"),
        [("operative", 0, None, "Adopts the")],
    ),
]


@pytest.mark.parametrize("label, preamble, body, expected", CASES, ids=[c[0] for c in CASES])
def test_a_preambular_paragraph_that_an_operative_verb_opens(label, preamble, body, expected):
    assert akn_paragraphs(body, preamble=preamble) == [("preambular", None, None, "Recalling its")] + expected


def test_its_words_are_no_mandate():
    from resgraph.extract.pipeline import extract_source
    from resgraph.extract.read import read_bytes
    from tests.snippets import AKN_HEAD, AKN_TAIL

    pre = (
        RECALLING
        + akn_pre("<span>Calls upon</span> all parties inside Somalia and all other States to refrain from action,")
        + akn_pre("<span>Taking note</span> of the note verbale,")
    )
    body = akn_op("1.", "<span>Requests</span> the Secretary-General to report to the Council;")
    doc = AKN_HEAD.format(date="2006-12-06", organ="The Security Council", preamble=pre) + body + AKN_TAIL
    r = extract_source(read_bytes(doc.encode(), "S_RES_1725.xml"))
    assert [(m.op, m.verb) for m in r.mandates] == [(1, "requests")]

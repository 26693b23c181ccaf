"""Operative verbs that leads.yaml lacked (scripts/paragraph_audit.py, and the first words of corpus-full's
numbered operative paragraphs that no lead listed): an unnumbered paragraph they open was a block of no
paragraph, its mandates lost. "Forwards the following nominations to the General Assembly ..." (S/RES/1340
(2001), 1347, 1350, 1449, 1477, 1567, 1613: the resolution's only operative paragraph); "Recalls section III of
its resolution 73/273 ..., decides to continue the pilot project ..." (A/RES/76/240, the one paragraph of
section D); the Council's "Authorises" (since 2020). An adverb that leads nothing before an operative verb
("Urgently requests", "Unequivocally condemns") now leads as the verb does."""

import pytest

from tests.snippets import akn_op, akn_paragraphs, akn_pre

CASES = [
    (
        "the only operative paragraph",
        akn_op("", "<span>Having decided</span> to consider the nominations for Permanent Judges,")
        + akn_op("", "<span>Forwards</span> the following nominations to the General Assembly:")
        + akn_op("", "Carmel A. Agius (Malta)"),
        [
            ("preambular", None, None, "Having decided"),
            ("operative", 0, None, "Forwards the"),
            ("other", None, None, "Carmel A."),
        ],
    ),
    (
        "an unnumbered paragraph after numbered ones",
        akn_op("1.", "<span>Decides</span> to act;")
        + akn_op(
            "", "<span>Recalls</span> section III of its resolution 73/273, decides to continue the pilot project;"
        ),
        [("operative", 1, None, "Decides to"), ("operative", 2, None, "Recalls section")],
    ),
    (
        "an adverb of no lead's",
        akn_op("1.", "<span>Decides</span> to act;")
        + akn_op("", "<span>Urgently requests</span> the Secretary-General to act;"),
        [("operative", 1, None, "Decides to"), ("operative", 2, None, "Urgently requests")],
    ),
    (
        "a heading still no paragraph",
        akn_op("1.", "<span>Decides</span> to act;")
        + akn_op("", "Reviews")
        + akn_op("2.", "<span>Authorises</span> MONUSCO to act;"),
        [
            ("operative", 1, None, "Decides to"),
            ("other", None, None, "Reviews"),
            ("operative", 2, None, "Authorises MONUSCO"),
        ],
    ),
]


@pytest.mark.parametrize("label, body, expected", CASES, ids=[c[0] for c in CASES])
def test_an_operative_verb_leads_its_paragraph(label, body, expected):
    got = akn_paragraphs(body, preamble=akn_pre("<span>Recalling</span> its resolutions,"))
    assert got == [("preambular", None, None, "Recalling its")] + expected

"""Third held-out gold, S/RES/2341 (2017) op 4: "Сalls upon Member States to explore ways ..." opens
with a Cyrillic "С" (U+0421), and the mandate was missed. corpus-full has two more such words
("the Сommission of Inquiry", A/HRC/RES/55/23; "while сoncerned by", A/HRC/RES/59/18). A Cyrillic or
Greek look-alike beside a Latin letter is read as the Latin letter, one character for one, so the
spans stay where they were; a Cyrillic word on its own is left alone."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from tests.snippets import mandates

CASES = [
    (
        "4. \u0421alls upon Member States to explore ways to exchange relevant information;",
        [(4, "calls-upon", ("MemberStates",))],
    ),
    ("5. Further \u0441alls upon States to establish partnerships;", [(5, "calls-upon", ("States",))]),
    ("6. Urges all States to cooperate fully with the \u0421ommission \u03bff Inquiry;", [(6, "urges", ("States",))]),
    ("7. Requests the Secretary-General to report;", [(7, "requests", ("SecretaryGeneral",))]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_lookalike_letters_read_as_latin(text, expected):
    doc = f"---\ndate: 2017-02-13\n---\n\nThe Security Council,\n\nRecalling its resolutions,\n\n{text}\n"
    src = read_bytes(doc.encode(), "snippet.md")
    r = extract_source(src)
    assert mandates(r, "op", "verb", "addressees") == expected
    latin = doc.replace("\u0421", "C").replace("\u0441", "c").replace("\u03bf", "o")
    assert src.text == read_bytes(latin.encode(), "snippet.md").text  # one for one: spans unchanged


def test_a_cyrillic_word_is_left_alone():
    doc = "The Security Council,\n\nRecalling resolution 75/257 \u0412 and the word \u0441\u043e\u0432\u0435\u0442,\n\n1. Decides to remain seized of the matter.\n"
    src = read_bytes(doc.encode(), "snippet.txt")
    assert "75/257 \u0412 and" in src.text and "\u0441\u043e\u0432\u0435\u0442" in src.text

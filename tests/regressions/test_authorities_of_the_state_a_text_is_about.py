"""A definite description of a State's authorities ("the national authorities", "the relevant authorities") asks the
State the text is about, when it is about one (extract/subject_state.py): the State its title names, or, for a text
with no title (the Council's), the State its operative paragraphs name most. Before, it was NationalAuthorities, every
State's (heldout12 S/RES/2343 (2017) op 9, the gold's state:GNB; heldout5 A/RES/76/178 op 19, state:IRN). A text about
no one State keeps NationalAuthorities (the Assembly's culture of peace, whose preamble names a forum's host)."""

import pytest

from resgraph.extract.read import read_bytes
from tests.snippets import extract_source, mandates

CASES = [  # (title or None, organ's opening words, preamble, operative paragraphs, addressee sets)
    (
        None,
        "The Security Council,",
        "Reaffirming its strong commitment to the sovereignty of Guinea-Bissau,",
        "1. Calls upon the authorities of Guinea-Bissau to pursue reforms;\n\n"
        "2. Welcomes the progress made in Guinea-Bissau;\n\n"
        "3. Underscores the need for inclusive dialogue in Guinea-Bissau and calls upon the national authorities to "
        "expedite the review of Guinea-Bissau's Constitution;",
        [{"state:GNB"}, {"state:GNB"}],
    ),
    (
        "Situation of human rights in the Islamic Republic of Iran",
        "The General Assembly,",
        "Recalling its previous resolutions,",
        "1. Calls upon the Islamic Republic of Iran to address the poor conditions of prisons, and urges the relevant "
        "authorities to conduct transparent, independent, impartial investigations;",
        [{"state:IRN"}, {"state:IRN"}],
    ),
    (
        "Follow-up to the Declaration and Programme of Action on a Culture of Peace",
        "The General Assembly,",
        "Welcoming the forum hosted by the Government of Morocco,",
        "1. Urges the appropriate authorities to provide age-appropriate education in children's schools;",
        [{"NationalAuthorities"}],
    ),
    (
        "World Basketball Day",
        "The General Assembly,",
        "Recalling its resolutions,",
        "1. Commends Indonesia, Japan and the Philippines for hosting the World Cup, and encourages the relevant "
        "authorities to exert every effort to ensure a lasting legacy;",
        [{"NationalAuthorities"}],
    ),
]


@pytest.mark.parametrize("title,organ,preamble,ops,want", CASES)
def test_the_authorities_of_the_state_a_text_is_about(title, organ, preamble, ops, want):
    front = "date: 2017-02-23\n" + (f"title: {title}\n" if title else "")
    doc = f"---\n{front}---\n\n{organ}\n\n{preamble}\n\n{ops}\n"
    r = extract_source(read_bytes(doc.encode(), "snippet.md"))
    assert mandates(r, "addressees", as_sets=True) == want

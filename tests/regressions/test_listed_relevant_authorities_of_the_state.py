""" "Relevant authorities" with no article, as one item of a list of addressees in a text about one State, are that
State's, as "the relevant authorities" are (extract/subject_state.py, countries.yaml `subject_authorities_listed`):
"calls upon all relevant Afghan political actors and stakeholders, including relevant authorities as needed, as well as
international actors to coordinate with UNAMA" (S/RES/2777 (2025) op 4, heldout12 04; ruling of stop 30: the
authorities of the one country a text is about are the State, state:AFG, as heldout5 22 and heldout12 18 read them).
Not "all relevant authorities", nor in a text about no one State."""

import pytest

from resgraph.extract.read import read_bytes
from tests.snippets import extract_source, mandates

AFG = (
    "1. Decides to extend the mandate of UNAMA in Afghanistan;\n\n"
    "2. Welcomes the work of UNAMA in Afghanistan;\n\n"
    "3. Stresses the importance of a continued presence of UNAMA across Afghanistan, and calls upon all relevant "
    "Afghan political actors and stakeholders, including relevant authorities as needed, to coordinate with UNAMA;"
)
CASES = [  # (title or None, operative paragraphs, addressee sets)
    (None, AFG, [{"SecurityCouncil"}, {"PoliticalActors", "Stakeholders", "state:AFG"}]),
    (
        None,
        AFG.replace("including relevant authorities as needed", "including all relevant authorities as needed"),
        [{"SecurityCouncil"}, {"PoliticalActors", "Stakeholders", "NationalAuthorities"}],
    ),
    (
        "Follow-up to the Declaration and Programme of Action on a Culture of Peace",
        "1. Calls upon civil society, including relevant authorities, to promote a culture of peace;",
        [{"CivilSociety", "NationalAuthorities"}],
    ),
]


@pytest.mark.parametrize("title,ops,want", CASES)
def test_listed_relevant_authorities_of_the_state(title, ops, want):
    front = "date: 2025-03-17\n" + (f"title: {title}\n" if title else "")
    organ = "The General Assembly," if title else "The Security Council,"
    doc = f"---\n{front}---\n\n{organ}\n\nRecalling its previous resolutions,\n\n{ops}\n"
    r = extract_source(read_bytes(doc.encode(), "snippet.md"))
    assert mandates(r, "addressees", as_sets=True) == want

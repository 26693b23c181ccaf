"""The mission a short text is about, named twice and no other named: "Authorizes the immediate deployment of those
additional capacities for a period of up to six months" (S/RES/1942 (2010) op 2, after op 1's "a temporary increase of
UNOCI's authorized military and police personnel from 8,650 to 9,150" and a preambular paragraph naming UNOCI) had no
term: an authorization that names no one is the document's mission's (term_established.authorized), and
term_panels.document_body gave a mission only when named three times. A text naming two missions twice each still
has none."""

from resgraph.extract.term_panels import document_body
from resgraph.vocab import load
from tests.snippets import resolution, terms

PREAMBLE = (
    "Recalling the letter of the Secretary-General dated 14 September 2010 (S/2010/485) which recommended a temporary "
    "increase of the authorized military and police personnel of the United Nations Operation in Côte d’Ivoire (UNOCI) "
    "from 8,650 to 9,150,"
)
TEXT = (
    "1. Decides to authorize, as recommended by the Secretary-General in his letter dated 14 September 2010 "
    "(S/2010/485), a temporary increase of UNOCI’s authorized military and police personnel from 8,650 to 9,150;\n\n"
    "2. Authorizes the immediate deployment of those additional capacities for a period of up to six months;\n\n"
    "3. Decides to remain actively seized of the matter."
)


def test_mission_named_twice_and_alone():
    r = resolution(TEXT, date="2010-09-29", preamble=PREAMBLE)
    assert terms(r, "op", "action", "of", "until", "period") == [(2, "authorizes", "UNOCI", None, "P6M")]


def test_two_missions_named_twice_each_are_no_document_mission():
    v = load()
    assert document_body(["UNOCI and UNMIL", "UNMIL and UNOCI"], v) is None
    assert document_body(["UNOCI", "the mission, UNOCI"], v) == "UNOCI"

"""A call, demand or request renewed with where an earlier resolution said it between the noun and its clause:
"Reiterates its demand expressed in paragraph 5 of resolution 1640 (2005) that Ethiopia accept ..." (S/RES/1741
(2007) ops 3, 5, 6, found by a random survey of whole texts; S/RES/1710 (2006) ops 2-4, 1767 (2007) ops 3, 10),
"Reiterates its demand expressed in its resolution 1460 that all parties to the conflict provide information"
(S/RES/1468 (2003) op 15). Only "made in" or a bare "in paragraph N of resolution X" was read past, so the
paragraph's mandate had no addressee. Any participle that cites the earlier text is read past now ("expressed",
"contained", "set out", "outlined", "reaffirmed" ...), with several paragraphs ("paragraphs 6 and 7 of
resolution 1814 (2008)") and a second citation ("and reaffirmed in paragraph 14 of resolution 1857 (2008)")."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1640 (2005),\n\n1. "

CASES = [
    (  # S/RES/1741 (2007) op 3
        "Reiterates its demand expressed in paragraph 5 of resolution 1640 (2005) that Ethiopia accept fully and "
        "without delay the final and binding decision of the Eritrea-Ethiopia Boundary Commission;",
        [("demands", {"state:ETH"})],
    ),
    (  # S/RES/1741 (2007) op 6
        "Reiterates its call expressed in paragraph 2 of resolution 1640 (2005) that the parties show maximum "
        "restraint and refrain from any threat or use of force against each other;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (  # S/RES/1468 (2003) op 15
        "Reiterates its demand expressed in its resolution 1460 that all parties to the conflict provide information "
        "without delay on steps they have taken to halt their recruitment or use of children;",
        [("demands", {"PartiesToConflict"})],
    ),
    (  # set off by commas, a second citation
        "Reiterates its demand, expressed in paragraph 21 of resolution 1807 (2008) and reaffirmed in paragraph 14 "
        "of resolution 1857 (2008), that all parties cease all support to the armed groups;",
        [("demands", {"PartiesToConflict"})],
    ),
    (  # several paragraphs cited, "to" after the citation
        "Reiterates its request, outlined in paragraphs 6 and 7 of resolution 1814 (2008), to the Secretary-General "
        "to provide recommendations;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (  # no citation: as before
        "Reiterates its demand that Eritrea immediately withdraw its troops;",
        [("demands", {"state:ERI"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_renewed_demand_said_in_an_earlier_resolution_names_its_addressees(text, expected):
    got = mandates(snippet(SC + text), "verb", "addressees", as_sets=True)
    assert got == expected

"""An authorization reiterated is given again: "Reiterates its authorization to UNMIL to continue to assist"
(heldout5 S/RES/2008 (2011) op 2), "Reiterates its authorization to UNAMSIL, under Chapter VII of the Charter
..., to take the necessary action" (heldout7 S/RES/1389 (2002) op 2) authorize the mission; "Reiterates its
authorization and its full support given to the Special Representative ... to use all necessary means"
(S/RES/1967 (2011) op 8) the Special Representative; "Reiterates its continuing authorization to UNOCI to use all
necessary means" (S/RES/2062 (2012) op 5, heldout39 14) UNOCI, an adjective before the noun (verbs.yaml
`restating.qualifiers`). An authorization reaffirmed renews none (verbs.yaml), nor one recalled (the golds: heldout31
S/RES/1962 (2010) op 14, heldout11 S/RES/2333 (2016) op 20).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1270 (1999),\n\n1. "

CASES = [
    (
        "Reiterates its authorization to UNMIL to continue to assist the Liberian Government;",
        [("authorizes", {"UNMIL"})],
    ),
    (
        "Reiterates its authorization to UNAMSIL, under Chapter VII of the Charter of the United Nations, as provided "
        "for in resolution 1270 (1999), to take the necessary action to fulfil the tasks set out in paragraph 1;",
        [("authorizes", {"UNAMSIL"})],
    ),
    (
        "Reiterates its authorization and its full support given to the Special Representative of the "
        "Secretary-General to use all necessary means to carry out UNOCI’s mandate;",
        [("authorizes", {"SpecialRepresentatives"})],
    ),
    (
        "Reiterates its continuing authorization to UNOCI to use all necessary means to carry out its mandate, within "
        "its capabilities and its areas of deployment, pursuant to resolutions 1933 (2010), 1962 (2010) and 2000 (2011);",
        [("authorizes", {"UNOCI"})],
    ),
    # (the qualifiers are read before the reiterated decision too: "its previous decision that all States shall" decides
    # them, as "Reiterates its decision that" does)
    (
        "Reiterates its previous decision that all States shall prevent the direct or indirect supply of arms;",
        [("decides", {"States"})],
    ),
    ("Reaffirms its authorization to UNMIL to continue to assist the Liberian Government;", []),
    ("Recalls its continuing authorization to UNOCI to use all necessary means to carry out its mandate;", []),
    ("Reiterates its continuing support to UNOCI in carrying out its mandate;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reiterated_authorization(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

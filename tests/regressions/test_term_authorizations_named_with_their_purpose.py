"""Authorizations renewed and named with what they allow before the paragraph that gave them: "Decides,
acting under Chapter VII, to extend the authorizations to take the necessary action set out in
paragraph 15 of resolution 1769 (2007)" (UNAMID, S/RES/2363 (2017) op 14, 2425 op 2, 2429 op 15: no
term, seven words stood between "authorizations" and "in paragraph", five were read)."""

from tests.snippets import resolution, terms


def test_authorizations_named_with_their_purpose():
    r = resolution(
        "14. Decides, acting under Chapter VII, to extend the authorizations to take the necessary action set out in "
        "paragraph 15 of resolution 1769 (2007), as further elaborated in paragraph 15 of this resolution; and urges "
        "UNAMID to deter any threats against itself and its mandate;",
        date="2017-06-29",
    )
    assert terms(r, "op", "action", "of", "until") == [(14, "extends", "S/RES/1769(2007)#15", None)]

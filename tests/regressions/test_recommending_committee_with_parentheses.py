"""A/RES/79/96 and 237 other GA resolutions of corpus-full: "[on the report of the Special Political
and Decolonization Committee (Fourth Committee) (A/79/429, para. 8)]" gave the report symbol
'Fourth' (a SHACL violation: a document symbol that is no symbol)."""

import pytest

from tests.snippets import snippet

HEAD = (
    "United Nations\nA/RES/79/96\nGeneral Assembly\nDistr.: General\n12 December 2024\n"
    "Resolution adopted by the General Assembly on 4 December 2024\n{line}\n"
    "79/96. Implementation of the Declaration\nThe General Assembly,\n\n1. Requests the Secretary-General to report;\n"
)


@pytest.mark.parametrize(
    "line, organ, document",
    [
        (
            "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/79/429, para. 8)]",
            "Special Political and Decolonization Committee (Fourth Committee)",
            "A/79/429",
        ),
        ("[on the report of the Third Committee (A/67/458)]", "Third Committee", "A/67/458"),
        (
            "[on the recommendation of the Commission on Crime Prevention and Criminal Justice (E/2012/30 and Corr.1)]",
            None,
            "E/2012/30",
        ),
    ],
)
def test_report_symbol_after_a_name_in_parentheses(line, organ, document):
    r = snippet(HEAD.format(line=line))
    assert r.recommended_by.document == document
    if organ:
        assert r.recommended_by.organ == organ

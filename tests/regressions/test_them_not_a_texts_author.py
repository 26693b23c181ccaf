"""The pronoun "them" does not stand for the author of a report, note or letter named before it: "Requests the
Secretary-General to circulate the report of the Committee to all the competent bodies of the United Nations, and urges
them to take the necessary action" (A/RES/74/10 op 10, 75/20, 77/22) urged the Committee (CEIRPP), whose report is
circulated; the bodies it goes to are urged (the United Nations' entities). "Him", "her" and "it" may still stand for
the author ("Takes note of the report of the Special Rapporteur, and requests him", A/HRC/RES/54/18 op 23).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 73/18,\n\n1. "

CASES = [
    (
        "Requests the Secretary-General to circulate the report of the Committee on the Exercise of the Inalienable "
        "Rights of the Palestinian People to all the competent bodies of the United Nations, and urges them to take "
        "the necessary action, as appropriate;",
        [("requests", {"SecretaryGeneral"}), ("urges", {"UNSystemEntities"})],
    ),
    (
        "Welcomes the report of the Secretary-General, and requests him to continue his efforts;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "Welcomes the efforts of the Committee on the Exercise of the Inalienable Rights of the Palestinian People, and "
        "urges them to continue;",
        [("urges", {"CEIRPP"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_them_not_a_texts_author(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

"""An office's head asked by an Assistant Secretary-General's title, read as the Secretary-General inside the title
("Assistant Secretary-General" holds the alias "Secretary-General"): the office (actors.yaml aliases, as the
Under-Secretary-Generals' titles read DPPA and OHRLLS).

- "Encourages the Assistant Secretary-General for Human Rights to strengthen efforts to develop and implement at the
  United Nations level a more comprehensive system for preventing and addressing allegations of acts of intimidation
  or reprisal" (A/HRC/RES/54/24 op 11; the Assistant Secretary-General heads the Office's New York office): OHCHR.
- "the United Nations Youth Office, headed by the Assistant Secretary-General for Youth Affairs" (A/HRC/RES/57/30
  op 16; A/RES/79/93): the Youth Office.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "11. Encourages the Assistant Secretary-General for Human Rights to strengthen efforts to develop and implement "
        "at the United Nations level a more comprehensive system for preventing and addressing allegations of acts of "
        "intimidation or reprisal;",
        [("encourages", {"OHCHR"})],
    ),
    (
        "7. Requests the Assistant Secretary-General for Youth Affairs to brief Member States on the implementation of "
        "the United Nations Youth Strategy;",
        [("requests", {"UNYouthOffice"})],
    ),
    (  # the Secretary-General himself, as before
        "12. Requests the Secretary-General to submit a report to the Human Rights Council at its fifty-seventh session;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_assistant_secretary_general_by_title(text, expected):
    r = resolution(text, date="2023-10-12", organ="HRC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

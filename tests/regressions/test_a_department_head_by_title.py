"""A department's or office's head asked by title, read as the Secretary-General inside the title ("Under-Secretary-
General" holds the alias "Secretary-General") or as States ("Small Island Developing States"): the department or office
(actors.yaml aliases, as DESA's "Under-Secretary-General for Economic and Social Affairs").

- "Requests the Under-Secretary-General for Political and Peacebuilding Affairs, in her role as United Nations focal
  point for electoral assistance matters" (heldout19 A/RES/76/176 op 4, the gold's DPPA; 74/158, 78/208).
- "Also decides that the Under-Secretary-General and High Representative for the Least Developed Countries,
  Landlocked Developing Countries and Small Island Developing States shall serve as the Secretary-General of the
  Conference" (A/RES/74/232 op 55, 80/150 op 67): OHRLLS, was SecretaryGeneral and States.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "4. Requests the Under-Secretary-General for Political and Peacebuilding Affairs, in her role as United Nations "
        "focal point for electoral assistance matters, to continue to regularly inform Member States about the requests "
        "received;",
        [("requests", {"DPPA"})],
    ),
    (
        "55. Also decides that the Under-Secretary-General and High Representative for the Least Developed Countries, "
        "Landlocked Developing Countries and Small Island Developing States shall serve as the Secretary-General of the "
        "Conference, and be responsible for making the arrangements necessary for carrying out the work of the "
        "Conference;",
        [("decides", {"OHRLLS"})],
    ),
    (  # the Secretary-General himself, as before
        "5. Requests the Secretary-General to report to the General Assembly at its seventy-eighth session;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_department_head_by_title(text, expected):
    r = resolution(text, date="2021-12-16", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

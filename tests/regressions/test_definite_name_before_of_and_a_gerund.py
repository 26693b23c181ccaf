"""A definite description before "of" and a gerund is the actor, not the head of a longer name (issue 12, heldout47 27).

"stresses the importance for the Working Group of looking into sources and root causes" (A/HRC/RES/54/3 op 10, and
its renewal A/HRC/RES/57/8): "of" kept "the Working Group" from matching, as it does before a longer name ("the Working
Group of Experts on People of African Descent"), so the bare "working group" alias (ExpertGroup) was read, and "the
Working Group" of ops 16, 18, 19 stood for it, the last named. The gold reads the Working Group on the use of mercenaries,
a special procedure of the Council, as SpecialProcedures, as the sets read the Council's working groups (the Working
Group on Enforced or Involuntary Disappearances, on discrimination against women and girls). "of" and a gerund before
no noun ("of looking into", "of ensuring that") names nothing longer.

Near misses: a participle before a noun still goes on into what qualifies the description ("the authorities of
neighbouring countries": S/RES/2552 (2020) op 6 and its renewals, the CAR's and the region's), and a longer name.
"""

import pytest

from tests.snippets import mandates, resolution

NAMED = (
    "9. Welcomes the cooperation extended by those countries that were visited by the Working Group on the use of "
    "mercenaries as a means of violating human rights;\n\n"
)

CASES = [
    (
        "HRC",
        NAMED + "10. Condemns mercenary activities, and stresses the importance for the Working Group of looking into "
        "sources and root causes;\n\n18. Requests the Working Group and other experts to broaden their active "
        "participation;",
        [("requests", {"SpecialProcedures"})],
    ),
    (
        "HRC",
        NAMED + "10. Stresses the importance for the Working Group of ensuring that its work is known;\n\n"
        "19. Requests the Working Group to continue the work;",
        [("requests", {"SpecialProcedures"})],
    ),
    # near misses: a participle before a noun; a longer name
    (
        "SC",
        "6. Calls upon the CAR authorities and the authorities of neighbouring countries to cooperate;",
        [("calls-upon", {"state:CAF", "RegionalPartners"})],
    ),
    (
        "HRC",
        NAMED + "19. Requests the Working Group of Experts on People of African Descent to continue its work;",
        [("requests", {"SpecialProcedures"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_definite_name_before_of_and_a_gerund(organ, text, expected):
    r = resolution(text, date="2023-10-11", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

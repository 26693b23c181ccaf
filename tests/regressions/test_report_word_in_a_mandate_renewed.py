"""A report verb that is the last task of a mandate renewed: "Decides to renew the mandate of Independent Expert on
the situation of human rights in Somalia, under agenda item 10, for a period of one year, to assess, monitor and
report on the situation" (A/HRC/RES/54/32 op 19, 57/27 op 20: heldout4 28, whose gold counts none), "Decides to
renew, for one year, the mandate of Independent Expert on the situation of human rights in the Central African
Republic, which is to assess, monitor and report on the situation" (A/HRC/RES/54/31 op 39, 57/35 op 46). Before, each
was a report by the Human Rights Council to itself; the mandate holder's reports are asked in requests of their own,
which stay."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "19. Decides to renew the mandate of Independent Expert on the situation of human rights in Somalia, under "
        "agenda item 10, for a period of one year, to assess, monitor and report on the situation of human rights in "
        "Somalia with a view to making recommendations on technical assistance;",
        [],
    ),
    (
        "39. Decides to renew, for one year, the mandate of Independent Expert on the situation of human rights in the "
        "Central African Republic, which is to assess, monitor and report on the situation with a view to making "
        "recommendations;",
        [],
    ),
    (  # a request of its own after the renewal stays
        "40. Decides to extend the mandate of the Special Rapporteur for a period of one year, and requests the Special "
        "Rapporteur to monitor and report to the Council at its fifty-seventh session;",
        [(40, "SpecialProcedures", "HumanRightsCouncil", 57)],
    ),
    (
        "41. Decides to renew the mandate of the Special Rapporteur, and requests the Special Rapporteur to assess, "
        "monitor and report on the situation;",
        [(41, "SpecialProcedures", "HumanRightsCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_mandate_renewed_asks_no_report(text, expected):
    r = resolution(text, date="2023-10-12", organ="HRC")
    assert reports(r, "op", "by", "to", "session") == expected

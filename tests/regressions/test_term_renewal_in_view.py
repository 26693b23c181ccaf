"""A later renewal in view after a term is no time of the term (heldout20 08: S/RES/1543 (2004) op 1 "Decides to extend
the mandate of UNMISET for a period of 6 months, with a view to subsequently extending the mandate for a further and
final period of 6 months, until 20 May 2005": P6M and no `until`, the date the end of the period only intended; S/RES/1603
(2005) op 11 "shall be extended until 24 June 2005, with a view to renew it, in this specific instance, for a period of
seven months" took the seven months as the term's). term_times.INTENTION reads ", with a view to extending (renewing)"
as it reads ", with the intention to extend it further" (S/RES/1906 (2009) op 1). Without the comma, the renewal the
Secretary-General is asked to take measures for is the term itself (S/RES/1698 (2006) op 3,
test_term_exemptions_view_to_renewing_agenda_item.py)."""

import pytest

from resgraph.extract import term_times
from tests.growth import LINEAR, growth
from tests.snippets import resolution, terms

CASES = [
    (
        "2004-05-14",
        "1. Decides to extend the mandate of UNMISET for a period of 6 months, with a view to subsequently extending the "
        "mandate for a further and final period of 6 months, until 20 May 2005;",
        [(1, "extends", "UNMISET", None, "P6M")],
    ),
    (
        "2005-06-03",
        "11. Decides that the mandate of UNOCI and of the French forces which support it shall be extended until 24 June "
        "2005, with a view to renew it, in this specific instance, for a period of seven months;",
        [
            (11, "extends", "UNOCI", "2005-06-24", None),
            (11, "extends", "FrenchForces", "2005-06-24", None),
        ],
    ),
    (  # the intention said otherwise, as before
        "2009-12-23",
        "1. Decides to extend the deployment of MONUC until 31 May 2010, with the intention to extend it further at that "
        "date for twelve months;",
        [(1, "extends", "MONUC", "2010-05-31", None)],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_term_renewal_in_view(date, text, expected):
    r = resolution(text, date=date, organ="SC")
    assert terms(r, "op", "action", "of", "until", "period") == expected


def test_renewal_in_view_reads_in_linear_time():
    def make(n):
        return " x," + " " * n + "with a view " + "x" * n

    assert growth(make, lambda t: term_times.before_intention(t, 0), 2000) < LINEAR

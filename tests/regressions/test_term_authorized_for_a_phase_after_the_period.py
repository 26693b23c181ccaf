"""An authorization for the phase after the period authorized, with no date and no length: "(b)
Authorizes the European Union operation, at the close of the period referred to in subparagraph a,
to take all appropriate measures to achieve an orderly disengagement" (S/RES/1778 (2007) op 6 (b),
heldout34 12: T authorizes EuropeanUnion with no until or period, as "during the drawdown and
withdrawal period, UNIFIL is authorized", the first gold 05 op 6); the authorization was dropped as
one for no time. Not an authorization with no time at all ("Authorizes UNIFIL ... to take temporary
and special measures", heldout24 02 op 28: none), nor a recall of it ("Recalls that it authorized the
European Union operation, after 15 March 2009, to take all appropriate measures to achieve an orderly
disengagement", S/RES/1861 (2009) op 9: none)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "6. Acting under Chapter VII of the Charter of the United Nations,\n\n(a) Authorizes the European Union to "
        "deploy, for a period of one year from the date that its initial operating capability is declared by the "
        "European Union in consultation with the Secretary-General, an operation aimed at supporting the elements "
        "referred to in paragraphs 2 to 4;\n\n(b) Authorizes the European Union operation, at the close of the period "
        "referred to in subparagraph a, to take all appropriate measures to achieve an orderly disengagement, by "
        "means including fulfilment of the functions indicated in subparagraph a, and within the limits of its "
        "residual capacity;",
        "2007-09-25",
        [(6, "authorizes", "EuropeanUnion", None, "P1Y"), (6, "authorizes", "EuropeanUnion", None, None)],
    ),
    (
        "28. Authorizes UNIFIL, without prejudice to the implementation of its mandate and within existing "
        "resources, to take temporary and special measures to provide support to Lebanon and its people;",
        "2020-08-28",
        [],
    ),
    (
        "9. Recalls that it authorized the European Union operation, after 15 March 2009, to take all appropriate "
        "measures to achieve an orderly disengagement, at the close of the period referred to in resolution 1778;",
        "2009-01-14",
        [],
    ),
    (  # (review52-A 13, made up) an authorization after an extension, for the phase after the period extended: a term
        # of its own with no time, as (b) above and "during the drawdown and withdrawal period" (first gold 05 op 6)
        "6. Decides to extend the mandate of UNMIS until 30 April 2011, and authorizes UNMIS, at the close of the "
        "period, to withdraw;",
        "2010-12-22",
        [(6, "extends", "UNMIS", "2011-04-30", None), (6, "authorizes", "UNMIS", None, None)],
    ),
    (  # a request at the close of the period, no authorization: the first term alone
        "6. Authorizes Member States to take all necessary measures until 31 December 2011, and requests them to "
        "withdraw at the close of the period;",
        "2010-12-22",
        [(6, "authorizes", "MemberStates", "2011-12-31", None)],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_authorized_for_a_phase_after_the_period(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected

"""A second addressee after the first's infinitive, the verb's preposition said again after an "and" that follows
another "and" of the infinitive's object (elliptic._ellipses): "calls upon armed groups to end such serious violations
and abuses and upon the authorities of the Central African Republic to enforce the Child Protection Code"
(A/HRC/RES/57/35 op 40, heldout48 29: PartiesToConflict and state:CAF; the match opened at "violations and" took in
"and upon ..." and named no actor, and the reading went on past it). Near misses: "and on" opening no actor ("on a
sustainable basis") names no one; nor does "and on" of the object's own ("attacks on schools and hospitals and on the civilian
population"); a preposition that is no ask ("rely on") names no one. After an object list of "with" ("cooperate with
UNODC and IMO and upon the Government of Mali") the preposition said again closes the list (stop 67, the xfail of stop 66
made a row); near misses: "and with" goes on the list, "and on a voluntary basis" opens no actor."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 54/32,\n\n1. "

CASES = [
    (  # heldout48 A/HRC/RES/57/35 op 40 (its last clause)
        "Remains concerned about the surge in the number of children recruited by armed groups, and calls upon armed "
        "groups to end such serious violations and abuses and upon the authorities of the Central African Republic to "
        "enforce the Child Protection Code;",
        [{"PartiesToConflict", "state:CAF"}],
    ),
    (  # "on" said again
        "Calls on all parties to end attacks and threats and on the Government of Mali to protect civilians;",
        [{"PartiesToConflict", "state:MLI"}],
    ),
    (  # near miss: "and on" that opens no actor ("on a sustainable basis") names no one
        "Calls upon all States to end violations and abuses and on a sustainable basis to support the victims;",
        [{"States"}],
    ),
    (  # near miss: "and on" of the infinitive's own objects ("attacks on schools and hospitals and on the civilian
        # population") is no ask said again
        "Calls upon all parties to end attacks on schools and hospitals and on the civilian population to protect "
        "them;",
        [{"PartiesToConflict"}],
    ),
    (  # after an object list of "with": the preposition said again closes it (review66's known miss)
        "Calls upon States to cooperate with UNODC and IMO and upon the Government of Mali to protect civilians;",
        [{"States", "state:MLI"}],
    ),
    (  # near miss: "and with" goes on the list of partners
        "Calls upon States to cooperate with UNODC and IMO and with the Government of Mali to protect civilians;",
        [{"States"}],
    ),
    (  # near miss: after a "with" list, "and on" that opens no actor names no one
        "Calls upon States to cooperate with UNODC and IMO and on a voluntary basis to share information;",
        [{"States"}],
    ),
    (  # near miss: an "and on" inside a mandate holder's title ("the Independent Expert on X and on Y", Y no actor)
        # names no one (stop 67 review SHOULD on e1db87e2)
        "Calls upon States to cooperate with the Independent Expert on the enjoyment of human rights by older persons "
        "and on the promotion of a democratic order to protect them;",
        [{"States"}],
    ),
    (
        "Calls upon States to cooperate with the Independent Expert on foreign debt and on the effects of debt on human "
        "rights to protect them;",
        [{"States"}],
    ),
    (  # near miss: "rely on" is no ask said again
        "Calls upon all States to ratify the Convention and to rely on the Secretary-General to report;",
        [{"States"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_elliptic_addressee_upon_said_again_after_and(text, expected):
    assert mandates(snippet(HRC + text + "\n"), "addressees", as_sets=True) == expected

"""A second list of addressees after the first's infinitive, the verb left out, that holds more than actors and
"and": a place between two actors ("all relevant actors in Myanmar and States to cooperate", A/HRC/RES/58/20 op 57,
heldout8), whom an influence bears on after the last actor ("and upon all those with influence on them to work",
S/2023/773 op 10, heldout6, and A/RES/ES-10/21 op 12), partners of an infinitive said again before it ("to
collaborate fully with the Mechanism, where possible, and to share evidence ..., and all relevant actors ...": the
Mechanism is the first infinitive's partner, not a reason to stop). A name that reads as a list ("the Independent
International Commission of Inquiry on the Occupied Palestinian Territory, including East Jerusalem, and Israel",
A/HRC/RES/55/28 op 43) is one body."""

import pytest

from tests.snippets import mandates, snippet

OPENER = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Emphasizes the importance of preventing spillover in the region and, in this regard, calls on all parties to "
        "exercise maximum restraint and on all those with influence on them to work toward this objective;",
        [{"PartiesToConflict", "Stakeholders"}],
    ),
    (
        "Calls upon the United Nations to ensure support, urges all United Nations bodies to collaborate fully with the "
        "Mechanism, where possible, and to share evidence to be used in future prosecutions, and all relevant actors "
        "in Myanmar and States to cooperate with the Mechanism;",
        [{"UNSystemEntities"}, {"UNSystemEntities", "Stakeholders", "States"}],
    ),
    (  # the list of an infinitive's object goes on: no second addressee
        "Calls upon States to cooperate with the UNODC, IMO, and other States and international organizations to "
        "build capacity;",
        [{"States"}],
    ),
    (
        "Requests the Independent International Commission of Inquiry on the Occupied Palestinian Territory, including "
        "East Jerusalem, and Israel to report on the implementation;",
        [{"CommissionsOfInquiry"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_second_object(text, expected):
    got = mandates(snippet(OPENER + text), "verb", "addressees", as_sets=True)
    assert [a for _, a in got] == expected

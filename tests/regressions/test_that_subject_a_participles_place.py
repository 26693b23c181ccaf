"""An actor named in a "that" clause's subject only as where a participle qualifying a thing took place is not who
the verb asks: "Recommends that further intensive efforts be devoted to the search for such a common approach or
common formula and that the various alternative approaches, including, in particular, those considered in the
Conference on Disarmament, be further explored" (A/RES/74/31 op 4 and its yearly texts to A/RES/80/18 op 4, audit
aud59b: asked the Conference; no one is named who shall explore them, the set is empty). The Conference as the
subject that acts ("Also recommends that the Conference on Disarmament actively continue intensive negotiations", op 5
of the same texts), a later clause's subject that acts ("and that the Government of South Sudan redeploy") and a
place of the clause's own passive verb stay as they were."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 73/34,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        GA,
        "Recommends that further intensive efforts be devoted to the search for such a common approach or common "
        "formula and that the various alternative approaches, including, in particular, those considered in the "
        "Conference on Disarmament, be further explored in order to overcome the difficulties;",
        ("recommends", set()),
    ),
    (
        GA,
        "Recommends that the approaches considered in the Conference on Disarmament be further explored;",
        ("recommends", set()),
    ),
    # the near misses: the Conference acts; a later subject acts
    (
        GA,
        "Also recommends that the Conference on Disarmament actively continue intensive negotiations with a view to "
        "reaching early agreement and concluding effective international agreements;",
        ("recommends", {"ConferenceOnDisarmament"}),
    ),
    (
        SC,
        "Demands that the Government of Sudan fully redeploy its forces and that the Government of South Sudan "
        "redeploy its forces;",
        ("demands", {"state:SDN", "state:SSD"}),
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_that_subject_a_participles_place(organ, text, expected):
    r = snippet(organ + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == [expected]

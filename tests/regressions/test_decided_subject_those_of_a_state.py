"""A decision's subject that singles out a State's Government by a pronoun, "those of" or "that of" (thing_subjects.
THE_ONES): "Decides that ... all governments in the region, and in particular those of the Democratic Republic of the
Congo and of States bordering Ituri and the Kivus, shall take the necessary measures" (S/RES/1596 (2005) op 6, heldout47
08: RegionalPartners and state:COD; "those of" had been read as a thing's "of", the State dropped). Near misses: a
thing's "those of" keeps the actor after it a thing's owner ("the assets of all governments in the region, and in
particular those of Rwanda"); "those of States bordering Ituri" are the region's, no
States of their own."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1493 (2003),\n\n1. "

CASES = [
    (  # heldout47 S/RES/1596 (2005) op 6
        "Decides that, during the period of enforcement of the measures referred to in paragraph 1 above, all "
        "governments in the region, and in particular those of the Democratic Republic of the Congo and of States "
        "bordering Ituri and the Kivus, shall take the necessary measures;",
        [{"RegionalPartners", "state:COD"}],
    ),
    (  # two States singled out
        "Decides that all governments in the region, in particular those of Burundi and Rwanda, shall strengthen "
        "their customs controls;",
        [{"RegionalPartners", "state:BDI", "state:RWA"}],
    ),
    (  # near miss: the States bordering a place are the region's
        "Decides that each government in the region, in particular those of States bordering Ituri and the Kivus, "
        "shall maintain a registry;",
        [{"RegionalPartners"}],
    ),
    (  # near miss: a thing's "those of" a State after a list of governments: the organ decides
        "Decides that the assets of all governments in the region, and in particular those of Rwanda, shall be frozen;",
        [{"SecurityCouncil"}],
    ),
    (  # near miss: a thing's "those of": the organ decides
        "Decides that the measures imposed by resolution 1493 (2003) and those of the Government of Rwanda shall apply "
        "until 31 July 2005;",
        [{"SecurityCouncil"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decided_subject_those_of_a_state(text, expected):
    assert mandates(snippet(SC + text + "\n"), "addressees", as_sets=True) == expected

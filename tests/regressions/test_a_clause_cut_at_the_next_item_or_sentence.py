"""A verb's clause ends at the paragraph's next inline item or sentence even where its verb asks no one: "b. Calls upon
all States to sign, ratify and implement an additional protocol ..., c. Stresses the importance for all Member States
... and for the IAEA to report to the Council accordingly as appropriate" (S/RES/1887 (2009) op 15) read the IAEA into
b.'s call and a report by the IAEA to the Member States, as b.'s clause ran to the paragraph's end; the same after a
full stop. The stops are an item letter or a sentence's full stop before a word of leads.yaml `operative`
(directives.clause_stops). Not an item that lists what is asked ("to report on: a. the progress"), nor a next
verb that asks, which ended the clause already.
"""

import pytest

from tests.snippets import mandates, reports, snippet

SC = "The Security Council,\n\nRecalling its resolution 1540 (2004),\n\n1. "

CASES = [
    (
        "Affirms that effective IAEA safeguards are essential, and in that regard: a. Calls upon all non-nuclear-weapon "
        "States party to the NPT that have yet to bring into force a comprehensive safeguards agreement to do so "
        "immediately, b. Calls upon all States to sign, ratify and implement an additional protocol, c. Stresses the "
        "importance for all Member States to ensure that the IAEA continue to have all the necessary resources, and for "
        "the IAEA to report to the Council accordingly as appropriate;",
        [("calls-upon", {"States"}), ("calls-upon", {"States"})],
        [],
    ),
    (
        "Calls upon all States to sign an additional protocol. Stresses the importance for the IAEA to report to the "
        "Council accordingly;",
        [("calls-upon", {"States"})],
        [],
    ),
    # near misses: the next verb asks (the clause ended there already); an item listing what is asked
    (
        "Calls upon all States to sign an additional protocol, b. Requests the IAEA to report to the Council;",
        [("calls-upon", {"States"}), ("requests", {"IAEA"})],
        [("IAEA", "SecurityCouncil")],
    ),
    (
        "Requests the Secretary-General to report to the Council on: a. the progress made; b. the challenges faced;",
        [("requests", {"SecretaryGeneral"})],
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected,due", CASES)
def test_a_clause_cut_at_the_next_item_or_sentence(text, expected, due):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
    assert reports(r, "by", "to") == due

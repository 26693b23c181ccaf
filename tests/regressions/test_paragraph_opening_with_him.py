"""A paragraph that opens by asking "him" or "her" asks the one person the paragraph before asked: "8. Requests the
Secretary-General to submit a new report by 15 November 2008 ...; 9. Requests him to also continue to report
regularly, and at least every three months, on the security and humanitarian situation ..." (S/RES/1834 (2008) op 9,
the heldout17 gold: requests SecretaryGeneral, and his report every P3M to the Council). The pronoun read only the
paragraph's own text before it, which names no one: no addressee, and no report."""

import pytest

from resgraph.extract import these_states
from tests.growth import LINEAR, growth
from tests.snippets import mandates, reports, resolution

OP8 = "8. Requests the Secretary-General to submit a new report by 15 November 2008 on the progress.\n\n"

CASES = [
    (
        OP8 + "9. Requests him to also continue to report regularly, and at least every three months, on the security "
        "and humanitarian situation, including movements of refugees and internally displaced persons, in eastern "
        "Chad;",
        [(9, "requests", ("SecretaryGeneral",))],
        [(9, "SecretaryGeneral", "SecurityCouncil", "P3M", "written")],
    ),
    # the paragraph before asked no one person: none
    (
        "8. Encourages troop-contributing countries to pledge the necessary force requirements.\n\n"
        "9. Requests him to report every three months on the situation;",
        [(9, "requests", ())],
        [],
    ),
]


@pytest.mark.parametrize("text, asked, due", CASES)
def test_paragraph_opening_with_him(text, asked, due):
    r = resolution(text, date="2008-09-24")
    assert [m for m in mandates(r, "op", "verb", "addressees") if m[0] == 9] == asked
    assert [x for x in reports(r, "op", "by", "to", "every", "form") if x[0] == 9] == due


def test_the_pattern_grows_linearly():
    assert growth(lambda n: "Requests" + " " * n + "him", these_states.OPENS_WITH_PERSON.match, 500) < LINEAR

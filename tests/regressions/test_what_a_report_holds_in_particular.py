"""Found in heldout15 (S/RES/2565 (2021) op 7: "Requests the Secretary-General to report on the implementation of this
resolution, in particular a full assessment of the impediments to vaccine accessibility ..., frequently and as
necessary, and make recommendations to the Council", one written report): a report noun after "in particular" or
"especially" names what the report asked for holds, as after "including" or "with" (report_within.WITH_BEFORE);
read as a second report where a receiver followed it. Corpus-full: the only two such paragraphs (2565 op 7; 2190
(2014) op 17 "an update ... on the situation in Liberia, especially an assessment of the impact of the Ebola
outbreak", read right before)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "7. Requests the Secretary-General to report on the implementation of this resolution, in particular a full "
        "assessment of the impediments to vaccine accessibility and the COVID-19 response, frequently and as "
        "necessary, and make recommendations to the Council;",
        [("SecretaryGeneral", "SecurityCouncil", "written")],
    ),
    (
        "7. Requests the Secretary-General to report on the implementation of this resolution, especially a full "
        "assessment of the impediments to vaccine accessibility, and make recommendations to the Council;",
        [("SecretaryGeneral", "SecurityCouncil", "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_what_a_report_holds_in_particular(text, expected):
    r = resolution(text, date="2021-02-26", organ="SC")
    assert reports(r, "by", "to", "form") == expected

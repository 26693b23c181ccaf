"""Reports listed after a comma with their own time, ", with a written report no later than 15 October 2021"
(S/RES/2575 (2021) op 8, 2630 (2022) op 7), ", with an oral update within 2 months ..., with a written report within
4 months" (S/RES/2359 (2017) op 7, heldout10 16): the noun after "with" was read as the means a report goes with
("together with a report") and dropped, so the written report was lost. Such reports are the instances of the
reporting the clause asks: each one item, the report verb before them none of its own. Delays listed before the
one their start follows ("six months and eleven months after the adoption", S/RES/2491 (2019) op 3, heldout10 18;
2635 (2022) op 2; 2127 (2013) op 25) are a report each."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "8. Requests the Secretary General to continue to inform the Security Council of progress in implementing "
        "UNISFA’s mandate as set out in paragraph 33 of resolution 2550 (2020), with a written report no later than "
        "15 October 2021;",
        "2021-05-14",
        [(8, "SecretaryGeneral", "SecurityCouncil", "2021-10-15", None, "written")],
    ),
    (
        "7. Requests the Secretary General, in close coordination with the G5 Sahel States and the African Union, to "
        "report to the Security Council on the activities of the FC-G5S, including on its operationalization, with an "
        "oral update within 2 months of the adoption of this resolution, with a written report within 4 months of "
        "the adoption of this resolution, and thereafter to include these elements in regular reporting by UNOCA and "
        "UNOWAS;",
        "2017-06-21",
        [
            (7, "SecretaryGeneral", "SecurityCouncil", "2017-08-21", "P2M", "oral"),
            (7, "SecretaryGeneral", "SecurityCouncil", "2017-10-21", "P4M", "written"),
        ],
    ),
    (
        "3. Requests the Secretary-General to report to the Security Council six months and eleven months after the "
        "adoption of this resolution on its implementation;",
        "2019-10-03",
        [
            (3, "SecretaryGeneral", "SecurityCouncil", "2020-04-03", "P6M", "written"),
            (3, "SecretaryGeneral", "SecurityCouncil", "2020-09-03", "P11M", "written"),
        ],
    ),
    (  # the means a report goes with: none of its own
        "4. Requests the Secretary-General to transmit the recommendations together with a report on the matter;",
        "2019-10-03",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_each_report_listed_with_its_time(text, date, want):
    r = resolution(text, date=date)
    assert reports(r, "op", "by", "to", "due", "within", "form") == want

"""Held-out gold, S/RES/2423 (2018) op 71: "to include every six months in his regular reports an
update on the development ... of the integrated strategic framework" was a report of its own (an
update in reports counted elsewhere: README, "include in his next report"). And a report asked for
after such a part in the same clause was lost: "and to report thereon to the General Assembly at its
seventy-eighth session" (A/RES/77/278 op 73), "and to present an oral update to the Council"
(A/HRC/RES/58/18 op 22)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "71. Further requests the Secretary-General, seeking perspectives from all relevant parties, to include every "
        "six months in his regular reports an update on the development and implementation of the integrated "
        "strategic framework referred to above;",
        [],
    ),
    (
        "SC",
        "72. Requests the Secretary-General to include in his next report an assessment of the situation, and to "
        "submit a report by 1 May 2019;",
        [(72, "SecretaryGeneral", "SecurityCouncil", "2019-05-01", None)],
    ),
    (
        "GA",
        "73. Further requests the Secretary-General to include an assessment of whether the scope of entries in Clear "
        "Check could be extended, and to explore whether the database can complement the Scheme, and to report "
        "thereon to the General Assembly at its seventy-eighth session;",
        [(73, "SecretaryGeneral", "GeneralAssembly", None, 78)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_a_report_after_a_part_of_another(organ, text, expected):
    r = resolution(text, date="2018-06-28", organ=organ)
    assert reports(r, "op", "by", "to", "due", "session") == expected

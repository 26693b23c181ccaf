"""A reporter named after the report noun and followed by the report's topic: "requests a briefing by the Secretariat
on the measures taken to disseminate information pertaining to dialogue among civilizations ..., before the next
session of the Committee on Information" (A/RES/74/92 op 66 and the Assembly's yearly texts on questions relating to
information after it, to A/RES/80/84 op 108) gave the Department of Global Communications, asked earlier in the
paragraph, or no report at all where no one was: "the Secretariat on" read as the head of a longer name ("the
Committee on Information"), so "by" named no one. The name is now read up to its topic when the whole window names
no one; a longer name the vocabulary knows is still read whole, and a reporter after "by" as before."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # A/RES/74/92 op 66: the Secretariat, not the Department asked before
        "66. Recalls its resolutions on dialogue among civilizations and the culture of peace, and requests the "
        "Department of Global Communications to continue to provide the support necessary for the dissemination of "
        "information pertaining to dialogue among civilizations, and requests a briefing by the Secretariat on the "
        "measures taken to disseminate information pertaining to dialogue among civilizations and the culture of "
        "peace, before the next session of the Committee on Information;",
        [("Secretariat", "CommitteeOnInformation")],
    ),
    (  # no one asked before: the one named after "by"
        "1. Requests a briefing by the Secretariat on the measures taken to disseminate information, before the next "
        "session of the Committee on Information;",
        [("Secretariat", "CommitteeOnInformation")],
    ),
    (  # a longer name the vocabulary knows, read whole
        "1. Requests the Department to continue its work, and requests a briefing by the Committee on Information on "
        "the measures taken;",
        [("CommitteeOnInformation", "GeneralAssembly")],
    ),
    (  # A/RES/77/335 op 55: no topic after the name, read as before
        "55. Requests a briefing by the Secretariat at the seventy-eighth session assessing the impact of the entry "
        "into effect of the earlier start date;",
        [("Secretariat", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_by_a_name_before_its_topic(text, expected):
    r = resolution(text, date="2019-12-16", organ="GA")
    assert reports(r, "by", "to") == expected

"""SC survey (scsurvey, seed 20261201): "Requests States and regional organizations cooperating with
Somali authorities to inform the Security Council and the Secretary-General in nine months of the
progress ... and further requests all States contributing through the CGPCS ... to report by the same
deadline on their efforts" (S/RES/2442 (2018) op 32 and the piracy resolutions 1897 (2009) to 2442
(2018)) gave no report: a report of States with no receiver and no time was left out, as
"by the same deadline" gave none. The deadline is the one the paragraph gave before; "in (within)
nine months of the progress" counts from the adoption (what one is informed of, no starting event);
"contributing through the CGPCS" is the reporters' channel, no `through`; and "cooperating with
Somali authorities" names the addressees' partners, not addressees."""

import pytest

from tests.snippets import mandates, reports, resolution

PIRACY = (
    "32. Requests States and regional organizations cooperating with Somali authorities to inform the Security "
    "Council and the Secretary-General in nine months of the progress of actions undertaken in the exercise of the "
    "authorizations provided in paragraph 14 above and further requests all States contributing through the CGPCS "
    "to the fight against piracy off the coast of Somalia, including Somalia and other States in the region, to "
    "report by the same deadline on their efforts to establish jurisdiction and cooperation in the investigation "
    "and prosecution of piracy;"
)
WITHIN = PIRACY.replace("in nine months", "within nine months")

CASES = [
    ("2018-11-06", PIRACY, [(32, "States", "SecurityCouncil", None, "2019-08-06", "P9M")]),
    ("2009-11-30", WITHIN, [(32, "States", "SecurityCouncil", None, "2010-08-30", "P9M")]),
    # a deadline counted from the adoption said with "in ... of its adoption" (S/RES/2139 (2014) op 17)
    (
        "2014-02-22",
        "17. Requests the Secretary-General to report to the Council on the implementation of this resolution in "
        "30 days of its adoption and every 30 days thereafter;",
        [(17, "SecretaryGeneral", "SecurityCouncil", None, "2014-03-24", "P30D")],
    ),
]


@pytest.mark.parametrize("adopted,text,expected", CASES)
def test_report_by_the_same_deadline(adopted, text, expected):
    r = resolution(text, date=adopted)
    assert reports(r, "op", "by", "to", "through", "due", "within") == expected


def test_partners_after_a_participle_are_no_addressees():
    r = resolution(PIRACY, date="2018-11-06")
    assert mandates(r, "verb", "addressees", as_sets=True)[0] == ("requests", {"States", "InternationalOrganizations"})
    r = resolution(
        "7. Requests the Secretary-General in consultations with the Commission and the Lebanese Government to "
        "present recommendations to expand the mandate of the Commission;",
        date="2005-12-15",
    )
    assert mandates(r, "verb", "addressees") == [("requests", ("SecretaryGeneral",))]

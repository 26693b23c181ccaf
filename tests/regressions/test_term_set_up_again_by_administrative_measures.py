"""The Secretary-General's administrative measures to set up again, in a later paragraph, a body an earlier
paragraph established or extended are no second term: "Decides to establish, with effect from the date of
adoption of this resolution, until 15 December 2019, the Panel of Experts on Somalia" (S/RES/2444 (2018) op 11) and
"Requests the Secretary-General to take the necessary administrative measures as expeditiously as possible to
establish the Panel of Experts, ..., until 15 December 2019" (op 12) are one term, op 11's (heldout27 18; as heldout8
10 op 31 and heldout27 09 op 13 read the two in one paragraph). The same in S/RES/2317 (2016) ops 38-39, 2385 (2017)
ops 46-47 ("to re-establish the SEMG") and S/RES/2188 (2014) ops 5-6. Measures with no earlier term of the body keep
their own (S/RES/1698 (2006) op 3, "with a view to extending the mandate of the Group of Experts"), and a body set up
by another request is no administrative measure.
"""

import pytest

from tests.snippets import resolution, terms

SEMG = (
    "38. Decides to extend until 15 December 2017 the mandate of the Somalia and Eritrea Monitoring Group as set out "
    "in paragraph 13 of resolution 2060 (2012);\n\n"
)

CASES = [
    (  # S/RES/2444 (2018) ops 11-12: established, then set up
        "11. Decides to establish, with effect from the date of adoption of this resolution, until 15 December 2019, "
        "the Panel of Experts on Somalia;\n\n12. Requests the Secretary-General to take the necessary administrative "
        "measures as expeditiously as possible to establish the Panel of Experts, consisting of six members and to be "
        "based in Nairobi, in consultation with the Committee, until 15 December 2019;",
        [(11, "establishes", "PanelOfExperts2444", "2019-12-15")],
    ),
    (  # S/RES/2317 (2016) ops 38-39
        SEMG + "39. Requests the Secretary-General to take the necessary administrative measures as expeditiously as "
        "possible to re-establish the Monitoring Group, in consultation with the Committee, until 15 December 2017, "
        "drawing, as appropriate, on the expertise of the members of the Monitoring Group;",
        [(38, "extends", "MonitoringGroup1519", "2017-12-15")],
    ),
    (  # S/RES/2188 (2014) ops 5-6: the earlier term has no time of its own: it takes the setting up's
        SEMG.replace("until 15 December 2017 ", "")
        + "39. Requests the Secretary-General to take the necessary administrative measures as expeditiously as "
        "possible to re-establish the Monitoring Group, in consultation with the Committee, for a period of 12 months "
        "from the date of this resolution;",
        [(38, "extends", "MonitoringGroup1519", "2017-01-10")],
    ),
    (  # a setting up to another end is another term
        SEMG + "39. Requests the Secretary-General to take the necessary administrative measures as expeditiously as "
        "possible to re-establish the Monitoring Group, in consultation with the Committee, until 15 December 2018;",
        [
            (38, "extends", "MonitoringGroup1519", "2017-12-15"),
            (39, "establishes", "MonitoringGroup1519", "2018-12-15"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_set_up_again_by_administrative_measures(text, expected):
    r = resolution(text, date="2016-01-10", symbol="S/RES/2444(2018)" if "Somalia;" in text else None)
    assert terms(r, "op", "action", "of", "until") == expected

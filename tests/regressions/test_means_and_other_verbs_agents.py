"""SC survey (scsurvey, seed 20261201): "Encourages the Panel of Experts established pursuant to resolution
2374 (2017) to identify parties responsible ... through its regular reporting and interim updates"
(S/RES/2480 (2019) op 6, 2531 op 5, 2584 op 6, 2640 op 4) asked for a report: a report noun joined to the
reporter's own reporting after "through" names how another task is done. "demands an end to the
hindrances to the movement of UNMHA personnel ..., and expresses support for the efforts by UNMHA"
(S/RES/2586 (2021) op 5) asked UNMHA: the agent of an activity is read up to a clause of the organ's own
("and expresses"), not in it."""

import pytest

from tests.snippets import mandates, reports, resolution

PANEL = (
    "6. Encourages the Panel of Experts established pursuant to resolution 2374 (2017) to identify parties "
    "responsible for potential lack of implementation of the priority measures referenced in paragraph 4 through "
    "its regular reporting and interim updates, expresses its intent to respond with measures pursuant to "
    "resolution 2374 (2017);"
)
UNMHA = (
    "5. Requests the Secretary-General to fully deploy UNMHA expeditiously, and demands an end to the hindrances "
    "to the movement of UNMHA personnel in Hodeidah governorate, particularly in conflict-affected districts, and "
    "expresses support for the efforts by UNMHA to reactivate the RCC and its joint mechanisms;"
)


def test_reporting_as_the_means_of_another_task():
    r = resolution(PANEL, date="2021-06-29")
    assert reports(r, "by") == []
    assert mandates(r, "verb", "addressees") == [("encourages", ("PanelOfExperts2374",))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (UNMHA, [("requests", ("SecretaryGeneral",)), ("demands", ())]),
        # the agent inside the object is asked ("by the Organization of Islamic Cooperation", A/RES/74/85 op 22:
        # the agent of a nominal activity, test_nominal_activity_agent_asked.py)
        (
            "22. Encourages further progress with regard to the creation of a trust fund, as well as for the "
            "financing of a waqf fund by the Organization of Islamic Cooperation to support Palestine refugees;",
            [("encourages", ("OIC",))],
        ),
    ],
)
def test_agent_read_up_to_the_organs_own_clause(text, expected):
    assert mandates(resolution(text, date="2021-07-14"), "verb", "addressees") == expected

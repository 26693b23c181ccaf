"""A mid-term update does not say how it is given: "to provide a midterm update to the Committee no later than
15 April 2024" (S/RES/2707 (2023) op 3, the Iran and DPRK panels' renewals) and "b. a comprehensive mid-term update"
(the Panels' yearly lists, S/RES/2713 op 29) have no form, as "update it" has none; the ruling of stop 30 settled it by
the majority of the golds that read the words (heldout5 03 op 29, heldout8 10 op 32, heldout13 06 op 32 against gold 04
op 3, heldout14 05 op 19). An interim update likewise ("to submit an interim update on its work to the Committee by
15 September 2015", S/RES/2219 (2015) op 27, heldout45 17, read as the mid-term update; it was written). A midterm or
interim report, a written update and the final report stay written."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "3. Requests the Panel of Experts to provide a midterm update to the Committee no later than 15 April 2024, "
        "and a final report no later than 15 October 2024 to the Security Council, after discussion with the "
        "Committee;",
        [(3, None), (3, "written")],
    ),
    (
        "32. Requests the Panel of Experts to provide monthly updates to the Committee, and a comprehensive midterm update, as "
        "well as to submit, for the Security Council’s consideration, through the Committee, a final report by "
        "15 October 2016;",
        [(32, None), (32, None), (32, "written")],
    ),
    (
        "5. Requests the Panel of Experts to provide a written midterm report to the Committee no later than 15 April 2024;",
        [(5, "written")],
    ),
    (
        "6. Requests the Secretary-General to provide a written update to the Security Council by 1 March 2024;",
        [(6, "written")],
    ),
    (  # an interim update likewise (S/RES/2219 (2015) op 27, heldout45 17); its interim report stays written
        "27. Requests the Group of Experts to submit an interim update on its work to the Committee by 15 September "
        "2015 and to submit a final report to the Security Council by 8 April 2016;",
        [(27, None), (27, "written")],
    ),
    (
        "7. Requests the Group of Experts to submit an interim report to the Committee by 15 September 2015;",
        [(7, "written")],
    ),
    (  # an interim update said written, before it past its adjective or after it
        "27. Requests the Group of Experts to submit a written interim update on its work to the Committee by 15 "
        "September 2023;",
        [(27, "written")],
    ),
    (
        "27. Requests the Group of Experts to submit an interim update in writing on its work to the Committee by 15 "
        "September 2023;",
        [(27, "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_form_of_a_midterm_update(text, expected):
    r = resolution(text, date="2023-11-14")
    assert reports(r, "op", "form") == expected

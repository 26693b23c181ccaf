""" "Recalls the IWG's role ..., and requests the IWG to: – establish as soon as possible ... a precise timetable ...,
– evaluate, monitor and follow up closely the progress achieved in implementing the road map on a monthly basis, –
report to the Council, through the Secretary-General, on its assessment of the progress achieved ..." (S/RES/1721
(2006) op 25): the report took every=P1M from the sibling item's monthly evaluation. The list items the segmenter
joins into the paragraph's text (a <point>'s "–" or "•") are tasks of their own: a cycle said in another item is not
the report's (report_own_task.siblings_cycle); the report keeps a cycle said in its own item, or in the list's lead
before the first item ("to provide the Council, every three months, with: – a report"). A task coordinated by "and to"
in one clause is no list item: its cycle is still the report's ("to monitor annually ... and to report thereon"); nor
is an aside between dashes (plain or not) with no colon before the first (review51 9)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    # S/RES/1721 (2006) op 25
    (
        "Recalls the IWG’s role of guarantor and impartial arbitrator of the peace process, and requests the IWG to: – "
        "establish as soon as possible, in liaison with the Prime Minister, a precise timetable for the implementation "
        "of the main components of the road map, – evaluate, monitor and follow up closely the progress achieved in "
        "implementing the road map on a monthly basis, – report to the Council, through the Secretary-General, on its "
        "assessment of the progress achieved and on any obstacles encountered by the Prime Minister in carrying out his "
        "mandate set out in paragraph 7 above, – submit as appropriate, to all the Ivorian parties concerned and to the "
        "Council, any recommendations it deems necessary;",
        [("IWGCoteDIvoire", None)],
    ),
    # the cycle in the report's own item
    (
        "Requests the Secretary-General to: – report to the Council every three months on the situation, – evaluate "
        "the progress;",
        [("SecretaryGeneral", "P3M")],
    ),
    # not: the cycle in the list's lead, before the first item
    (
        "Requests the Secretary-General to provide the Council, every three months, with: – a report on the situation, "
        "– an assessment of the progress;",
        [("SecretaryGeneral", "P3M")],
    ),
    # not: a task coordinated in one clause (report_own_task.timing)
    (
        "Requests the Secretary-General to monitor annually the progress and to report thereon to the Council;",
        [("SecretaryGeneral", "P1Y")],
    ),
    # not: an aside between plain hyphens after commas, no list (review51 9)
    (
        "Requests the Secretary-General, - on a monthly basis, in close consultation with the African Union, - to "
        "report to the Council on the situation;",
        [("SecretaryGeneral", "P1M")],
    ),
    # not: dashes with no colon before the first, an aside too
    (
        "Requests the Secretary-General, – on a monthly basis, in close consultation with the African Union, – to "
        "report to the Council on the situation;",
        [("SecretaryGeneral", "P1M")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_cycle_of_a_sibling_list_item(text, expected):
    r = resolution("1. " + text, date="2006-11-01")
    assert reports(r, "by", "every") == expected

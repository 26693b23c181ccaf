"""Several actors asked together to report give one report each (tests/mandate_gold/README.md "What counts": one
item per reporter): "Directs the Executive Chairman of UNMOVIC and the Director-General of the IAEA to report
immediately to the Council" (S/RES/1441 (2002) op 11, heldout4) gave the IAEA's alone, "Requests the
Secretary-General and the French Government to report to it immediately" (S/RES/1643 (2005) op 5) the
Secretary-General's alone. A report noun asked of several is one each too (report_each; the goldfix of stop 28:
heldout3 S/RES/2462 (2019) op 37), unless the text makes it joint; actors consulted are not reporters."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "11. Directs the Executive Chairman of UNMOVIC and the Director-General of the IAEA to report immediately to "
        "the Council any interference by Iraq with inspection activities;",
        [(11, "UNMOVIC", "SecurityCouncil"), (11, "IAEA", "SecurityCouncil")],
    ),
    (
        "5. Requests the Secretary-General and the French Government to report to it immediately, through the "
        "Committee, of any serious obstacle to the freedom of movement of UNOCI;",
        [(5, "SecretaryGeneral", "SecurityCouncil"), (5, "state:FRA", "SecurityCouncil")],
    ),
    (
        "11. Requests the Counter-Terrorism Committee (CTC) to hold a Special Meeting within 12 months, and invites "
        "the Secretary-General and the High Commissioner for Human Rights to brief the Council on the outcomes of "
        "this meeting;",
        [(11, "SecretaryGeneral", "SecurityCouncil"), (11, "HighCommissionerHumanRights", "SecurityCouncil")],
    ),
    (
        "7. Requests the Secretary-General, in close consultation with the African Union and the High Commissioner "
        "for Human Rights, to report to the Council;",
        [(7, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "9. Requests the Secretary-General and the Chairperson of the African Union Commission to provide to the "
        "Council a special report by 1 December 2002;",
        # a noun asked of several, no word making it joint: one each (goldfix of stop 28, heldout3 S/RES/2462 op 37)
        [(9, "SecretaryGeneral", "SecurityCouncil"), (9, "AfricanUnion", "SecurityCouncil")],
    ),
    (
        "9. Requests the Secretary-General and the Chairperson of the African Union Commission to provide to the "
        "Council a joint special report by 1 December 2002;",
        # "a joint report" asked of both: one each too, as the golds read it (heldout33 S/RES/2687 op 40, heldout35
        # S/RES/2710 op 11: "a joint technical assessment", two items)
        [(9, "SecretaryGeneral", "SecurityCouncil"), (9, "AfricanUnion", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_one_report_per_reporter(text, expected):
    r = resolution(text, date="2002-11-08", preamble="Recalling its resolution 1572 (2004) and its Committee,")
    assert reports(r, "op", "by", "to") == expected

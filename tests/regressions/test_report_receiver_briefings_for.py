"""Briefings held "for" their audience go to it: "Directs the 1540 Committee to convene regular open briefings,
at least once a year or as needed, for Member States and international, regional and subregional
organizations" (S/RES/2663 (2022) op 26, heldout6 01: two reports, to Member States and to the
organizations) was read as one briefing to the Council: the receiver lead knew "for all (interested)"
only. Now "briefings ..., for" leads a receiver, a time between them said in commas; the receivers
joined by "and" are each one report."""

from tests.snippets import reports, resolution

PREAMBLE = "Recalling its resolution 1540 (2004) and the Committee established pursuant to it (the 1540 Committee),"

CASES = [
    (
        "1. Directs the 1540 Committee to convene regular open briefings, at least once a year or as needed, for "
        "Member States and international, regional and subregional organizations, inter alia on the margins of the "
        "relevant sessions of the General Assembly;",
        [("MemberStates", "P1Y", "oral"), ("InternationalOrganizations", "P1Y", "oral")],
    ),
    (
        "1. Requests the 1540 Committee to hold open briefings for Member States;",
        [("MemberStates", None, "oral")],
    ),
    (  # "for" after a report that is no briefing leads no receiver
        "1. Requests the Secretary-General to report to the Council on assistance for Member States;",
        [("SecurityCouncil", None, "written")],
    ),
]


def test_briefings_for_their_audience():
    for text, want in CASES:
        r = resolution(text, date="2022-11-30", preamble=PREAMBLE)
        assert reports(r, "to", "every", "form") == want, text

"""Office holders appointed, reappointed or whose appointment is extended, for a term
(extract/term_appointed.py): "Decides to reappoint Mr. Serge Brammertz as Prosecutor of the International
Tribunal, ..., for a term with effect from 1 January 2015 until 31 December 2015" (S/RES/2193 (2014) op 5,
heldout12 15 op 5, missed blind) set no term, nor did the twelve other Prosecutors' appointments of
corpus-full (S/RES/1774, 1775, 1786, 2006, 2007, 2038, 2194, 2256, 2269, 2329 (b), 2422, 2529, 2637, 2740).
The office is named as written with its holder in brackets; a reappointment or an extended appointment
extends, an appointment establishes; "for a four-year term" is the period, counted from the date the
term takes effect. An appointment that may be made later, or of holders not named, is none.
"""

import pytest

from tests.snippets import resolution, terms

ROWS = [
    (
        "5. Decides to reappoint Mr. Serge Brammertz as Prosecutor of the International Tribunal, notwithstanding the "
        "provisions of Article 16, paragraph 4, of the Statute of the International Tribunal related to the length of "
        "office of the Prosecutor, for a term with effect from 1 January 2015 until 31 December 2015, which is subject "
        "to an earlier termination by the Security Council upon the completion of the work of the International "
        "Tribunal;",
        "2014-12-16",
        [(5, "extends", "Prosecutor of the International Tribunal (Serge Brammertz)", "2015-12-31", None)],
    ),
    (
        "1. Decides to reappoint Mr. Hassan Bubacar Jallow as Prosecutor of the International Criminal Tribunal for "
        "Rwanda with effect from 15 September 2007 for a four-year term, which is subject to an earlier termination "
        "by the Security Council upon completion of the work of the International Tribunal.",
        "2007-08-14",
        [
            (
                1,
                "extends",
                "Prosecutor of the International Criminal Tribunal for Rwanda (Hassan Bubacar Jallow)",
                "2011-09-15",
                "P4Y",
            )
        ],
    ),
    (
        "1. Decides, notwithstanding the provisions of article 16 (4) of the Statute, to extend for a final period the "
        "appointment of Ms. Carla Del Ponte as Prosecutor of the International Criminal Tribunal for the former "
        "Yugoslavia with effect from 15 September 2007 until 31 December 2007.",
        "2007-08-14",
        [
            (
                1,
                "extends",
                "Prosecutor of the International Criminal Tribunal for the former Yugoslavia (Carla Del Ponte)",
                "2007-12-31",
                None,
            )
        ],
    ),
    (
        "1. Decides to appoint Mr. Serge Brammertz as Prosecutor of the International Residual Mechanism for Criminal "
        "Tribunals with effect from 1 March 2016 until 30 June 2018, and that, thereafter, the Prosecutor of the "
        "Mechanism may be appointed or reappointed for a two-year term, notwithstanding Article 14, paragraph 4 of "
        "the Statute of the Mechanism;\n\n"
        "2. Decides that, notwithstanding Article 10, paragraph 3 of the Statute of the Mechanism, the judges of the "
        "Mechanism may be appointed or reappointed for a two-year term;",
        "2016-02-29",
        [
            (
                1,
                "establishes",
                "Prosecutor of the International Residual Mechanism for Criminal Tribunals (Serge Brammertz)",
                "2018-06-30",
                None,
            )
        ],
    ),
    (
        "4. Decides:\n\n(a) To reappoint Mr. Serge Brammertz as Prosecutor of the ICTY, for a term with effect from "
        "1 January 2017 until 30 November 2017;\n\n(b) To request the Secretary-General to report;",
        "2016-12-14",
        [(4, "extends", "Prosecutor of the ICTY (Serge Brammertz)", "2017-11-30", None)],
    ),
    # no one named, no time, or recalled: no term
    (
        "8. Requests the Secretary-General, in consultation with the Committee, to appoint five experts to monitor "
        "the implementation of the measures;",
        "2003-01-17",
        [],
    ),
    ("3. Decides to appoint Mr. John Smith as Ombudsperson;", "2010-06-01", []),
    (
        "2. Recalls its decision to appoint Mr. Serge Brammertz as Prosecutor of the Mechanism with effect from 1 "
        "July 2020 until 30 June 2022;",
        "2021-06-01",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", ROWS)
def test_an_office_holder_appointed_for_a_term(text, adopted, expected):
    assert terms(resolution(text, date=adopted), "op", "action", "of", "until", "period") == expected

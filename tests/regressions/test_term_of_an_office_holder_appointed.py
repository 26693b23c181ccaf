"""Office holders appointed, reappointed or whose appointment is extended, for a term
(extract/term_appointed.py): "Decides to reappoint Mr. Serge Brammertz as Prosecutor of the International
Tribunal, ..., for a term with effect from 1 January 2015 until 31 December 2015" (S/RES/2193 (2014) op 5,
heldout12 15 op 5, missed blind) set no term, nor did the twelve other Prosecutors' appointments of
corpus-full (S/RES/1774, 1775, 1786, 2006, 2007, 2038, 2194, 2256, 2269, 2329 (b), 2422, 2529, 2637, 2740).
The office is named as written with its holder in brackets; a reappointment or an extended appointment
extends, an appointment establishes; "for a four-year term" is the period, counted from the date the
term takes effect. An appointment that may be made later, or of holders not named, is none. Judges named in
person whom a decision lets "continue ... to serve ... until" a date (S/RES/2054 (2012) op 1, 1717 (2006) op 2)
have their terms extended, named as written without their countries; a judge's term as President is named as the
Prosecutor's is, the office with its holder in brackets (S/RES/2329 (2016) op 5).
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
    # judges named in person kept in office to a date (S/RES/2054 (2012) op 1, 1717 (2006) op 2), and a judge's term
    # of office as President (S/RES/2329 (2016) op 5, extract/term_office.py) in the same form as a Prosecutor's
    (
        "1. Decides that, notwithstanding the expiry of their term of office on 30 June 2012, Judge William H. Sekule "
        "(United Republic of Tanzania), Judge Solomy Balungi Bossa (Uganda) and Judge Mparany Mamy Richard Rajohnson "
        "(Madagascar) may continue, on an exceptional basis, to serve at the International Tribunal until 31 December "
        "2012 or until the completion of the Ngirabatware case;",
        "2012-06-29",
        [
            (
                1,
                "extends",
                "Judge William H. Sekule, Judge Solomy Balungi Bossa and Judge Mparany Mamy Richard Rajohnson",
                "2012-12-31",
                None,
            )
        ],
    ),
    (
        "2. Decides in response to the request by the Secretary-General to allow ad litem Judges Bossa, Arrey, "
        "Lattanzi, Muthoga, Short, Hökborg, Hikmet, Kam and Park to serve in the International Tribunal for Rwanda "
        "beyond the cumulative period of service provided for under Article 12 ter of the Statute and until 31 December "
        "2008;",
        "2006-10-13",
        [
            (
                2,
                "extends",
                "ad litem Judges Bossa, Arrey, Lattanzi, Muthoga, Short, Hökborg, Hikmet, Kam and Park",
                "2008-12-31",
                None,
            )
        ],
    ),
    (
        "5. Decides to extend the term of office of Judge Carmel Agius as President of the ICTY until 31 December 2017 "
        "or until one month after the completion of the cases referred to in paragraph 4 above, if sooner;",
        "2016-12-14",
        [(5, "extends", "President of the ICTY (Carmel Agius)", "2017-12-31", None)],
    ),
    (
        "2. Requests States to continue to make every effort to ensure that their nationals who serve as permanent "
        "judges of the International Tribunal remain available to serve in their positions until 31 December 2008.",
        "2006-06-13",
        [],
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

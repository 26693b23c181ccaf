"""An official appointed by the paragraph's own verb, "Appoints", with no "Decides" before it, had no term of office:
"Appoints Mr. Hassan Bubacar Jallow as Prosecutor of the International Tribunal for Rwanda with effect from 15
September 2003 for a four-year term" (S/RES/1505 (2003) op 0, heldout35 07: establishes until 2007-09-15, P4Y, as
heldout32 16 op 0 read "Decides to appoint" the same Prosecutor; S/RES/1504 (2003) the same words); so do "Further
appoints", and "Reappoints" and "Extends the appointment of" as extends (review 53-C, finding 5). Not taken: an
appointment for no time, and "Appoints" or "Reappoints" not at the paragraph's start with no directive verb before it."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "Appoints Mr. Hassan Bubacar Jallow as Prosecutor of the International Tribunal for Rwanda with effect from 15 "
        "September 2003 for a four-year term.",
        [
            (
                0,
                "establishes",
                "Prosecutor of the International Tribunal for Rwanda (Hassan Bubacar Jallow)",
                "2007-09-15",
                "P4Y",
            )
        ],
    ),
    # the paragraph's own "Reappoints", "Extends the appointment of" (extends), "Further appoints" (review 53-C,
    # finding 5)
    (
        "1. Reappoints Mrs. Carla Del Ponte as Prosecutor of the International Tribunal for the Former Yugoslavia with "
        "effect from 15 September 2003 for a four-year term;",
        [
            (
                1,
                "extends",
                "Prosecutor of the International Tribunal for the Former Yugoslavia (Carla Del Ponte)",
                "2007-09-15",
                "P4Y",
            )
        ],
    ),
    (
        "1. Extends the appointment of Mrs. Carla Del Ponte as Prosecutor of the International Tribunal for the Former "
        "Yugoslavia with effect from 15 September 2003 for a four-year term;",
        [
            (
                1,
                "extends",
                "Prosecutor of the International Tribunal for the Former Yugoslavia (Carla Del Ponte)",
                "2007-09-15",
                "P4Y",
            )
        ],
    ),
    (
        "1. Further appoints Mr. Hassan Bubacar Jallow as Prosecutor of the International Tribunal for Rwanda with effect "
        "from 15 September 2003 for a four-year term;",
        [
            (
                1,
                "establishes",
                "Prosecutor of the International Tribunal for Rwanda (Hassan Bubacar Jallow)",
                "2007-09-15",
                "P4Y",
            )
        ],
    ),
    # "Reappoints" not at the paragraph's start, no directive before it
    (
        "1. Takes note that the President Reappoints Mr. Hassan Bubacar Jallow as Prosecutor of the International "
        "Tribunal for Rwanda with effect from 15 September 2003 for a four-year term;",
        [],
    ),
    # "Decides to appoint" as before
    (
        "1. Decides to appoint Mr. Hassan Bubacar Jallow as Prosecutor of the International Residual Mechanism for "
        "Criminal Tribunals with effect from 1 March 2012 for a term of four years;",
        [
            (
                1,
                "establishes",
                "Prosecutor of the International Residual Mechanism for Criminal Tribunals (Hassan Bubacar Jallow)",
                "2016-03-01",
                "P4Y",
            )
        ],
    ),
    # no time: no term
    ("Appoints Mr. Hassan Bubacar Jallow as Prosecutor of the International Tribunal for Rwanda.", []),
    # not the paragraph's own verb, no directive before it
    (
        "1. Takes note that the President Appoints Mr. Hassan Bubacar Jallow as Prosecutor of the International Tribunal "
        "for Rwanda with effect from 15 September 2003 for a four-year term;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_of_office_by_the_paragraphs_own_verb(text, expected):
    r = resolution(text, date="2003-09-04")
    assert terms(r, "op", "action", "of", "until", "period") == expected

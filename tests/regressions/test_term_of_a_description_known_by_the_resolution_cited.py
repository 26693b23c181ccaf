"""A definite description the vocabulary reads as one body is that body only in a text that cites the resolution that
set it up. "Decides to extend the mandate of the monitoring mechanism for a further period of six months, ending on
19 October 2001" (S/RES/1348 (2001) op 3, 1336, 1374, 1404, 1439, texts citing resolution 1295 (2000)) is
MonitoringMechanismAngola, as before; the same words in a text on another regime (S/RES/1363 (2001) sets up "the
monitoring mechanism" of the Taliban measures, citing resolutions 1267 (1999) and 1333 (2000), never 1295 (2000)) were
MonitoringMechanismAngola too (review 65's SHOULD on af83c6a4: term_own._defined read bodies.yaml `default_for` in any
text). Now such a term is of its words as written there. A body with no establishing resolution known reads as before.
The text that sets the body up counts as citing it (review 66: its own symbol is the body's `established`)."""

import pytest

from tests.snippets import resolution, terms

ANGOLA = "Recalling its resolutions 864 (1993) and 1295 (2000),"
TALIBAN = "Recalling its resolutions 1267 (1999) and 1333 (2000),"
RENEWED = (
    "3. Decides to extend the mandate of the monitoring mechanism for a further period of six months, ending on 19 "
    "October 2001;"
)
EXTENDED = "3. Decides to extend the monitoring mechanism for a period of six months;"


@pytest.mark.parametrize(
    "preamble,text,expected",
    [
        # S/RES/1348 (2001) op 3: the text cites resolution 1295 (2000), which set the mechanism up: its id (as before)
        (ANGOLA, RENEWED, [(3, "extends", "MonitoringMechanismAngola", "2001-10-19", "P6M")]),
        (ANGOLA, EXTENDED, [(3, "extends", "MonitoringMechanismAngola", None, "P6M")]),
        # the same words in a text that does not cite it: as written
        (TALIBAN, RENEWED, [(3, "extends", "monitoring mechanism", "2001-10-19", "P6M")]),
        (TALIBAN, EXTENDED, [(3, "extends", "monitoring mechanism", None, "P6M")]),
        # near miss: a body named by its own name is that body whatever the text cites
        (
            TALIBAN,
            "3. Decides to extend the mandate of the Monitoring Mechanism on Angola Sanctions for a further period of six "
            "months, ending on 19 October 2001;",
            [(3, "extends", "MonitoringMechanismAngola", "2001-10-19", "P6M")],
        ),
    ],
)
def test_a_description_is_a_body_where_the_text_cites_its_resolution(preamble, text, expected):
    # a neutral symbol (review 66): the text's own symbol sets nothing up here, so the rows read the citations alone
    r = resolution(text, date="2001-04-19", symbol="S/RES/1363 (2001)", preamble=preamble)
    assert terms(r, "op", "action", "of", "until", "period") == expected


SET_UP = "3. Requests the Secretary-General to establish a monitoring mechanism for a period of six months;\n\n"


@pytest.mark.parametrize(
    "symbol,preamble,text,expected",
    [
        # the text that sets the body up counts as citing it (review 66): its own symbol is the body's `established`
        # (S/RES/1295 (2000)), with no citation of itself; "the monitoring mechanism" it extends is the body set up
        (
            "S/RES/1295 (2000)",
            "Recalling its resolution 864 (1993),",
            SET_UP + "5. Decides to extend the monitoring mechanism for a period of six months from 1 October 2000;",
            [(3, "establishes", "MonitoringMechanismAngola"), (5, "extends", "MonitoringMechanismAngola")],
        ),
        # near miss: a renewal citing only the previous renewal, not the resolution that set the body up (2379
        # (2017)), keeps the words as written (the chosen reading; the corpus' renewals of UNITAD all cite 2379)
        (
            "S/RES/2697 (2023)",
            "Recalling its resolution 2651 (2022),",
            "3. Decides to extend the mandate of the Investigative Team for a period of one year;",
            [(3, "extends", "Investigative Team")],
        ),
    ],
)
def test_the_text_that_sets_the_body_up_counts_as_citing_it(symbol, preamble, text, expected):
    r = resolution(text, date="2000-04-18", symbol=symbol, preamble=preamble)
    assert terms(r, "op", "action", "of") == expected

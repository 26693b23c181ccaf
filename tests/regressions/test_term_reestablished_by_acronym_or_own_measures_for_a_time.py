"""Terms found missing by a scan of every Council text of corpus-full (cf-open) for paragraphs that
establish with a time and set none (issue 12, terms helper).

A group re-established by its acronym alone: "Requests the Secretary-General to take the necessary
administrative measures as expeditiously as possible to re-establish the SEMG, in consultation with the
Committee, until 15 December 2017" (S/RES/2317 (2016) op 39, 2385 (2017) op 47) set nothing, where "to
re-establish the Monitoring Group" did (as heldout3 09 op 3 reads S/RES/1587).

Measures of the text's own paragraph set for a time in other words: "the measures imposed by paragraph 5
are established for 14 months" (S/RES/1343 (2001) op 9, no "above"), "the provisions introduced by
paragraph 1 above will apply to the 1267/1989/2253 ISIL (Da'esh) and Al-Qaida sanctions regime for a
period of two years from the date of adoption of this resolution" (S/RES/2664 (2022) op 2)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "39. Requests the Secretary-General to take the necessary administrative measures as expeditiously as "
        "possible to re-establish the SEMG, in consultation with the Committee, until 15 December 2017, drawing, as "
        "appropriate, on the expertise of the members of the SEMG established pursuant to previous resolutions;",
        "2016-11-10",
        "S/RES/2317 (2016)",
        [(39, "establishes", "MonitoringGroup1519", "2017-12-15", None)],
    ),
    (
        "9. Decides that the measures imposed by paragraph 5 are established for 14 months and that, at the end of "
        "the period, the Council will decide whether the Government of Liberia has complied;",
        "2001-03-07",
        "S/RES/1343 (2001)",
        [(9, "establishes", "S/RES/1343(2001)#5", "2002-05-07", "P14M")],
    ),
    (
        "2. Decides that the provisions introduced by paragraph 1 above will apply to the 1267/1989/2253 ISIL "
        "(Da’esh) and Al-Qaida sanctions regime for a period of two years from the date of adoption of this "
        "resolution;",
        "2022-12-09",
        "S/RES/2664 (2022)",
        [(2, "establishes", "S/RES/2664(2022)#1", "2024-12-09", "P2Y")],
    ),
    (  # measures of another resolution's paragraph that apply to some: no term of this text's own
        "3. Decides that the measures imposed by paragraph 5 of resolution 1343 (2001) shall apply to the "
        "individuals designated by the Committee for a period of 12 months;",
        "2001-03-07",
        "S/RES/1343 (2001)",
        [],
    ),
]


@pytest.mark.parametrize("text,date,symbol,expected", CASES)
def test_term_reestablished_by_acronym_or_own_measures_for_a_time(text, date, symbol, expected):
    r = resolution(text, date=date, symbol=symbol)
    assert terms(r, "op", "action", "of", "until", "period") == expected

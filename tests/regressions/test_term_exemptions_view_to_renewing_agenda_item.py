"""Three faults of the fourth held-out gold, each a class of its own:

- exemptions renewed were no term: "further decides to renew the exemptions set out by paragraph 16
  and 17 of resolution 1893 (2009)" (S/RES/1980 (2011) op 18) is the renewal of the measures of
  those paragraphs, as "the measures imposed by paragraphs ..." are;
- "with a view to renewing the measures" (S/RES/1493 (2003) op 22, "the Security Council will
  review the situation ... with a view to renewing the measures stipulated in paragraph 20 above")
  is an intention, no renewal: it gave a renewal of PartiesToConflict (the Secretary-General asked
  to act "with a view to extending the mandate of the Group of Experts", S/RES/1698 (2006) op 3, is
  the Council's renewal still);
- a Human Rights Council mandate renewed "under agenda item 10" (A/HRC/RES/57/27 op 20) took the
  agenda item into the name of the mandate holder."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "SC",
        "18. Requests also the Kimberley Process Certification Scheme to communicate information and further decides "
        "to renew the exemptions set out by paragraph 16 and 17 of resolution 1893 (2009) with regard to the "
        "securing of samples of rough diamonds for scientific research purposes;",
        [(18, "extends", "S/RES/1893(2009)#16,17", None, None)],
    ),
    (
        "SC",
        "3. Decides to renew until 30 April 2012 the exemption set out in paragraph 4 of resolution 1893 (2009);",
        [(3, "extends", "S/RES/1893(2009)#4", "2012-04-30", None)],
    ),
    (
        "SC",
        "22. Decides that, at the end of the initial 12 months, the Security Council will review the situation in "
        "the Democratic Republic of the Congo, with a view to renewing the measures stipulated in paragraph 20 "
        "above if no significant progress has been made in the peace process, in particular an end to support "
        "for armed groups;",
        [],
    ),
    (  # "with a view to" a renewal the Council decides on, not one it will review
        "SC",
        "3. Requests the Secretary-General to take the necessary administrative measures as expeditiously as "
        "possible with a view to extending the mandate of the Group of Experts for a period expiring on 31 July "
        "2007, drawing on the expertise of the members of the Group of Experts established pursuant to resolution "
        "1654 and appointing new members as necessary;",
        [(3, "extends", "GroupOfExperts1533", "2007-07-31", None)],
    ),
    (
        "HRC",
        "20. Decides to renew the mandate of Independent Expert on the situation of human rights in Somalia, under "
        "agenda item 10, for a period of one year, to assess, monitor and report on the situation;",
        [(20, "extends", "Independent Expert on the situation of human rights in Somalia", None, "P1Y")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_term(organ, text, expected):
    r = resolution(text, date="2011-04-28", organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected

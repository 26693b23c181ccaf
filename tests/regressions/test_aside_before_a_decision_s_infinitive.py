"""An aside between "Decides" and its infinitive, or before the end of a chapeau whose sub-paragraphs go
on, named who decides (SC survey2, S/RES/1552 (2004) op 2): "Decides, in light of the failure by the
parties to comply with these demands, to renew ..." read the parties as deciding, as did the renewals
S/RES/1616 (2005) op 2 and 1698 (2006) op 2, "Decides, in light of the failure of all parties to the
conflict in Darfur to fulfil their commitments,\\n(a) to establish ... a Committee" (S/RES/1591 (2005)
op 3), "Decides, following the request from the Government of Nepal ..., to renew the mandate of UNMIN"
(S/RES/1796 (2008) op 1: Nepal), "Decides, acting concurrently with the General Assembly, ..., to
establish the Peacebuilding Commission" (S/RES/1645 (2005) op 1: the Assembly) and "Decides, in
response to the request by the Secretary-General, that:" (S/RES/1581 (2005) op 1: "that" before a
colon). The aside was read only before "that " or "to authorise"; it is now before "that", an
infinitive (addressees.TO_VERB: not "to the", "to all") or the chapeau's end. The Council decides
(a decision's addressee is the deciding organ unless the paragraph names who shall act). Who acts
after the aside's "that" is still read ("Decides, for a period ending on 30 April 2015, that all States
shall"), and so is who an authorization after an aside names (S/RES/2240 (2015) op 7)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "2. Decides, in light of the failure by the parties to comply with these demands, to renew, until 31 July "
        "2005, the provisions of paragraphs 20 to 22 of resolution 1493 (2003);",
        [(2, "decides", ("SecurityCouncil",))],
    ),
    (
        "3. Decides, in light of the failure of all parties to the conflict in Darfur to fulfil their commitments,\n"
        "(a) to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the "
        "Security Council;",
        [(3, "decides", ("SecurityCouncil",))],
    ),
    (
        "1. Decides, following the request from the Government of Nepal and based on the Secretary-General’s "
        "recommendation, to renew the mandate of UNMIN until 23 July 2008;",
        [(1, "decides", ("SecurityCouncil",))],
    ),
    (
        "1. Decides, acting concurrently with the General Assembly, in accordance with Articles 7, 22 and 29 of the "
        "Charter of the United Nations, with a view to operationalizing the decision by the World Summit, to "
        "establish the Peacebuilding Commission as an intergovernmental advisory body;",
        [(1, "decides", ("SecurityCouncil",))],
    ),
    (
        "1. Decides, in response to the request by the Secretary-General, that:\n(a) Judge Swart finish the case;",
        [(1, "decides", ("SecurityCouncil",))],
    ),
    (  # who acts after the aside's "that" is read still
        "4. Decides, for a period ending on 30 April 2015, that all States shall notify the Committee;",
        [(4, "decides", ("States",))],
    ),
    (  # "to the extent": no infinitive, the aside runs on to its "that"
        "5. Decides, pursuant to its resolution 1493 (2003), to the extent that the parties comply, that all States "
        "shall notify the Committee;",
        [(5, "decides", ("States",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_aside_before_a_decision_s_infinitive(text, expected):
    r = resolution(text, date="2005-06-01")
    assert mandates(r, "op", "verb", "addressees") == expected

""" "Reiterates its calls on Member States acting nationally or through regional organizations, including the EU, to
cooperate with the Government of National Accord" (S/RES/2380 (2017) op 2; the same call in S/RES/2240 (2015) and
2312 (2016) op 2) asked [MemberStates, EuropeanUnion]: the regional organizations a participle acts through are its
channel, no addressee (channels.VIA; the golds read "acting nationally or through relevant global or regional
organizations" as States only, heldout19 26 op 162), and the EU after ", including" is an example of that channel,
not an addressee of its own. An example ("including", "such as", "notably", "in particular") right after a body read
as a channel is read as it is (channels.channel). Not taken: the EU joined to the list by "and" after the example
is asked; a State after the channel, an example of the addressee and not of the channel's kind ("Member States acting
nationally or through regional organizations, in particular Libya and Tunisia": both asked, as with no channel;
review51 B 2). The participle's channel goes on over its list (channels.NEXT) and a noun in -ing ("including
through") marks one too (review51 B 3)."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 2240 (2015),\n\n1. "

CASES = [
    # S/RES/2380 (2017) op 2, 2312 (2016) op 2
    (
        "Reiterates its calls on Member States acting nationally or through regional organizations, including the EU, to "
        "cooperate with the Government of National Accord and with each other, including by sharing information;",
        [("calls-upon", ("MemberStates",))],
    ),
    # S/RES/2240 (2015) op 2
    (
        "Calls on Member States acting nationally or through regional organisations, including the EU, to assist Libya, "
        "upon request, in building needed capacity;",
        [("calls-upon", ("MemberStates",))],
    ),
    # the channel with no example (read so before)
    (
        "Calls upon Member States acting nationally or through regional organizations to inspect on the high seas;",
        [("calls-upon", ("MemberStates",))],
    ),
    # not: a body joined to the list after the example is asked
    (
        "Calls upon Member States acting nationally or through regional organizations, including the African Union, and "
        "the European Union to assist Libya;",
        [("calls-upon", ("MemberStates", "EuropeanUnion"))],
    ),
    # not: a State after the channel is an example of the addressee, asked as with no channel (review51 B 2)
    (
        "Calls upon Member States acting nationally or through regional organizations, in particular Libya and "
        "Tunisia, to inspect vessels;",
        [("calls-upon", ("MemberStates", "state:LBY", "state:TUN"))],
    ),
    (
        "Calls upon Member States acting nationally or through regional organizations, notably Libya, to inspect "
        "vessels;",
        [("calls-upon", ("MemberStates", "state:LBY"))],
    ),
    (
        "Calls upon Member States, in particular Libya and Tunisia, to inspect vessels;",
        [("calls-upon", ("MemberStates", "state:LBY", "state:TUN"))],
    ),
    # the participle's channel and the next body of its list (review51 B 3)
    (
        "Urges the United Nations acting through the Secretary-General and UNAMI to support the Government;",
        [("urges", ("UNSystemEntities",))],
    ),
    # "including through": a means of the addressees, and its list with it
    (
        "Calls upon Member States and donors including through ECOWAS and the African Union to assist Libya;",
        [("calls-upon", ("MemberStates", "Donors"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_example_of_the_channel_acted_through(text, expected):
    assert mandates(snippet(PRE + text + "\n"), "verb", "addressees") == expected

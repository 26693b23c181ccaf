""" "Encourages information sharing, where relevant and appropriate, between Special Representatives of the
Secretary-General, the Department of Peacekeeping Operations including its Police Division, the Department of
Political Affairs, ... and the United Nations Development Program" (S/RES/2185 (2014) op 26): every party after
"between" is asked (the addressee convention from stop 27, tests/mandate_gold/README.md, "What counts"). The verb's
object (agents.OBJECT_STOP) ended at the comma after the first party, as the name after it went on to "including its
Police Division" (a member's own part, agents.NAME_GOES_ON), so only the Special Representatives were asked; and the
US spelling "Program" named no body. The twin without the part (S/RES/2195 (2014) op 19) always read all seven. A list
the object does not go on to (a participle's clause after the comma) still asks only the parties before it. The part
with no comma after it, the list going on with "and the African Union" (stop 51's review), asks that body too."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n1. "
LIST = (
    "between Special Representatives of the Secretary-General, the Department of Peacekeeping Operations{part}, the "
    "Department of Political Affairs, the Counter-Terrorism Executive Directorate, the UN Office on Drugs and Crime, the "
    "Counter-Terrorism Implementation Task Force and the United Nations Development {prog}, within existing mandates and "
    "resources, when considering means to address, in a comprehensive and integrated manner, transnational organized "
    "crime, terrorism and violent extremism which can be conducive to terrorism;"
)
ALL = ("SpecialRepresentatives", "DPO", "DPPA", "CTED", "UNODC", "UNOCT", "UNFundsProgrammes")

CASES = [
    # S/RES/2185 (2014) op 26
    (
        "Encourages information sharing, where relevant and appropriate, "
        + LIST.format(part=" including its Police Division", prog="Program"),
        ALL,
    ),
    # S/RES/2195 (2014) op 19, no part named (read so before)
    ("Encourages information sharing, where relevant and appropriate, " + LIST.format(part="", prog="Programme"), ALL),
    # (review of stop 51: the part's name with "of" in it, or the part between commas)
    (
        "Encourages information sharing, where relevant and appropriate, "
        + LIST.format(part=" including its Office of Military Affairs", prog="Programme"),
        ALL,
    ),
    (
        "Encourages information sharing, where relevant and appropriate, "
        + LIST.format(part=", including its Police Division", prog="Programme"),
        ALL,
    ),
    # (stop 51's review, left then: the part with no comma after it, the list going on with "and")
    (
        "Encourages information sharing between Special Representatives of the Secretary-General, the Department of "
        "Peace Operations including its Office of Military Affairs and the African Union;",
        ("SpecialRepresentatives", "DPO", "AfricanUnion"),
    ),
    (
        "Encourages information sharing between the Department of Peace Operations including its Police Division and "
        "the African Union;",
        ("DPO", "AfricanUnion"),
    ),
    # not: "and its ..." is a second part of the same member, no party of its own
    (
        "Encourages information sharing between Special Representatives of the Secretary-General, the Department of "
        "Peace Operations including its Police Division and its Office of Military Affairs;",
        ("SpecialRepresentatives", "DPO"),
    ),
    # not: a part whose name holds "and" (review52-B): the African Union's Peace and Security Council is no party, and
    # the Security Council at its end none either; the list goes on to the European Union
    (
        "Encourages enhanced cooperation between the Secretariat, the African Union including its Peace and Security "
        "Council and the European Union;",
        ("Secretariat", "AfricanUnion", "EuropeanUnion"),
    ),
    # but a part's head before "and": the list goes on ("Police Division and Member States")
    (
        "Encourages information sharing between the Department of Peace Operations including its Police Division and "
        "Member States;",
        ("DPO", "MemberStates"),
    ),
    # doubtful (review52-B finding 10), a known limit: "and the Mine Action Service" after the part reads as the next
    # party, as "and the African Union" does; the words cannot tell a second part of the member (UNMAS sits in the
    # Department) from a body of its own, and UNMAS has an id of its own
    (
        "Encourages information sharing between Special Representatives of the Secretary-General, the Department of "
        "Peace Operations including its Office of Military Affairs and the Mine Action Service;",
        ("SpecialRepresentatives", "DPO", "UNMAS"),
    ),
    (
        "Encourages information sharing, where relevant and appropriate, between Member States, taking into account the "
        "work of the Department of Peacekeeping Operations, including its Police Division, the Department of Political "
        "Affairs and UNDP;",
        ("MemberStates",),
    ),
    # not: the list after the comma is a participle's object, no party of the sharing
    (
        "Encourages information sharing, where relevant and appropriate, between Member States, taking into account the "
        "work of the Department of Peacekeeping Operations including its Police Division, the Department of Political "
        "Affairs and UNDP;",
        ("MemberStates",),
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_joint_parties_past_a_members_own_part(text, expected):
    assert mandates(snippet(PRE + text + "\n"), "verb", "addressees") == [("encourages", expected)]

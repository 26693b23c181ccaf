"""Updates the organ asks for as its verb's object, through the Secretary-General, of a reporter the clause does not
name: "..., and requests regular updates on this force generation through the Secretary-General", "and requests
regular updates on this trilateral coordination through the Secretary-General" (S/RES/2297 (2016) ops 10, 25,
heldout22 15: the African Union's, through the Secretary-General) asked none: "regular updates" with no verb of giving
before them read as "to update information", and a report asked of no one named counted only with a time of its own.
Now the object of "requests" is a report asked for, and a channel is as good as a time for one of no reporter named;
its reporter is the speaking organ's (organs.yaml `reporter`, the Secretary-General for the Council), as for any
report asked of no one named: a report with no reporter fails the SHACL shape of a reporting requirement, and left
none (as first landed) it gave corpus-full its first violations. With no time, no channel and no one asked before,
still none."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2297 (2016) op 25
        "1. Stresses the importance of the FGS accelerating the strengthening and improved coordination of the Somali "
        "security institutions, including through the establishment of a forum between the FGS, AU and United Nations "
        "to specifically plan for, and regularly monitor, the handover of security responsibilities, and requests "
        "regular updates on this trilateral coordination through the Secretary-General;",
        [("SecretaryGeneral", "SecurityCouncil", "SecretaryGeneral")],
    ),
    (  # asked of the one the paragraph asked before
        "1. Requests the Secretary-General to support the plan, and requests regular updates on its implementation;",
        [("SecretaryGeneral", "SecurityCouncil", None)],
    ),
    ("1. Welcomes the plan, and requests regular updates on its implementation;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_updates_requested_through_the_secretary_general(text, expected):
    r = resolution(text, date="2016-07-07")
    assert reports(r, "by", "to", "through") == expected

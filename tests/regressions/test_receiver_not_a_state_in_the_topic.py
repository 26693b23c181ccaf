"""A State named in the topic of a report, after the report and its "on": "Requests the Secretary-General, to produce a
detailed report and accompanying matrix reflecting the current division of labour between MONUSCO and the UNCT on tasks
shared by the Mission, the UNCT and the Government of the DRC and setting out a clear roadmap ... to transfer to the UNCT
... or to the Government of the DRC" (S/RES/2098 (2013) op 17) went to the Democratic Republic of the Congo, "to report
on implementation of this resolution no later than 30 March 2017 and with a final report three months after the transfer
of any remaining funds pursuant to paragraph 2 to the Government of Iraq" (S/RES/2335 (2016) op 4) to Iraq: the "to"
of the transfer was read as the report's. A State after a topic word (reports.yaml `not_received` `topic`) is now no
first receiver; a State named before the topic still receives ("to report regularly to the Government of the
Democratic Republic of the Congo and to the Security Council on the implementation", 1671 (2006) op 15), and so do
bodies after the topic ("a report ... on whether Iran has established full and sustained suspension ..., to the IAEA
Board of Governors and in parallel to the Security Council", 1737 (2006) op 23)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2098 (2013) op 17: the Council's
        "17. Requests the Secretary-General, to produce a detailed report and accompanying matrix reflecting the "
        "current division of labour between MONUSCO and the UNCT on tasks shared by the Mission, the UNCT and the "
        "Government of the DRC and setting out a clear roadmap, with accompanying timeline, to transfer to the UNCT to "
        "the fullest extent possible tasks where the UNCT has a comparative advantage or which take place in "
        "non-conflict areas, or to the Government of the DRC, in order to streamline the tasks assigned to MONUSCO's "
        "military and civilian components;",
        "2013-03-28",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # S/RES/2335 (2016) op 4: two reports since the final one " and with a" is read (heldout32 19), both the Council's
        "4. Requests the Secretary-General to report on implementation of this resolution no later than 30 March 2017 "
        "and with a final report three months after the transfer of any remaining funds pursuant to paragraph 2 to the "
        "Government of Iraq, unless otherwise authorized by the Security Council;",
        "2016-12-30",
        [("SecretaryGeneral", "SecurityCouncil"), ("SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # S/RES/1671 (2006) op 15: the State named before the topic receives, as before
        "15. Requests the European Union to report regularly to the Government of the Democratic Republic of the Congo "
        "and to the Security Council on the implementation of Eufor R.D.Congo's mandate;",
        "2006-04-25",
        [("EuropeanUnion", "state:COD"), ("EuropeanUnion", "SecurityCouncil")],
    ),
    (  # S/RES/1737 (2006) op 23: bodies after the topic, as before
        "23. Requests within 60 days a report from the Director General of the IAEA on whether Iran has established "
        "full and sustained suspension of all activities mentioned in this resolution, to the IAEA Board of Governors "
        "and in parallel to the Security Council for its consideration;",
        "2006-12-23",
        [("IAEA", "IAEABoardOfGovernors"), ("IAEA", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_receiver_not_a_state_in_the_topic(text, date, expected):
    r = resolution(text, date=date)
    assert reports(r, "by", "to") == expected

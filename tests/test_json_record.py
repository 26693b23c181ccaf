"""The JSON record of a report due says what the graph says of it (views/json_record.py, graph/mandate_triples.py).

The graph gives a reporting requirement a session node of the organ whose session it is (`session_of`, else the
receiver) and links every fact to its paragraph; the JSON record gave the session number alone, so "to the General
Assembly through the Commission on Crime Prevention and Criminal Justice at its twenty-eighth session" (E/RES/2018/16
op 23) read as the Assembly's twenty-eighth session, and a report, term or addition in an annex could not be told from
one in the main part. The scorer's keys (../shared/tools/score.py: op, to, session) are kept as they were."""

from __future__ import annotations

from resgraph.views.json_record import record_json
from tests.snippets import resolution

TEXT = (
    "23. Requests the Secretary-General to report to the General Assembly through the Commission on Crime Prevention "
    "and Criminal Justice at its twenty-eighth session on the implementation of the present resolution;\n\n"
    "24. Requests the Secretary-General to report to the General Assembly at its seventy-fifth session on the "
    "implementation of the present resolution;\n\n"
    "25. Requests the Secretary-General to report to the General Assembly on the implementation of the present "
    "resolution;\n\n"
    "26. Decides to extend the mandate of the Special Rapporteur for a period of three years;"
)


def record() -> dict:
    return record_json(resolution(TEXT, date="2018-07-02", organ="ECOSOC"))


def test_a_report_says_whose_session_it_is():
    reps = {x["op"]: x for x in record()["reports_due"]}
    assert (reps[23]["to"], reps[23]["session"], reps[23]["session_of"]) == ("GeneralAssembly", 28, "CCPCJ")
    assert (reps[24]["to"], reps[24]["session"], reps[24]["session_of"]) == ("GeneralAssembly", 75, "GeneralAssembly")
    assert (reps[25]["session"], reps[25]["session_of"]) == (None, None)  # no session, no organ of one


def test_facts_name_their_paragraph():
    rec = record()
    assert [t["op"] for t in rec["mandate_terms"]] == [26]
    for fact in rec["reports_due"] + rec["mandate_terms"]:
        assert fact["paragraph"] == {"kind": "operative", "part": "main", "number": fact["op"], "label": None}


def test_the_scorers_keys_stay():
    for x in record()["reports_due"]:
        assert {"op", "by", "to", "session", "year", "due", "within", "every", "form", "through"} <= set(x)

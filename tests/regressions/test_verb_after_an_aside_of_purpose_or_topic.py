"""A directive verb after "and" and an open aside of purpose or topic asks: "..., in consultation with affected
States, and in order to strengthen the coordination of humanitarian action encourages international humanitarian
organizations and relevant actors to continue to work with national and local authorities" (op 6 of the yearly ECOSOC
text on humanitarian assistance: heldout8 E/RES/2024/8, heldout11 E/RES/2023/16, heldout15 E/RES/2022/10, and
E/RES/2021/17), "..., and with regard to the Repertoire calls upon the Secretary-General to continue to follow the
practice" (A/RES/74/190 op 18 and six later texts). Only fixed linking phrases (verbs.yaml links) were read between
"and" and a verb. A form that is also a noun stays a noun ("and in order to meet the demands of its current
activities"), and a verb in a clause of its own inside the aside is that clause's ("and in order to ensure that the
Committee encourages")."""

import pytest

from tests.snippets import mandates, snippet

EC = "The Economic and Social Council,\n\nRecalling General Assembly resolution 46/182,\n\n"
GA = "The General Assembly,\n\nRecalling its resolution 73/28,\n\n"

CASES = [
    (
        EC
        + "1. Urges United Nations agencies to continue to improve the humanitarian programme cycle, in consultation "
        "with affected States, and in order to strengthen the coordination of humanitarian action encourages "
        "international humanitarian organizations to continue to work with national and local authorities;\n",
        [("urges", {"UNSystemEntities"}), ("encourages", {"HumanitarianActors"})],
    ),
    (
        GA + "1. Commends the Secretary-General for his efforts to reduce the backlog in the preparation of the "
        "Repertory, and with regard to the Repertoire calls upon the Secretary-General to continue to follow the "
        "practice;\n",
        [("calls-upon", {"SecretaryGeneral"})],
    ),
    (
        GA + "1. Urges Member States to support the Special Rapporteur, and in order to meet the demands of its "
        "current activities to provide the necessary resources;\n",
        [("urges", {"MemberStates"})],
    ),
    (
        GA + "1. Welcomes the report, and in order to ensure that the Committee encourages the dialogue stresses the "
        "importance of cooperation;\n",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_verb_after_an_aside_of_purpose_or_topic(text, expected):
    assert mandates(snippet(text), "verb", "addressees", as_sets=True) == expected

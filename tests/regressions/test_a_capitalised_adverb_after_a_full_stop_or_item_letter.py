"""An adverb or linking phrase with a capital, opening a second sentence of a paragraph or an item lettered inline,
before the directive verb: "... of up to 1,897 Civilian Police. Further requests the Secretary-General to report" and
"a. Further calls upon all States" gave nothing, as the adverbs (verbs.yaml) were read in lower case only. They are read
in any case after those two openers only (directives._verb_regexes `run`); not a noun after the capital ("Further
details of the plan were requested").
"""

import pytest

from tests.snippets import mandates, reports, snippet

SC = "The Security Council,\n\nRecalling its resolution 1542 (2004),\n\n1. "

CASES = [
    (
        "Decides that MINUSTAH will consist of up to 1,897 Civilian Police. Further requests the Secretary-General to "
        "report to the Council on its implementation;",
        [("decides", {"MINUSTAH"}), ("requests", {"SecretaryGeneral"})],
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "Affirms that safeguards are essential, and in that regard: a. Further calls upon all States to sign an "
        "additional protocol, b. Encourages Member States to provide assistance;",
        [("calls-upon", {"States"}), ("encourages", {"MemberStates"})],
        [],
    ),
    (
        "Decides that MINUSTAH will consist of up to 1,897 Civilian Police. In this regard, requests the "
        "Secretary-General to report to the Council;",
        [("decides", {"MINUSTAH"}), ("requests", {"SecretaryGeneral"})],
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    # near miss: a capital adverb before a noun, no verb
    ("Takes note of the report. Further details of the plan were requested by Member States;", [], []),
]


@pytest.mark.parametrize("text,expected,due", CASES)
def test_a_capitalised_adverb_after_a_full_stop_or_item_letter(text, expected, due):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
    assert reports(r, "by", "to") == due

"""Fiftieth held-out gold, A/HRC/RES/55/22 op 22: "also reaffirms its recommendation that the General Assembly
submit the reports to the Security Council for appropriate action" gave a mandate (recommends, the Assembly) and an
oral report of the Assembly to the Council. A recommendation reaffirmed is no new one, as a decision reaffirmed is no
decision ("Reaffirms its decision", the README's ruling of stop 30): no verb, and so no report of the Assembly's.
"Reiterates its recommendation to the Secretary-General to ..." still recommends, as "Reiterates its decision that"
still decides (verbs.yaml `renewed: false`, `reiterated: true`); a recommendation made anew is read as before."""

import pytest

from tests.snippets import mandates, reports, resolution

CASES = [
    (
        "HRC",
        "22. Reaffirms its decision to transmit all reports and oral updates of the Commission of Inquiry to all "
        "relevant bodies of the United Nations, also reaffirms its recommendation that the General Assembly submit "
        "the reports to the Security Council for appropriate action, expresses its appreciation to the Commission "
        "for its briefings provided to members of the Council and Assembly, and recommends the continuation of such "
        "briefings;",
        [(22, "recommends")],
        [],
    ),
    # (b68d1c80 gave both halves here: recommends and the Assembly's report to the Council)
    (
        "HRC",
        "22. Reaffirms its recommendation that the General Assembly submit the reports of the Commission of Inquiry "
        "to the Security Council for appropriate action;",
        [],
        [],
    ),
    # near misses: reiterated, or made anew, the recommendation is the organ's verb
    (
        "GA",
        "7. Reiterates its recommendation to the Secretary-General to now give most serious consideration and take "
        "any appropriate steps under section 21 of the Headquarters Agreement and to enhance efforts to resolve the "
        "issues;",
        [(7, "recommends")],
        [],
    ),
    (
        "HRC",
        "22. Recommends that the General Assembly submit the reports of the Commission of Inquiry to the Security "
        "Council for appropriate action;",
        [(22, "recommends")],
        [(22, "GeneralAssembly", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("organ,text,verbs,expected", CASES)
def test_recommendation_reaffirmed(organ, text, verbs, expected):
    r = resolution(text, date="2024-04-04", organ=organ)
    assert mandates(r, "op", "verb") == verbs
    assert reports(r, "op", "by", "to") == expected

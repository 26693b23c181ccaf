"""A directive verb in a paragraph's middle after adverbs with no comma or "and" before them, the source's
punctuation lost, was read as no verb: "... build mutual trust urgently calls upon the parties to engage"
(S/RES/2729 (2024) op 6, S/RES/2779 (2025) op 6), "... children's rights further calls upon the Government of the
DRC to ensure" (S/RES/2808 (2025) op 12), "... signed on 12 March 2012 further strongly urges the opposition forces"
(S/RES/2155 (2014) op 18), "... security sectors further urges Guinea-Bissau's political leaders" (S/RES/2030 (2011)
op 5). Not after a pronoun that is a clause's own subject: "as it further decides on the next steps" (S/RES/2628
(2022) op 51) asks no one, nor is a form after "to" or a modal ("Decides to also request the Secretary-General",
"the Committee shall also request") the organ's next verb. A mandate renewed after adverbs is read so too: "... to support
the mission's activities further reiterates its request that, in the implementation of the recommendations of the
Strategic Review, UNSMIL explores all avenues" (S/RES/2656 (2022) op 3, S/RES/2702 (2023) op 3: UNSMIL's second request
was lost); not after a relative pronoun, the clause's own subject ("the Panel, which further reiterates its request")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "6. Expresses its deep concern about the delays in implementing the Revitalized Agreement, urges the parties to "
        "build mutual trust urgently calls upon the parties to engage in an open and constructive dialogue;",
        [(6, "urges", ("PartiesToConflict",)), (6, "calls-upon", ("PartiesToConflict",))],
    ),
    (
        "12. Urges the Government of the DRC to pursue its efforts, including the protection of children’s rights "
        "further calls upon the Government of the DRC to ensure that its recruitment efforts are implemented;",
        [(12, "urges", ("state:COD",)), (12, "calls-upon", ("state:COD",))],
    ),
    (
        "18. Demands that all parties end violations, strongly urges the Government of the DRC to implement its action plan signed "
        "on 12 March 2012 further strongly urges all armed groups to implement their commitments;",
        [(18, "demands", ("PartiesToConflict",)), (18, "urges", ("state:COD",)), (18, "urges", ("PartiesToConflict",))],
    ),
    (
        "51. Requests the Secretary-General to provide assessments to guide the Security Council as it further decides "
        "on the next steps of the drawdown;",
        [(51, "requests", ("SecretaryGeneral",))],
    ),
    (
        "7. Decides that the Committee shall also request information from Member States;",
        [(7, "decides", ("SanctionsCommittee",))],
    ),
    (  # S/RES/2656 (2022) op 3
        "3. Reiterates its request for UNSMIL to implement the recommendations of the Independent Strategic Review, "
        "including by strengthening the use of strategic communications to support the mission’s activities further "
        "reiterates its request that, in the implementation of the recommendations of the Strategic Review, UNSMIL "
        "explores all avenues to increase efficiency, and requests the Secretary-General to update the Council;",
        [(3, "requests", ("UNSMIL",)), (3, "requests", ("UNSMIL",)), (3, "requests", ("SecretaryGeneral",))],
    ),
    (  # near miss: a relative pronoun is the renewing clause's subject, the Panel's request
        "5. Welcomes the report of the Panel, which further reiterates its request to the Government to cooperate, and "
        "requests the Secretary-General to transmit it;",
        [(5, "requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_verb_after_adverbs_with_no_comma(text, expected):
    r = resolution(text, date="2025-04-03", organ="SC")
    assert mandates(r, "op", "verb", "addressees") == expected

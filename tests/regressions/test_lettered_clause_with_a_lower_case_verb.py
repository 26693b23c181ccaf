"""A paragraph written as lettered clauses, each with a verb of its own in lower case, asks in every clause:
"11. (a) Expresses concern ..., demands all parties to the conflict to take appropriate measures (i) ...; (b) calls
upon the FGS to implement fully ...; and (c) underscores ..." and "14. (a) Underlines the need ...; (b) calls on the
FGS to promote ...; (c) further calls on the FGS to ensure ...; (d) urges the FGS ... to accelerate ..." (heldout15
S/RES/2592 (2021): the four asks of the FGS were lost), "..., including: (c) facilitating inspection ...; and (d)
encourages the FGS and African Union to update ..." (S/RES/2662 (2022) op 9), "Acting under Chapter VII ...: (a)
decides that UNAMID is authorised ...; (b) requests that the Secretary-General ... conclude" (S/RES/1769 (2007)
op 15). Only a capitalised verb ("(b) Also requests") opened a clause of its own, and a verb at the start of an item
was no verb in its middle either. An item of a list whose subject the paragraph names is an infinitive or a
participle ("(a) to end", "(a) recording"), so a verb in the third person is the organ's; those stay no mandate."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its previous resolutions,\n\n"

CASES = [
    (
        SC + "11.\n\n(a) Expresses concern about the six grave violations, demands all parties to the conflict to take "
        "appropriate measures\n\n(i) to end and prevent violations;\n\n(ii) to identify those responsible;\n\n"
        "(b) calls upon the FGS to implement fully the Convention on the Rights of the Child; and\n\n"
        "(c) underscores the need to strengthen the legal framework;\n",
        [("demands", {"PartiesToConflict"}), ("calls-upon", {"state:SOM"})],
    ),
    (
        SC + "14.\n\n(a) Underlines the need for the FGS to establish the National Human Rights Commission;\n\n"
        "(b) calls on the FGS to promote the rights of persons with disabilities;\n\n(c) further calls on the FGS to "
        "ensure that sexual offences legislation is compatible with its obligations;\n\n(d) urges the FGS, with the "
        "support of the United Nations, to accelerate the implementation of the Joint Communiqué;\n",
        [("calls-upon", {"state:SOM"}), ("calls-upon", {"state:SOM"}), ("urges", {"state:SOM"})],
    ),
    (
        SC + "9. Reaffirms that the Somali Government authorities shall document all weapons captured, including:\n\n"
        "(a) recording the type and serial number of the weapon;\n\n(b) photographing all items; and\n\n"
        "(c) encourages the FGS and African Union to update the Standard Operating Procedure;\n",
        [("encourages", {"state:SOM", "AfricanUnion"})],
    ),
    (
        SC + "15. Acting under Chapter VII of the Charter of the United Nations:\n\n(a) decides that UNAMID is "
        "authorised to take the necessary action in order to:\n\n(i) protect its personnel;\n\n"
        "(b) requests that the Secretary-General conclude within 30 days a status-of-forces agreement;\n",
        [("decides", {"UNAMID"}), ("requests", {"SecretaryGeneral"})],
    ),
    # items in the infinitive or a participle are the tasks of whom the paragraph names: no mandate of their own
    (
        SC + "5. Requests the Secretary-General:\n\n(a) to submit a report by 1 May 2024;\n\n(b) to keep the "
        "Council informed;\n",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_lettered_clause_with_a_lower_case_verb(text, expected):
    assert mandates(snippet(text), "verb", "addressees", as_sets=True) == expected

"""What a term is of, read wrong in corpus-full (a list of every `of` that is no id of a panel or a cited
paragraph, read by hand):

- the Member States of an organization authorized are not the organization: "Authorises the Member States of
  the African Union to deploy up to 19,626 uniformed personnel ... until 31 December 2022" (S/RES/2628 (2022) op
  26, op 22, 2710 op 3, 2767 op 16) was a term of AfricanUnion; it is the document's mission's (ATMIS, read
  AMISOM by the vocabulary; AUSSOM), as "to maintain the deployment of AMISOM" is AMISOM's (heldout4, heldout8);
  with no mission the document is about, those authorized as before (AfricanUnion, the addressee the golds read);
- a participle as an adjective is no extension: "Requests the Secretary-General to make use of this extended
  mandate in order to support the parties" (S/RES/1752 (2007) op 14) was a term of the parties;
- a mandate of a mission named by no name of its own, "the mandate of the United Nations mission" (UNOMIG,
  S/RES/1839 (2008) op 1), is the document's mission's when the document names one.
"""

from tests.snippets import resolution, terms

ATMIS = (
    "26. Authorises the Member States of the African Union to deploy up to 19,626 uniformed personnel, inclusive of "
    "a minimum of 1040 police personnel including five Formed Police Units, until 31 December 2022;\n\n"
    "27. Requests AUSSOM to act;\n\n28. Requests AUSSOM to report;\n\n29. Calls on all parties to support AUSSOM;"
)
NO_STATES = "26. Authorises the Member States of the African Union to deploy up to 19,626 uniformed personnel until 31 December 2022;"
GEORGIA = (
    "1. Decides to extend the mandate of the United Nations mission for a new period terminating on 15 February "
    "2009;\n\n2. Requests UNOMIG to act;\n\n3. Requests UNOMIG to report;\n\n4. Calls on all parties to support UNOMIG;"
)


def test_states_members_of_the_african_union_deploy_the_document_mission():
    assert terms(resolution(ATMIS, date="2024-12-27"), "op", "action", "of", "until") == [
        (26, "authorizes", "AUSSOM", "2022-12-31")
    ]


def test_states_members_of_an_organization_with_no_mission_named():
    assert terms(resolution(NO_STATES, date="2022-03-31"), "op", "action", "of") == [(26, "authorizes", "AfricanUnion")]


def test_an_extended_mandate_used_is_no_term():
    text = (
        "14. Requests the Secretary-General to make use of this extended mandate in order to support the parties in "
        "implementing measures to build confidence;"
    )
    assert terms(resolution(text, date="2007-04-13"), "op", "action", "of") == []


def test_the_united_nations_mission_of_the_document():
    assert terms(resolution(GEORGIA, date="2008-10-09"), "op", "action", "of", "until") == [
        (1, "extends", "UNOMIG", "2009-02-15")
    ]

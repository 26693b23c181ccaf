"""A directive verb inside an item of a bulleted list written inline after a colon governs that item only; the items
after it are the list's again. "Requests the Secretary-General fully implement the following capacities and existing
obligations in the planning and conduct of MINUSCA's operations: – ...; – prioritising enhanced mission mobility ...,
including through generating required assets and encourages Member states to contribute necessary capabilities ...;
– ...; – implementing the United Nations zero-tolerance policy ..., and to report to the Security Council if such cases
of misconduct occur" (S/RES/2659 (2022) op 43, heldout25 03: R 43 by=SecretaryGeneral) read the last item's report as
the Member States': the clause of "encourages" ran to the paragraph's end (inline_items). A report in the verb's own
item stays its addressees', and a list with no verb inside it, or lettered items, read as before."""

import pytest

from tests.snippets import mandates, reports, resolution

ITEMS = (
    "43. Requests the Secretary-General fully implement the following capacities and existing obligations in the"
    " planning and conduct of MINUSCA’s operations:\n\n– prioritising enhanced mission mobility and active patrolling,"
    " including through generating required assets and encourages Member states to contribute necessary"
    " capabilities, particularly air assets, and prioritises deployment of forces;\n\n– taking fully into account"
    " child protection as a cross-cutting issue;\n\n– implementing the United Nations zero-tolerance policy on serious"
    " misconduct, and to report to the Security Council if such cases of misconduct occur;"
)

CASES = [
    (ITEMS, [(43, "SecretaryGeneral", "SecurityCouncil", "written")]),
    # near misses: a report in the verb's own item; no verb inside the list; lettered items
    (
        "43. Requests the Secretary-General fully implement the following:\n\n– prioritising enhanced mission"
        " mobility, and encourages Member States to contribute necessary capabilities and to report to the Security"
        " Council by 1 June 2023 on their contributions;\n\n– implementing the United Nations zero-tolerance policy;",
        [(43, "MemberStates", "SecurityCouncil", "written")],
    ),
    (
        "43. Requests the Secretary-General fully implement the following:\n\n– taking fully into account child"
        " protection as a cross-cutting issue;\n\n– implementing the United Nations zero-tolerance policy, and to report"
        " to the Security Council if such cases of misconduct occur;",
        [(43, "SecretaryGeneral", "SecurityCouncil", "written")],
    ),
    (
        "43. Requests the Secretary-General to implement the following:\n(a) prioritising enhanced mission mobility,"
        " and encourages Member States to contribute necessary capabilities;\n(b) implementing the United Nations"
        " zero-tolerance policy, and to report to the Security Council if such cases of misconduct occur;",
        [(43, "SecretaryGeneral", "SecurityCouncil", "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_verb_inside_an_inline_list_item(text, expected):
    r = resolution(text, date="2022-11-14", organ="SC")
    assert reports(r, "op", "by", "to", "form") == expected


def test_the_verb_inside_the_item_is_still_a_mandate():
    r = resolution(ITEMS, date="2022-11-14", organ="SC")
    assert mandates(r, "verb", "addressees") == [("requests", ("SecretaryGeneral",)), ("encourages", ("MemberStates",))]

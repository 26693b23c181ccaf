"""The Economic and Social Council's subsidiary bodies, named "its subsidiary bodies" or "its functional
commissions" in its own texts ("Reiterates its request to its subsidiary bodies to organize the dates of their
sessions", E/RES/2021/14 op 2, heldout6 16, and its twins E/RES/2023/9 and 2025/14; "Invites its functional
commissions ... to consider mainstreaming ageing", E/RES/2023/15 op 25): heldout6's annotators invented the id
ECOSOCSubsidiaryBodies, which the vocabulary lacked, so these mandates named no actor. After "the Economic and
Social Council and" they are the Council's too (A/RES/75/325 op 17); after another body that has its own (the
Inter-Agency Standing Committee, A/RES/74/160 op 20), that body's."""

import pytest

from tests.snippets import mandates, resolution

CASES = [  # (operative paragraph, the addressee sets of its mandates)
    (
        "2. Reiterates its request to its subsidiary bodies to organize the dates of their sessions to allow for "
        "the timely issuance of their reports;",
        [{"ECOSOCSubsidiaryBodies"}],
    ),
    (
        "25. Invites its functional commissions, within their mandates, to consider mainstreaming ageing issues;",
        [{"ECOSOCSubsidiaryBodies"}],
    ),
    (
        "3. Requests the functional commissions of the Economic and Social Council to contribute;",
        [{"ECOSOCSubsidiaryBodies"}],
    ),
]


@pytest.mark.parametrize("text,want", CASES)
def test_the_councils_subsidiary_bodies(text: str, want: list[set[str]]):
    r = resolution(text, date="2021-07-22", organ="ECOSOC")
    assert mandates(r, "addressees", as_sets=True) == want


def test_in_the_assemblys_texts_its_subsidiary_bodies_are_the_body_named_before():
    r = resolution(
        "17. Invites the General Assembly and its Main Committees and the Economic and Social Council and its "
        "subsidiary bodies to consider ways to address those Goals;",
        date="2021-09-01",
        organ="GA",
    )
    assert mandates(r, "addressees", as_sets=True) == [
        {"GeneralAssembly", "GACommittees", "ECOSOC", "ECOSOCSubsidiaryBodies"}
    ]
    r = resolution(
        "20. Requests the Inter-Agency Standing Committee and its subsidiary bodies to continue their work;",
        date="2021-09-01",
        organ="GA",
    )
    assert mandates(r, "addressees", as_sets=True) == [{"IASC"}]

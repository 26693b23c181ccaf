"""A background note asked for was no report: "Requests the Secretary-General to prepare, in coordination with the two
Presidents of the Conference, a background note by the end of April 2024, including a proposal for themes of the Ocean
Action panels, for the preparatory meeting" (A/RES/78/128 op 23, heldout38 24: R by=SecretaryGeneral to=GeneralAssembly
due=2024-04 form=written; tests/mandate_gold/README.md counts "a note" as a written report). "note" needs an article,
and "background" was no adjective the article may stand before (reports.yaml report_adjectives), as "a short note"
was. On corpus-full it also takes A/RES/75/212 op 9 (b) "Proposals for themes ... will be prepared in a background note
by the Secretary-General of the Conference" (as "prepared in a note by" was read before). Not taken: "concept papers"
(no report word), "their background information" (no report word), a past note named with "the"."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "Requests the Secretary-General to prepare, in coordination with the two Presidents of the Conference, a"
        " background note by the end of April 2024, including a proposal for themes of the Ocean Action panels, for the"
        " preparatory meeting;",
        [("SecretaryGeneral", "GeneralAssembly", "2024-04", "written")],
    ),
    (
        "Requests the Secretary-General to prepare a background note for the preparatory meeting;",
        [("SecretaryGeneral", "GeneralAssembly", None, "written")],
    ),
    # near misses: no report word; the note without an article
    (
        "Requests the Secretary-General of the Conference to prepare concept papers on each of the themes of the Ocean"
        " Action panels;",
        [],
    ),
    (
        "Encourages States to update their background information and to make use of the reference reporting form;",
        [],
    ),
    ("Takes note of the background note by the Secretariat on the themes of the interactive dialogues;", []),
    # review56-C 9: a past "the background note" after a request verb (the adjective read, no report asked)
    (
        "Requests the Secretary-General to take into account the background note prepared by the Secretariat for the"
        " preparatory meeting;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_background_note(text, expected):
    r = resolution("1. " + text, date="2023-12-05", organ="GA")
    assert reports(r, "by", "to", "due", "form") == expected

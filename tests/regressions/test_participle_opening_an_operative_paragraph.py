"""Numbered operative paragraphs that a participle opens, in the run of the operative numbers (survey of
corpus-full without heldout15: 68 numbered paragraphs whose first word ends in -ing or -ed, all read as
operative with their own number). Where the participle is a directive verb's, it is the paragraph's verb: "15.
Calling on international partners to assist the CAR Authorities ..." (S/RES/2448 (2018), the heldout14 gold),
"4. Calling upon the Sierra Leone authorities to resolve ..." (S/RES/2005 (2011)), "6. Calling upon the Somali
authorities to interdict ..." (S/RES/2077 (2012)) and "11. Encouraging the United Nations peacekeeping operations
and special political missions to continue ..." (S/RES/2553 (2020)) asked no one. A participle that opens a
paragraph and is no directive's stays no mandate ("13. Reiterating its commitment to impose targeted measures",
S/RES/2045 (2012)), and its finite verbs are read as before ("97. Recalling the threat ..., requests the
Secretary-General to provide ... a report", S/RES/2253 (2015)); a directive participle in the middle asks no one
("12. Recalling ..., and, in this regard, urging the DRC ...", S/RES/2136 (2014): the heldout6 gold), nor does
one that opens a preambular paragraph.
"""

import pytest

from tests.snippets import mandates, reports, resolution

BEFORE = "1. Decides to renew the measures;\n\n"

CASES = [
    (
        "15. Calling on international partners to assist the CAR Authorities in building the institutional and "
        "operational capacities of national police, gendarmerie and customs authorities to effectively monitor "
        "the borders and points of entry;",
        [(15, "calls-upon", {"DevelopmentPartners"})],
    ),
    (
        "4. Calling upon the Sierra Leone authorities to resolve any outstanding issues regarding the electoral "
        "legal framework;",
        [(4, "calls-upon", {"state:SLE"})],
    ),
    (
        "6. Calling upon the Somali authorities to interdict, and upon interdiction to investigate and prosecute "
        "pirates and to patrol the territorial waters off the coast of Somalia to suppress acts of piracy and "
        "armed robbery at sea, noting the importance of strengthening Somalia’s maritime capacity, and welcomes "
        "support by the international community for strengthening Somalia’s capacity in this regard;",
        [(6, "calls-upon", {"state:SOM"})],
    ),
    (
        "11. Encouraging the United Nations peacekeeping operations and special political missions to continue to "
        "play a role in supporting efforts that enhance the trust and confidence between national security actors "
        "and institutions, and the population;",
        [(11, "encourages", {"PeaceOperations"})],
    ),
    (
        "13. Reiterating its commitment to impose targeted measures as expressed in paragraph 10 of resolution "
        "1980 (2011);",
        [],
    ),
    (
        "12. Recalling that there should be no impunity for any of those responsible for violations of "
        "international humanitarian law and violations and abuses of human rights in the DRC and the region, and, "
        "in this regard, urging the DRC, all countries in the region and other concerned United Nations Member "
        "States to bring perpetrators to justice and hold them accountable;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_participle_opening_an_operative_paragraph(text, expected):
    r = resolution(BEFORE + text, date="2018-11-15")
    found = [m for m in mandates(r, "op", "verb", "addressees", as_sets=True) if m[0] != 1]
    assert found == expected


def test_finite_verb_after_a_participle_and_its_report():
    r = resolution(
        BEFORE + "97. Recalling the threat posed to international peace and security by ISIL, requests the "
        "Secretary-General to provide an initial strategic-level report in 45 days and provide updates every four "
        "months thereafter;",
        date="2015-12-17",
    )
    assert [m for m in mandates(r, "op", "verb", "addressees", as_sets=True) if m[0] != 1] == [
        (97, "requests", {"SecretaryGeneral"})
    ]
    assert reports(r, "op", "by", "within", "every") == [(97, "SecretaryGeneral", "P45D", "P4M")]


def test_a_preambular_paragraph_asks_no_one():
    r = resolution(
        "1. Decides to renew the measures;",
        date="2018-11-15",
        preamble="Calling upon the Sierra Leone authorities to resolve any outstanding issues regarding the "
        "electoral legal framework,",
    )
    assert mandates(r, "op", "verb") == [(1, "decides")]

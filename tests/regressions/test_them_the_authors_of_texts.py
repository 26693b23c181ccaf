""" "Them" after "the reports/letters of X" stands for X where nothing is sent on "to" anyone (review 49, finding 1): a
rule that left out every actor right after "reports of", for the report of a committee circulated "to all the competent
bodies of the United Nations, and urges them" (A/RES/74/10 op 10), left the treaty bodies' "encourages them" with no
addressee, gave the Secretary-General's and the High Commissioner's "requests them" to the High Commissioner alone (and
the report they are asked for with it), and split the Sudans' run. The author is left out only where the text goes "to"
an actor named after it (text_authors.not_sent_on); the report circulated to the bodies still urges them."""

import pytest

from tests.snippets import mandates, reports, resolution

CASES = [
    (
        "1. Takes note of the reports of the human rights treaty bodies, and encourages them to continue to harmonize "
        "their working methods;",
        "GA",
        [("encourages", {"TreatyBodies"})],
        [],
    ),
    (
        "1. Welcomes the reports of the Secretary-General and the United Nations High Commissioner for Human Rights, "
        "and requests them to continue to report on the matter to the General Assembly at its seventy-fifth session;",
        "GA",
        [("requests", {"SecretaryGeneral", "HighCommissionerHumanRights"})],
        [("SecretaryGeneral", "GeneralAssembly", 75)],
    ),
    (
        "1. Takes note of the letters of the Governments of Sudan and South Sudan, and urges them to resume "
        "negotiations;",
        "SC",
        [("urges", {"state:SDN", "state:SSD"})],
        [],
    ),
    (  # the new reading stays: the report is sent on to the bodies, which are urged
        "10. Requests the Secretary-General to circulate the report of the Committee on the Exercise of the "
        "Inalienable Rights of the Palestinian People to all the competent bodies of the United Nations, and urges "
        "them to take the necessary action, as appropriate;",
        "GA",
        [("requests", {"SecretaryGeneral"}), ("urges", {"UNSystemEntities"})],
        [],
    ),
    (  # "it" and "him" stand for the author as before
        "1. Welcomes the report of the Working Group on Business and Human Rights, and requests it to continue its "
        "work;",
        "HRC",
        [("requests", {"SpecialProcedures"})],
        [],
    ),
]


@pytest.mark.parametrize("text,organ,expected,due", CASES)
def test_them_the_authors_of_texts(text, organ, expected, due):
    r = resolution(text, date="2019-12-19", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
    assert reports(r, "by", "to", "session") == due

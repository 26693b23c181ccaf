"""Judges named in person kept past their term to complete a case they began, with no date: "Decides that,
notwithstanding the expiry of his term of office on 31 December 2010, Judge Joseph Masanche is authorized to
complete the Hategekimana case" (S/RES/1955 (2010) op 2, read in sample39's draw; 1954 likewise), "Judges Kimberley
Prost (Canada) and Ole Bjørn Støle (Norway) complete the Popović case" (S/RES/1900 (2009) op 2), "to confirm that
Judge Joaquín Canivell can continue to sit in the Krajišnik case" (S/RES/1668 (2006) op 1, heldout18 06: extends
"Judge Joaquín Canivell", no until), and the items of "Decides ... that:" naming one ("Judge Dolenc, once replaced as
a member of the Tribunal, finish the Cyangugu case", S/RES/1482 (2003) op 1). Each is an extension of the judges'
terms, of them as named (country in brackets left out, as term_appointed names "Judge William H. Sekule, ..."); the
Tribunal's intention "to complete the case" names no judge and is none. Where the text says the judges "are authorized
to complete" the case (1954, 1955), the action is the text's word, authorizes (heldout32 13 ops 1-2); "can continue to
sit", "complete", "finish" stay extends (heldout18 06)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Decides that, notwithstanding the expiry of his term of office on 31 December 2010, Judge Joseph Masanche "
        "is authorized to complete the Hategekimana case which he began before the expiry of his term of office; and "
        "takes note of the intention of the International Tribunal to complete the case in January 2011;",
        "2010-12-14",
        [(2, "authorizes", "Judge Joseph Masanche", None, None)],
    ),
    (
        "1. Decides that, notwithstanding the expiry of their term of office on 31 December 2010, Judge Joseph Asoka "
        "de Silva and Judge Taghrid Hikmet are authorized to complete the Ndindiliyimana et al. case which they began "
        "before the expiry of their term of office;",
        "2010-12-14",
        [(1, "authorizes", "Judge Joseph Asoka de Silva and Judge Taghrid Hikmet", None, None)],
    ),
    (
        "2. Decides that, notwithstanding the expiry of their terms of office on 31 December 2009, Judges Kimberley "
        "Prost (Canada) and Ole Bjørn Støle (Norway) complete the Popović case which they began before the expiry of "
        "their terms of office; and takes note of the intention of the International Tribunal to complete the case "
        "before the end of March 2010;",
        "2009-12-16",
        [(2, "extends", "Judges Kimberley Prost and Ole Bjørn Støle", None, None)],
    ),
    (
        "7. Decides that notwithstanding article 11, paragraph 1, of the Statute of the International Tribunal, and "
        "on an exceptional basis, Judge Egorov, once replaced as a member of the International Tribunal, complete the "
        "cases which he began before his resignation;",
        "2009-07-07",
        [(7, "extends", "Judge Egorov", None, None)],
    ),
    (
        "1. Decides in response to the request by the Secretary-General to confirm that Judge Joaquín Canivell can "
        "continue to sit in the Krajišnik case beyond April 2006 and see the case through to its completion, "
        "notwithstanding the fact that the cumulative period of his service would then exceed three years,",
        "2006-04-10",
        [(1, "extends", "Judge Joaquín Canivell", None, None)],
    ),
    (
        "1. Decides in response to the request by the Secretary General that:\n\n"
        "(a) Judge Dolenc, once replaced as a member of the Tribunal, finish the Cyangugu case which he has begun "
        "before expiry of his term of office;\n\n"
        "(b) Notwithstanding Article 11, paragraph 1, of the Statute of the Tribunal and on an exceptional basis, "
        "Judge Ostrovsky, once replaced as a member of the Tribunal, finish the Cyangugu case which he has begun before "
        "expiry of his term of office;",
        "2003-05-19",
        [(1, "extends", "Judge Dolenc", None, None), (1, "extends", "Judge Ostrovsky", None, None)],
    ),
    # the judge named with a possessive, the pronoun the subject, an effective date before "to continue to serve ... in"
    # the case (S/RES/1705 (2006) op 0, heldout43 09): authorizes, no until (the case's completion has no date)
    (
        "Decides that notwithstanding Article 12 ter of the Statute of the International Criminal Tribunal for "
        "Rwanda, and notwithstanding that Judge Solomy Balungi Bossa’s elected term as an ad litem judge of the "
        "Tribunal will, in accordance with Article 12 ter of the Tribunal’s Statute, end on 24 June 2007, she be "
        "authorized effective 28 August 2006 to continue to serve as a judge in the Butare case until its completion.",
        "2006-08-29",
        [(0, "authorizes", "Judge Solomy Balungi Bossa", None, None)],
    ),
    # another judge named between the possessive and the pronoun: the pronoun is not the first judge's (review Y3)
    (
        "1. Decides that, notwithstanding Judge Arlette Ramaroson’s resignation, Judge Bakhtiyar Tuzmukhamedov shall "
        "replace her in the Tribunal, and, following his appointment, he is authorized to complete the Ndahimana case;",
        "2009-01-10",
        [],
    ),
    # a judge assigned to a case her term begins after, not authorized to complete it (S/RES/1629 (2005)): no term
    (
        "Decides that notwithstanding Article 12 of the Statute of the International Tribunal for the Former "
        "Yugoslavia and notwithstanding that Judge Christine Van Den Wyngaert’s elected term as a permanent judge of "
        "the Tribunal will in accordance with Article 13 bis of the Tribunal’s Statute only begin on 17 November 2005, "
        "she be assigned as a permanent judge to the Mrksic et al. case which is due to commence on 3 October 2005.",
        "2005-09-28",
        [],
    ),
    # the same words noted, not decided: no term
    (
        "4. Notes that Judge Solomy Balungi Bossa’s elected term as an ad litem judge of the Tribunal will end on 24 "
        "June 2007, and that she is authorized to continue to serve as a judge in the Butare case until its completion;",
        "2006-12-13",
        [],
    ),
    (
        "3. Takes note of the intention of the International Tribunal to complete the case before the end of "
        "February 2010;",
        "2009-12-16",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_judges_kept_to_complete_a_case(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected

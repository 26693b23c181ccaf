"""A decision whose "that" clause names a tribunal's judges in person as who shall act: the golds read the judges as
their Tribunal (heldout32 S/RES/1955 (2010) ops 1-2, heldout34 S/RES/2054 (2012) op 1, heldout35 S/RES/1581 (2005)
op 1), where the extractor gave the deciding Council (no alias names a judge) or an actor of what the judges shall do
("in their home countries": States, S/RES/1878 (2009) op 6). The court is the one the paragraph names (mandates.yaml
`judges`). The Council's own acts on judges stay its own: "Decides to extend the term of office of Judge ..." (heldout4
11), "to allow ad litem Judges ... to serve", a passive of another verb ("she be assigned", S/RES/1629 (2005)).
"""

import time

import pytest

from resgraph.extract import judged
from tests.snippets import mandates, snippet

SC = (
    "The Security Council,\n\nRecalling its resolutions on the International Criminal Tribunal for Rwanda,\n\n"
    "Noting the letter from the President of the International Tribunal,\n\n1. "
)

CASES = [
    (  # S/RES/1955 (2010) op 1
        "Decides that, notwithstanding the expiry of their term of office on 31 December 2010, Judge Joseph Asoka de "
        "Silva and Judge Taghrid Hikmet are authorized to complete the Ndindiliyimana et al. case which they began "
        "before the expiry of their term of office; and takes note of the intention of the International Tribunal to "
        "complete the case in March 2011;",
        [("decides", {"InternationalTribunals"})],
    ),
    (  # S/RES/1901 (2009) op 3: a subjunctive
        "Decides that, notwithstanding the expiry of his term of office on 31 December 2009, Judge Erik Møse complete "
        "the Setako case which he began before the expiry of his term of office; and takes note of the intention of "
        "the International Tribunal to complete the case before the end of February 2010;",
        [("decides", {"InternationalTribunals"})],
    ),
    (  # S/RES/2054 (2012) op 1, abridged: countries in brackets
        "Decides that, notwithstanding the expiry of their term of office on 30 June 2012, Judge William H. Sekule "
        "(United Republic of Tanzania), Judge Solomy Balungi Bossa (Uganda) and Judge Mparany Mamy Richard Rajohnson "
        "(Madagascar) may continue, on an exceptional basis, to serve at the International Tribunal until 31 December "
        "2012;",
        [("decides", {"InternationalTribunals"})],
    ),
    (  # S/RES/1878 (2009) op 6, abridged: not the States of "their home countries"
        "Decides, in light of the exceptional circumstances, that notwithstanding article 12 bis, paragraph 3, of the "
        "Statute of the International Tribunal, Judge Joseph Asoka Nihal de Silva and Judge Emile Francis Short may "
        "work part-time and engage in another judicial occupation in their home countries during the remainder of "
        "their terms of office;",
        [("decides", {"InternationalTribunals"})],
    ),
    (  # S/RES/1482 (2003) op 1, abridged: the judges in the items of "that:"
        "Decides in response to the request by the Secretary General that:\n\n(a) Judge Dolenc, once replaced as a "
        "member of the Tribunal, finish the Cyangugu case which he has begun before expiry of his term of office;\n\n"
        "(b) Notwithstanding Article 11, paragraph 1, of the Statute of the Tribunal and on an exceptional basis, Judge "
        "Ostrovsky, once replaced as a member of the Tribunal, finish the Cyangugu case which he has begun before "
        "expiry of his term of office;",
        [("decides", {"InternationalTribunals"})],
    ),
    (  # not taken: the Council extends a judge's term (S/RES/2194 (2014) op 8)
        "Decides, bearing in mind the expiry of his term of office on 31 December 2014, to extend the term of office of "
        "Judge Vagn Joensen (Denmark) until 31 December 2015 so that he may continue to perform the functions required "
        "of him as trial judge and President of the International Tribunal;",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # not taken: the Council allows (S/RES/1900 (2009) op 4)
        "Decides to allow ad litem Judges Prost and Støle to serve at the International Tribunal beyond the cumulative "
        "period of service provided for under article 13 ter, paragraph 2, of the Statute of the International "
        "Tribunal;",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # not taken: the judge after "notwithstanding that", the Council assigns her (S/RES/1629 (2005))
        "Decides that notwithstanding Article 12 of the Statute of the International Tribunal and notwithstanding that "
        "Judge Christine Van Den Wyngaert’s elected term as a permanent judge of the Tribunal will only begin on 17 "
        "November 2005, she be assigned as a permanent judge to the Mrksic et al. case;",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # review53-E 5: the judge named in the "notwithstanding that" aside, "she be authorized ... to serve" (S/RES/1705)
        "Decides that notwithstanding Article 12 ter of the Statute of the International Criminal Tribunal for Rwanda, "
        "and notwithstanding that Judge Solomy Balungi Bossa’s elected term as an ad litem judge of the Tribunal will, in "
        "accordance with Article 12 ter of the Tribunal’s Statute, end on 24 June 2007, she be authorized effective 28 "
        "August 2006 to serve in the Butare case;",
        [("decides", {"InternationalTribunals"})],
    ),
    # review53-E 2, not taken: a passive of another verb after the modal, the Council assigns or replaces
    (
        "Decides that, in accordance with article 13 bis of the Statute of the International Tribunal, Judge Christoph "
        "Flügge shall be assigned to the Appeals Chamber;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides that Judge Fausto Pocar shall be replaced by Judge Theodor Meron as a member of the Appeals Chamber of "
        "the International Tribunal;",
        [("decides", {"SecurityCouncil"})],
    ),
    # review53-E 3: the court served at, not one an apposition of the name holds
    (
        "Decides that, notwithstanding the expiry of his term, Judge Theodor Meron, a former judge of the International "
        "Court of Justice, may continue to serve at the International Tribunal;",
        [("decides", {"InternationalTribunals"})],
    ),
    (
        "Decides that, notwithstanding the expiry of his term, Judge Theodor Meron, President of the International "
        "Residual Mechanism for Criminal Tribunals, may continue to serve at the International Tribunal;",
        [("decides", {"InternationalTribunals"})],
    ),
    (  # review53-E 7, not taken: an actor coordinated with the judge
        "Decides that Judge Fausto Pocar and Member States shall cooperate fully with the International Tribunal;",
        [("decides", {"MemberStates"})],
    ),
    # review53-E 8: a name's capital past Latin-1
    (
        "Decides that Judge Ivo Josipović and Judge Łukasz Nowak may continue to serve at the International Tribunal;",
        [("decides", {"InternationalTribunals"})],
    ),
    (
        "Decides that Judge Šahinović may continue to serve at the International Tribunal;",
        [("decides", {"InternationalTribunals"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_judges_who_shall_act(text, expected):
    got = [(verb, set(who)) for verb, who in mandates(snippet(SC + text), "verb", "addressees")]
    assert got == expected


@pytest.mark.parametrize("n,join", [(30, " and "), (30, ", ")])
def test_a_long_list_of_judges_with_no_act_fails_fast(n, join):
    """review53-E 1: a title read as a name's first word made each judge parse two ways (2^n paths: 22 names, 10 s)."""
    text = "that " + join.join(f"Judge Aa Bb{i} (Xx)" for i in range(n)) + " x"
    started = time.perf_counter()
    assert judged.SUBJECT.match(text, 0) is None
    assert time.perf_counter() - started < 1.0

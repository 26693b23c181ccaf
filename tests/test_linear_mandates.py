"""Mandates, addressees, reports due and mandate terms of one huge operative paragraph take time
linear in it (issue 8): each case was quadratic or worse (a 60 KB list of bodies took 14 s,
250 KB took minutes). The bound is the growth of CPU time from n to 4n (tests/growth.py).
"""

from __future__ import annotations

import pytest

from resgraph.extract import judged, term_appointed
from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from tests.growth import LINEAR, SC, growth, resolution

CASES = {
    # a list of bodies: each comma was tested against every name and every later comma
    "bodies between commas": lambda n: (
        "1. Invites the Secretary-General, " + "Member States, the Commission, " * n + "to act."
    ),
    # modifiers between commas: COORDINATED (modifiers.py) searched the window from its start for every alias
    "modifiers between commas": lambda n: (
        "1. Invites Member States, "
        + "intergovernmental, regional, " * n
        + "and non-governmental organizations to act."
    ),
    # modifiers between commas with no head after them: BARE_HEAD (modifiers._bare_head) began a match at every word,
    # each read the run to its end (1.0 s for 27,900 characters)
    "modifiers between commas and no head": lambda n: (
        "1. Invites Member States, " + "intergovernmental, regional, " * n + "and the Secretary-General to act."
    ),
    # an aside after every join, the list going on past each (list_ends.list_stop)
    "asides after the joins": lambda n: (
        "1. Invites States, "
        + "national institutions and, as appropriate, intergovernmental, international and non-governmental "
        "organizations, " * n + "to act."
    ),
    # modifiers after an aside's comma before the next name: asides.HEAD_OR_MODIFIERS, unbounded in words, reads
    # MODIFIERS_REACH characters at most after each comma it is tried at
    "modifiers after an aside": lambda n: (
        "1. Invites States and, as appropriate, " + "intergovernmental, regional, " * n + "and non-governmental "
        "organizations to act."
    ),
    "coordinated modifiers": lambda n: (
        "1. Invites " + "intergovernmental and non-governmental organizations and " * n + "to act."
    ),
    # activities between commas before an "of" and their agent after "by": agents.SERIES is tried at every comma
    "activities between commas": lambda n: (
        "1. Encourages the development, " + "alpha, " * n + "and funding of national plans by Cameroon."
    ),
    "bodies joined by and": lambda n: (
        "1. Requests " + "the Secretary-General and Member States and " * n + "to report."
    ),
    "a that clause naming many": lambda n: (
        "1. Requests that " + "the Secretary-General, Member States and the Commission " * n + "report."
    ),
    "words and no punctuation": lambda n: (
        "1. Requests the Secretary-General " + "to the of the States " * n + "to act."
    ),
    # each mandate put off the paragraph before it; a contextual alias then read it all again
    "contextual aliases in many mandates": lambda n: (
        "1. Welcomes the work of the Commission on the Status of Women, "
        + "and requests the Commission and the Committee to act, " * n
    ),
    "reports to a committee in many mandates": lambda n: (
        "1. Requests the Secretary-General to act, " + "and requests the Council to report to the Committee, " * n
    ),
    "and in this regard": lambda n: (
        "1. Decides to act, " + "and in this regard requests the Secretary-General to act, " * n
    ),
    "and in this regard with no verb": lambda n: (
        "1. Decides to act, " + "and in this regard " * n + "requests the Secretary-General to act."
    ),
    # a pronoun's antecedents: OWNED searched the text before each person from its start
    "a pronoun after many persons": lambda n: (
        "1. Welcomes " + "the Secretary-General and his Special Envoy, " * n + "and requests him to act."
    ),
    # receivers: each was matched against the text since the first one
    "reports to many receivers": lambda n: (
        "1. Requests the Secretary-General to report "
        + "to the Council and to the Assembly by 1 December 2005 and " * n
        + "annually."
    ),
    # terms: the directive and the recalled part were searched in the text before every clause
    "terms in many clauses": lambda n: "1. " + "Decides to extend the mandate of MINUSCA until 31 July 2016; " * n,
    "terms with no directive": lambda n: "1. Takes note, " + "and prolongs the mandate of the Mission; " * n,
    "terms of its mandate": lambda n: (
        "1. Welcomes the work of MINUSCA, and decides "
        + "to extend its mandate, as the Secretary-General recommends; " * n
    ),
    # a condition ("if ... the Secretary-General reports", report_mentions.waited_for): each "if" was read on to the ";"
    # and back, and each report word searched its clause from the start
    "conditions before a report word": lambda n: (
        "1. Decides that "
        + "if the Council so decides or " * n
        + "if needed; the Secretary-General reports impediments."
    ),
    # operational reporting ("monitor ... and report the attacks", report_within): each report word searched the rest
    # of its clause for a receiver or a time
    "operational reporting in one clause": lambda n: (
        "1. Requests the Mission to " + "monitor attacks and report the attacks, " * n + "and to act."
    ),
    # an acronym in many names of one window: each asked whether the paragraph has it in brackets (aliases._spans_in),
    # a search of the whole paragraph for each
    "an acronym named many times in a condition": lambda n: (
        "1. Decides that, if " + "the DPRK acts, " * n + "then all States shall act;"
    ),
    # heads coordinated after "United Nations" (list_members.united_nations_heads): each match asked every alias span
    # of the window whether it covered the match
    "United Nations heads listed many times": lambda n: (
        "1. Invites " + "the United Nations funds and programmes, " * n + "and Member States to act;"
    ),
    "United Nations and another body's heads listed many times": lambda n: (
        "1. Encourages greater interaction between "
        + "all relevant United Nations and Council of Europe bodies, " * n
        + "and the Council of Europe;"
    ),
    # bare verbs, a form that is also a noun among them: each asked whether it is quoted, counting the quotation marks
    # from the paragraph's start (directive_asides._quoted)
    "bare verbs that are also nouns": lambda n: (
        "1. Expresses concern " + "at the ban requests the Committee to raise " * n
    ),
    "bare verbs": lambda n: "1. Expresses concern " + "at the delays urges the leaders " * n,
    # a run of spaces after a decision's verb: judged._OPENS split it between "\s*", "that\b\s*", ",?\s*" and the
    # aside's characters (cubic: 6.8 s for 1,000 spaces)
    "spaces after a decision's verb": lambda n: (
        "1. Decides" + " " * n + "to extend the mandate of the Mission until 31 July 2016."
    ),
    # judges named in a list: term_appointed.COMPLETING read the list on from each judge (quadratic)
    "many judges named": lambda n: "1. Decides that " + "Judge Aa Bb, " * n + "and Judge Cc shall serve.",
    # the same list in a clause that holds "case" and "continue" elsewhere: the words let the search run, which read
    # the list on from each judge (9.4 s at 4,000 judges); term_appointed._search_completing tries each list once
    "many judges named and a case continued": lambda n: (
        "1. Decides that "
        + "Judge Aa Bb, " * n
        + "and Judge Cc shall serve, and that the Tribunal shall continue its work on the case."
    ),
}

# judges and a decision's "Decides" window are Security Council wording: these read under its heading
SECURITY_COUNCIL = {"spaces after a decision's verb", "many judges named", "many judges named and a case continued"}


# the size n to grow from, where 60 is too small for the quadratic part to show against the linear
# one on the code this replaced (its t(4n)/t(n) stayed under LINEAR there)
SMALL = {
    "bodies joined by and": 500,
    "words and no punctuation": 500,
    "reports to a committee in many mandates": 500,
    "terms in many clauses": 500,
    "a that clause naming many": 2000,
    "reports to many receivers": 2000,
    "conditions before a report word": 500,
    "operational reporting in one clause": 400,
    "modifiers between commas and no head": 240,
    "asides after the joins": 60,
    "modifiers after an aside": 240,
    "an acronym named many times in a condition": 1500,
    "United Nations heads listed many times": 1000,
    "United Nations and another body's heads listed many times": 1000,
    "spaces after a decision's verb": 250,
    # at 60 the quadratic part was within noise of the bound on the code this replaced (8.43 once, under it once)
    "many judges named": 250,
    "many judges named and a case continued": 250,
}


def _document(name: str, body: str) -> bytes:
    """The resolution a case's operative paragraphs are read in: under its organ's heading."""
    return (SC + body).encode() if name in SECURITY_COUNCIL else resolution(body)


def _extract(data: bytes) -> None:
    extract_source(read_bytes(data, "long.txt"))


@pytest.mark.parametrize("name", list(CASES))
def test_one_huge_paragraph_is_linear_in_it(name):
    make = CASES[name]
    small = SMALL.get(name, 60)
    assert growth(lambda n: _document(name, make(n) + "\n\n2. Decides to remain seized.\n"), _extract, small) < LINEAR


READ = [
    ("bodies between commas", [("invites", ("SecretaryGeneral", "MemberStates"))]),
    ("modifiers between commas", [("invites", ("MemberStates", "InternationalOrganizations", "CivilSociety"))]),
    ("modifiers between commas and no head", [("invites", ("MemberStates", "SecretaryGeneral"))]),
    ("asides after the joins", [("invites", ("States", "InternationalOrganizations", "CivilSociety"))]),
    ("modifiers after an aside", [("invites", ("States", "InternationalOrganizations", "CivilSociety"))]),
    ("contextual aliases in many mandates", [("requests", ("CSW",))] * 2),
    ("and in this regard with no verb", [("decides", ("GeneralAssembly",)), ("requests", ("SecretaryGeneral",))]),
    ("a pronoun after many persons", [("requests", ("SecretaryGeneral",))]),
    # the run of spaces after "Decides" is still read as the decision's verb (SUBJECT tried after it, naming no judge)
    ("spaces after a decision's verb", [("decides", ("SecurityCouncil",))]),
]


@pytest.mark.parametrize("name, expected", READ)
def test_the_huge_paragraphs_are_read_as_short_ones(name, expected):
    r = extract_source(read_bytes(_document(name, CASES[name](2) + "\n"), "case.txt"))
    assert [(m.verb, m.addressees) for m in r.mandates] == expected


@pytest.mark.parametrize(
    "text, names, aside",
    [
        ("that Judge Aa Bb shall serve", "Judge Aa Bb", ""),
        ("that" + " " * 40 + "Judge Aa Bb shall serve", "Judge Aa Bb", ""),
        ("that, notwithstanding x," + " " * 40 + "Judge Aa Bb shall serve", "Judge Aa Bb", ""),
        # a comma right after the spaces ends the aside (a space read as its one character), as before
        ("that , Judge Aa Bb be authorized to serve the case", "Judge Aa Bb", ""),
        (" , Judge Aa, Judge Bb's term x, may;", "Judge Aa", ", Judge Bb's term x,"),
        ("that, , Judge Aa shall serve", "Judge Aa", ""),
        ("that, x, Judge Aa shall serve", "Judge Aa", ""),
        ("that the Judge Aa shall serve", None, None),  # near miss: the aside needs its comma
        ("that, the Council shall decide, Judge Aa shall serve", None, None),  # a verb of its own in the aside
    ],
)
def test_the_judges_after_a_run_of_spaces_are_read_as_before(text, names, aside):
    m = judged.SUBJECT.match(text)
    assert (m and m.group("names")) == names
    if aside is not None:
        assert m.group("aside") == aside


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Decides that Judge Aa Bb, Judge Cc and Judge Dd complete the case", "Judge Aa Bb, Judge Cc and Judge Dd"),
        (
            "that ad litem Judge Aa and permanent Judge Bb may continue to sit in the case",
            "ad litem Judge Aa and permanent Judge Bb",
        ),
        ("Judges Aa, Bb and Cc finish the case", "Judges Aa, Bb and Cc"),
        # a judge the list from an earlier one did not reach is still tried: in its brackets, inside a name
        ("Judge Aa (Judge Bb complete the case) x", "Judge Bb"),
        ("Judge Aa Judge Bb, Judge Cc; Judge Cc complete the case", "Judge Cc"),
        ("Judge Aa, Judge Bb shall serve, and Judge Cc shall complete the case", "Judge Cc"),
        # near misses: no judge before the act
        ("Judge Aa, Judge Bb shall serve, and that the Tribunal shall continue its work on the case", None),
        ("takes note of the intention of the Tribunal to complete the case", None),
    ],
)
def test_the_judges_completing_a_case_are_found_as_before(text, holder):
    m = term_appointed._search_completing(text)
    assert (m and m.group("holder")) == holder
    old = term_appointed.COMPLETING.search(text)  # the search it replaces, on short text
    assert (m and (m.span(), m.groupdict())) == (old and (old.span(), old.groupdict()))

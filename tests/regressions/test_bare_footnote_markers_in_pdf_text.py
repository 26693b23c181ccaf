"""PDF text numbers footnote markers bare ("Recalling the Universal Declaration of Human Rights, 6 the
International Covenant ...") and prints the footnote bodies below a rule at the page's foot. The
bodies were read as part of the paragraph before the page break, so their citations took that
paragraph's verb (reaffirms for recalls); they are footnotes of the paragraph whose marker they
carry."""

from tests.snippets import snippet

TEXT = """The General Assembly,

Reaffirming its resolution 66/181 of 19 December 2011,

Recalling the Universal Declaration of Human Rights, 6 the International Covenant on
Civil and Political Rights 7 and other relevant instruments,
_______________
6 Resolution 217 A (III).
7 See resolution 2200 A (XXI),
annex.
A/RES/67/999
Bearing in mind resolution 65/230 of 21 December 2010,

1. Takes note of the report of the Secretary-General;
"""


def test_a_footnote_takes_the_verb_of_the_paragraph_carrying_its_marker():
    r = snippet(TEXT)
    by_target = {c.target: (c.function, c.via, c.footnote) for c in r.citations}
    assert by_target["A/RES/217A(III)"] == ("recalls", "footnote", "6")
    assert by_target["A/RES/2200A(XXI)"] == ("recalls", "footnote", "7")
    assert by_target["A/RES/66/181"] == ("reaffirms", "text", None)
    assert by_target["A/RES/65/230"][0] == "bears-in-mind"
    # the paragraph after the page break is still read as one
    assert [f.text for f in r.footnotes] == ["Resolution 217 A (III).", "See resolution 2200 A (XXI), annex."]

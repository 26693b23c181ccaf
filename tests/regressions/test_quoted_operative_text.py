"""S/RES/1467 (2003) quotes the declaration it adopts: every paragraph after "The Security Council,"
opens with a quotation mark ("“Decides to adopt the attached declaration ..."), and the text was
refused as having no preambular or operative paragraph."""

from tests.snippets import mandates, snippet

TEXT = (
    "S/RES/1467 (2003)\n\nSecurity Council\n\nResolution 1467 (2003)\n\n"
    "Adopted by the Security Council at its 4720th meeting, on 18 March 2003\n\n"
    "The Security Council,\n\n"
    "\u201cDecides to adopt the attached declaration on the item entitled \u2018Proliferation of small arms "
    "and light weapons and mercenary activities: threat to peace and security in West Africa\u2019.\n\n"
    "\u201cAnnex\n\n"
    "\u201cThe Security Council expresses its profound concern at the impact of the proliferation of small "
    "arms and light weapons.\n\n"
    "\u201cThe Security Council calls on the States of the subregion to strengthen the adopted measures.\n"
)


def test_a_quoted_operative_paragraph_is_read():
    r = snippet(TEXT)
    ops = [p for p in r.paragraphs if p.kind == "operative"]
    assert [(p.number, p.text[:8]) for p in ops] == [(0, "\u201cDecides")]
    assert mandates(r, "op", "verb", "addressees") == [(0, "decides", ("SecurityCouncil",))]
    # the declaration is the annex, not operative text of the resolution
    assert {p.part for p in r.paragraphs if p.index > ops[0].index} == {"annex"}

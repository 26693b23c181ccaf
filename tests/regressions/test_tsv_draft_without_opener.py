"""E/RES/2018/16 (TSV): the rows start with "Recommends ... the following draft resolution:" and
no "The Economic and Social Council" line; the text was read as a GA draft without a symbol."""

from resgraph.extract.pipeline import extract_source
from resgraph.models import SourceText
from tests.snippets import mandates

TEXT = (
    "E/RES/2018/16\n\nAgenda item 19 (c)\n\n2018 session\n\n2018/16. Follow-up to the Thirteenth Congress\n\n"
    "Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
    "The General Assembly,\n\nRecalling its resolution 56/119 of 19 December 2001,\n\n"
    "1. Requests the Secretary-General to report.\n"
)


def test_the_council_recommends_and_the_draft_is_the_assemblys():
    r = extract_source(SourceText("E_RES_2018_16.tsv", "tsv", TEXT, "0", (("symbol", "E/RES/2018/16"),)))
    assert (r.symbol, r.body, r.status, r.contains_draft_for) == ("E/RES/2018/16", "ECOSOC", "adopted", "GA")
    assert mandates(r, "op", "verb", "addressees") == [
        (0, "recommends", ("GeneralAssembly",)),
        (1, "requests", ("SecretaryGeneral",)),
    ]
    assert [c.target for c in r.citations] == ["A/RES/56/119"]  # "its" is the Assembly's in the draft

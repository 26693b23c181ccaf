"""A/RES/76/247 A-C (corpus-full): a file holding parts A to C of one resolution. Its symbol was
kept as "A/RES/76/247 A-C" (no canonical symbol, a SHACL violation) and its title ran on into
part A's heading ("Programme budget for 2022 A Budget appropriations for 2022")."""

import pytest

from resgraph.extract.akn_meta import canonical_symbol
from tests.snippets import snippet


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("A/RES/76/247 A-C", "A/RES/76/247"),
        ("A/RES/76/84A-B", "A/RES/76/84"),
        ("A/RES/80/236 A-B", "A/RES/80/236"),
        ("A/RES/76/247 B", "A/RES/76/247B"),  # one part keeps its letter
        ("S/RES/1526 (2004)", "S/RES/1526(2004)"),
    ],
)
def test_symbol_of_a_multi_part_file(written, canonical):
    assert canonical_symbol(written) == canonical


HEADER = (
    "United Nations\nA/RES/76/247 A-C\nGeneral Assembly\nDistr.: General\n6 January 2022\n"
    "Resolutions adopted by the General Assembly on 24 December 2021\n"
    "76/247. Programme budget for 2022\n{part}\nThe General Assembly,\n\n1. Approves the budget;\n"
)


@pytest.mark.parametrize("part", ["A Budget appropriations for 2022", "A"])
def test_title_stops_at_the_first_part(part):
    assert snippet(HEADER.format(part=part)).title == "Programme budget for 2022"


def test_a_title_wrapped_over_two_lines_still_runs_on():
    text = HEADER.replace("A/RES/76/247 A-C", "A/RES/76/247").format(part="A Better World for All")
    assert snippet(text).title == "Programme budget for 2022 A Better World for All"


PART_FILE = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta><identification source="#x"><FRBRWork>
      <FRBRthis value="/akn/un/statement/deliberation/unga/2022-04-13/76-246/!main/"/>
      <FRBRdate date="2022-04-13" name="adoption"/></FRBRWork></identification></meta>
    <preface><p><docNumber refersTo="#symbol">{written}</docNumber></p></preface>
    <preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula></preamble>
    <mainBody><paragraph><num>1.</num><content><p>Decides to approve the budget;</p></content></paragraph></mainBody>
  </statement>
</akomaNtoso>"""


@pytest.mark.parametrize(
    "written, symbol",
    [
        ("A/RES/76/246 B", "A/RES/76/246B"),  # a file of part B only (A_RES_76_246B_E.xml): not merged with A
        ("A/RES/76/246 A-B", "A/RES/76/246"),
        ("A/RES/76/246", "A/RES/76/246"),
    ],
)
def test_part_files_keep_their_letter(tmp_path, written, symbol):
    from resgraph.extract.read import read

    path = tmp_path / "part.xml"
    path.write_text(PART_FILE.format(written=written), encoding="utf-8")
    assert read(path).meta_get("symbol") == symbol

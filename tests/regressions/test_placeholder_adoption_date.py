"""Held-out gold, S/RES/1287 (2000): nine Security Council files of corpus-full (2000-2012) carry
the FRBR adoption date "0001-01-01", a placeholder: the record was adopted in year 1, and "report
three months from the date of the adoption" was due on 1 April of year 1 (S/RES/1291 (2000) op 17
gave "0001-04-01"). The date of the work's IRI is the adoption date then."""

import pytest

from resgraph.extract.pipeline import extract_file
from tests.snippets import reports

XML = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unsc/2000-01-31/1287-2000/!main/"/>
  <FRBRdate date="{date}" name="adoption"/><FRBRdate date="2000-01-31" name="publication"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p>The Security Council,</p></formula>
<container name="Recalling"><p>Recalling its resolutions,</p></container></preamble>
<mainBody><paragraph><num>12.</num><content><p>Requests the Secretary-General to report three months from the date of
the adoption of this resolution on the situation in Abkhazia, Georgia;</p></content></paragraph></mainBody>
</statement></akomaNtoso>"""


@pytest.mark.parametrize(
    "date,adopted,due",
    [("0001-01-01", "2000-01-31", "2000-04-30"), ("2000-01-30", "2000-01-30", "2000-04-30")],
)
def test_a_placeholder_adoption_date_is_no_date(tmp_path, date, adopted, due):
    f = tmp_path / "S_RES_1287.xml"
    f.write_text(XML.format(date=date))
    r = extract_file(f)
    assert (r.adopted, reports(r, "due")) == (adopted, [due])

"""An operative paragraph whose list has no introduction: its number, then its first item carrying
the verb (Akoma Ntoso <num>58.</num><list><intro><p/></intro><point><num>(a)</num>...), S/RES/2605
(2021), 2659 (2022), 2759 (2024) op 58, S/RES/2592 (2021) ops 11, 14, S/RES/1343 (2001) ops 5, 7,
S/RES/1521 (2003) ops 2, 4:

    58. (a) Requests the Secretary-General to report to the Council on 15 February 2022, 15 June
        2022 and 14 October 2022, including on: – the situation in the CAR ...
        (b) Also requests the Secretary-General to provide the Council with: – an evaluation, no
        later than May 2022, ...; – a mid-report by June 2022 ...

The paragraph's text began "(a) Requests", so no verb opened it: its mandate and its three reports
were lost, and the reports of (b) went to op 57, the last paragraph with a mandate (the heldout5
gold, 01 op 58). The first item's words are now the paragraph's text, the verb first. A sub-paragraph
whose verb follows an adverb in lower case ("(b) Also requests", "(c) Further encourages States")
carries a mandate of its own, as "(b) Requests" does (A/RES/79/226 op 91, A/RES/74/148 op 9)."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

HEAD = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unsc/2021-11-12/2605/!main/"/>
  <FRBRdate date="2021-11-12" name="adoption"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
<container name="Recalling"><p><span class="italic">Recalling</span> its previous resolutions,</p></container>
</preamble><mainBody>
<paragraph><num>57.</num><content><p><span>Requests</span> the Secretary-General to provide frank advice to the
Security Council and to review and report on a regular basis the conditions required for the transition;</p></content></paragraph>
<paragraph><num>58.</num><list><intro><p></p></intro>
<point><num>(a)</num><content><p> <span class="italic">Requests</span> the Secretary-General to report to the Council on
15 February 2022, 15 June 2022 and 14 October 2022, including on:</p></content></point>
<sublist><point><num>–</num><content><p> the situation in the CAR, including the security situation;</p></content></point></sublist>
<point><num>(b)</num><content><p> <span class="italic">{verb} </span>the Secretary-General to provide the Council with:</p></content></point>
<sublist><point><num>–</num><content><p> an evaluation, no later than May 2022, of the logistical support provided;</p></content></point>
<point><num>–</num><content><p> a mid-report by June 2022 on MINUSCA’s overall effectiveness;</p></content></point></sublist>
</list></paragraph>
<paragraph><num>59.</num><content><p>Decides to remain actively seized of the matter.</p></content></paragraph>
</mainBody></statement></akomaNtoso>"""

CASES = [("Also requests", 2), ("Requests", 2), ("Further requests", 2)]


@pytest.mark.parametrize("verb, mandates", CASES, ids=[c[0] for c in CASES])
def test_the_first_item_opens_the_paragraph(verb, mandates):
    r = extract_source(read_bytes(HEAD.format(verb=verb).encode(), "S_RES_2605.xml"))
    op58 = next(p for p in r.paragraphs if p.kind == "operative" and p.number == 58)
    assert op58.text.startswith("Requests the Secretary-General to report to the Council on 15 February 2022")
    assert [(m.op, m.verb, m.addressees) for m in r.mandates if m.op == 58] == [
        (58, "requests", ("SecretaryGeneral",))
    ] * mandates
    due = sorted(str(d.due) for d in r.reports_due if d.op == 58)
    assert due == ["2022-02-15", "2022-05", "2022-06", "2022-06-15", "2022-10-14"]
    assert not [d for d in r.reports_due if d.op == 57 and d.due]


def test_the_first_item_on_the_numbers_line():
    # text formats: "58. (a) Requests ..." on one line
    text = (
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        "57. Requests the Secretary-General to provide frank advice;\n\n"
        "58. (a) Requests the Secretary-General to report to the Council on 15 February 2022;\n\n"
        "(b) Also requests the Secretary-General to provide the Council with a mid-report by June 2022;\n"
    )
    r = extract_source(read_bytes(text.encode(), "S_RES_2605.txt"))
    op58 = next(p for p in r.paragraphs if p.kind == "operative" and p.number == 58)
    assert op58.text.startswith("Requests the Secretary-General")
    assert [m.op for m in r.mandates if m.verb == "requests"] == [57, 58, 58]

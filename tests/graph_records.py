"""Hand-built records for the graph tests: a small E/RES/2012/14 that recommends a draft to the
General Assembly, and the A/RES/67/186 it became. Built from models alone, no extractor."""

from resgraph.models import Citation, Fulfilment, Mandate, Paragraph, RecommendedBy, Record, ReportDue, Span

PP1 = (
    'Recalling its resolution 66/181 of 19 December 2011, entitled "Strengthening the United Nations '
    'crime prevention and criminal justice programme, in particular its technical cooperation capacity",'
)
OP10 = (
    "Reiterates its request, as contained in resolution 66/181, that the United Nations Office on Drugs "
    "and Crime continue to provide technical assistance to Member States in the area of the rule of law,"
)
OP14 = (
    "Requests the Secretary-General to report to the General Assembly at its sixty-eighth session on "
    "the implementation of the present resolution."
)
TITLE = (
    "Strengthening the rule of law and the reform of criminal justice institutions, particularly in the "
    "areas related to the United Nations system-wide approach to fighting transnational organized crime "
    "and drug trafficking"
)


def _paras(part: str, start: int, offset: int):
    return (
        Paragraph(start, "preambular", part, PP1, Span(offset, offset + len(PP1)), lead="recalling"),
        Paragraph(start + 1, "operative", part, OP10, Span(offset + 200, offset + 200 + len(OP10)), number=10),
        Paragraph(start + 2, "operative", part, OP14, Span(offset + 400, offset + 400 + len(OP14)), number=14),
    )


def ecosoc() -> Record:
    head = Paragraph(
        0,
        "operative",
        "main",
        "Recommends to the General Assembly the adoption of the following draft resolution:",
        Span(100, 180),
        number=0,
    )
    paras = (head,) + _paras("draft", 1, 300)
    return Record(
        file="data/resolutions/E-RES-2012-14.txt",
        format="txt",
        sha256="ab" * 32,
        symbol="E/RES/2012/14",
        body="ECOSOC",
        status="adopted",
        title=TITLE,
        adopted="2012-07-26",
        meeting="46th plenary meeting",
        distributed="2012-08-16",
        recommended_by=RecommendedBy("CCPCJ", "E/2012/30"),
        contains_draft_for="GA",
        paragraphs=paras,
        citations=(
            Citation("A/RES/66/181", "recalls", 1, Span(310, 330), "resolution 66/181", "2011-12-19"),
            Citation("A/RES/66/181", "reiterates", 2, Span(540, 560), "resolution 66/181"),
        ),
        mandates=(
            Mandate(0, "recommends", ("GeneralAssembly",), 0, Span(100, 110), "Recommends"),
            Mandate(14, "requests", ("SecretaryGeneral",), 3, Span(700, 708), "Requests"),
        ),
        reports_due=(ReportDue(14, "SecretaryGeneral", "GeneralAssembly", 68, 3, Span(700, 800)),),
    )


def adopted() -> Record:
    return Record(
        file="data/resolutions/A-RES-67-186.txt",
        format="txt",
        sha256="cd" * 32,
        symbol="A/RES/67/186",
        body="GA",
        status="adopted",
        title=TITLE,
        session=67,
        adopted="2012-12-20",
        paragraphs=_paras("main", 0, 0),
        citations=(
            Citation("A/RES/66/181", "recalls", 0, Span(10, 30), "resolution 66/181", "2011-12-19"),
            Citation("A/RES/66/181", "reiterates", 1, Span(240, 260), "resolution 66/181"),
        ),
        mandates=(Mandate(14, "requests", ("SecretaryGeneral",), 2, Span(400, 408), "Requests"),),
        reports_due=(ReportDue(14, "SecretaryGeneral", "GeneralAssembly", 68, 2, Span(400, 500)),),
        fulfils=(Fulfilment("A/67/156", "A/RES/66/181", 0, Span(10, 30)),),
    )

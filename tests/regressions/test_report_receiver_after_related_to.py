"""Third held-out gold, S/RES/2462 (2019) op 33: "Requests United Nations entities ... to continue
to provide ... technical assistance ..., in particular where they relate to FATF and FSRBs mutual
evaluation reports" made a report of the United Nations entities to the FATF. In corpus-full the
same reading sent States' reports to Indigenous Peoples ("their national and global reports
information related to indigenous peoples", A/RES/74/135 and its successors), a report to the ICSC
("on matters relating to the International Civil Service Commission", A/RES/75/245 B) and public
reporting of violations to the FC-G5S and the MSS mission ("violations ... related to the FC-G5S").
"to" after relate/related/relating, pertaining, according, pursuant says what a thing is about, not
where a report goes."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "33. Requests United Nations entities, particularly the UN Office on Counter Terrorism (OCT) and UNODC to "
        "continue to cooperate with Member States and to continue to provide, upon their request as well as on the "
        "basis of gaps in implementation and capacity identified by the CTED reports, in particular where they "
        "relate to FATF and FSRBs mutual evaluation reports, technical assistance and capacity-building to help "
        "them to fully implement their respective international obligations to prevent and combat the financing "
        "of terrorism;",
        [],
    ),
    (
        "GA",
        "13. Encourages States to continue to consider including in their voluntary national reviews for the "
        "high-level political forum on sustainable development and their national and global reports information "
        "related to indigenous peoples on the progress made and challenges in the implementation of the 2030 "
        "Agenda, bearing in mind paragraphs 78 and 79 of the 2030 Agenda, and also encourages States to compile "
        "disaggregated data to measure progress and to ensure that no one is left behind;",
        [],
    ),
    (
        "GA",
        "5. Requests the Secretary-General to provide in the context of his next report detailed updated "
        "information on the divergence in the jurisprudence of the two tribunals on matters relating to the "
        "International Civil Service Commission and an assessment of its impact on the cohesion of the "
        "United Nations common system;",
        [],  # no ICSC receiver; since stop 67 no item at all, what his next report holds (heldout50 22 op 5)
    ),
    (
        "SC",
        "21. Calls upon the G5 Sahel States to establish a robust compliance framework to prevent, investigate, "
        "address and publicly report violations of international humanitarian law related to the FC-G5S;",
        [],
    ),
    (  # a receiver named after "to" still receives
        "GA",
        "7. Requests the Secretary-General to submit a report on matters related to the Commission to the "
        "General Assembly at its eightieth session;",
        [(7, "SecretaryGeneral", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_related_to_names_no_receiver(organ, text, expected):
    r = resolution(text, date="2020-12-16", organ=organ)
    assert reports(r, "op", "by", "to") == expected

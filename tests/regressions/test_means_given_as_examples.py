"""heldout24 21 (E/RES/2023/31 op 22): "requests the Secretary-General to provide status reporting on the implementation
..., and following open and inclusive informal consultation with Member States, which could be done through, inter
alia, briefing notes, informal briefings, and case studies ..., with a view to optimizing their engagement with and
provide guidance to the United Nations development system": one report (the gold: by the Secretary-General to ECOSOC),
the notes and briefings only examples of how ("through, inter alia,": report_words.LISTED_MEANS). The briefings were
read as a second report, to the United Nations development system, whose "guidance to" is what Member States give
(reports.yaml not_received nouns: "guidance"), no receiver of a report."""

from tests.snippets import reports, resolution

TEXT = (
    "22. Also notes the forthcoming quadrennial comprehensive policy review in 2024, and in this regard requests the "
    "Secretary-General to provide status reporting on the implementation of all provisions and mandates contained in "
    "General Assembly resolution 75/233, in advance of the quadrennial comprehensive policy review negotiations, and "
    "following open and inclusive informal consultation with Member States, which could be done through, inter alia, "
    "briefing notes, informal briefings, and case studies with emphasis on development results to inform on possible "
    "gaps and challenges to be considered by Member States, with a view to optimizing their engagement with and "
    "provide guidance to the United Nations development system;"
)


def test_means_given_as_examples_are_no_reports_of_their_own():
    r = resolution(TEXT, date="2023-07-26", organ="ECOSOC")
    assert reports(r, "by", "to") == [("SecretaryGeneral", "ECOSOC")]


def test_the_examples_pattern_is_linear():
    from resgraph.extract import report_words
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "through, inter alia, " + "x, " * n + "y", report_words.LISTED_MEANS.search, 300) < LINEAR

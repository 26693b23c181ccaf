"""A/C.3/67 draft, op 19: "Recognizes the efforts made by the United Nations Office on Drugs and
Crime ..., and requests the Office to continue" lost its addressee when the Office was first named
in the same paragraph."""

from tests.snippets import mandates, snippet


def test_the_office_is_the_office_named_before_the_verb():
    r = snippet(
        "The General Assembly,\n\nRecalling its resolution 66/181,\n\n19. Recognizes the efforts made by the United "
        "Nations Office on Drugs and Crime to assist Member States, and requests the Office to continue to provide assistance;\n"
    )
    assert mandates(r, "verb", "addressees") == [("requests", ("UNODC",))]


def test_an_office_of_something_else_is_not_the_office():
    r = snippet(
        "The General Assembly,\n\nRecalling the United Nations Office on Drugs and Crime,\n\n1. Requests the Office of "
        "the United Nations High Commissioner for Human Rights to assist;\n"
    )
    assert mandates(r, "verb", "addressees") == [("requests", ("OHCHR",))]

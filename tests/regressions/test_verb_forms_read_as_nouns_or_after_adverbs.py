"""SC survey (scsurvey, seed 20261201): "the Committee's consideration of exemption notifications and
requests submitted by Member States" (S/RES/2769 (2025) op 17, 2819 (2026) op 18) was read as a
request to Member States: a form before "submitted", "received", "made" is a noun (verbs.yaml
`noun_before`). "and specifically demands that Syria responds" (S/RES/1644 (2005) op 4), "and
specifically strongly urges Member States" (S/RES/1618 (2005) op 6), "and notably encourages the
timely appointment" (A/HRC/RES/55/20 op 38) gave no mandate: "specifically" and "notably" are adverbs
of the verb (verbs.yaml `adverbs`)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "18. Requests the Secretary-General to inform the Permanent Mission of the State of Libya on the final "
        "outcome of the Committee’s consideration of exemption notifications and requests submitted by Member "
        "States related to LIA frozen assets, and encourages the notifying Member State to alert the LIA;",
        [("requests", {"SecretaryGeneral"}), ("encourages", {"MemberStates"})],
    ),
    (
        "4. Underscores Syria’s obligation to cooperate fully and unconditionally with the Commission, and "
        "specifically demands that Syria responds unambiguously and immediately;",
        [("demands", {"state:SYR"})],
    ),
    (
        "6. Reaffirms the obligations of Member States under resolution 1373 (2001), and specifically strongly "
        "urges Member States to prevent the transit of terrorists to and from Iraq;",
        [("urges", {"MemberStates"})],
    ),
    (
        "38. Calls for a more active role of the United Nations, and notably encourages the timely appointment of "
        "the Special Envoy;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_verb_forms(text, expected):
    r = resolution(text, date="2025-01-15")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

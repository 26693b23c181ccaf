"""A joint activity's topic that holds an "of" before "between": "Encourages closer cooperation on the culture of peace
agenda between the United Nations and the Association of Southeast Asian Nations" (A/RES/75/15 op 23, A/RES/77/12 op 19,
A/RES/79/290 op 30, the Assembly's texts on its cooperation with ASEAN) had an empty set; the parties of the joint
activity are asked (tests/mandate_gold/README.md, "What counts": "cooperation between the African Union and the United
Nations" -> both; the same texts' "closer cooperation on disaster risk reduction ... between the United Nations and
ASEAN", A/RES/75/15 op 21, was read so already). Guard: an activity of no two sides before the topic ("the promotion
of the culture of peace agenda between ...") asks no one.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # A/RES/75/15 op 23
        "Encourages closer cooperation on the culture of peace agenda between the United Nations and the Association of "
        "Southeast Asian Nations, including through the six thrusts of the 2017 Association of Southeast Asian Nations "
        "Declaration on Culture of Prevention for a Peaceful, Inclusive, Resilient, Healthy and Harmonious Society;",
        [("encourages", {"UNSystemEntities", "ASEAN"})],
    ),
    (  # A/RES/75/15 op 21, read so before
        "Encourages closer cooperation on disaster risk reduction, emergency response and management between the United "
        "Nations and the Association of Southeast Asian Nations;",
        [("encourages", {"UNSystemEntities", "ASEAN"})],
    ),
    (  # guard: no joint noun before the topic
        "Encourages the promotion of the culture of peace agenda between the United Nations and the Association of "
        "Southeast Asian Nations;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_joint_activity_topic_with_of(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected

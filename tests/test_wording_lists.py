"""tests/wording_lists.check_wording_list, which every test_*_wording_data.py runs over its yaml's lists, fails a list
that is empty, holds a word twice, holds what is no string (a bare YAML `on` is True) or is no list of words (a regex
written into the list, which wordsearch.phrases would escape and read as itself); and that every list the code reads by its
key is in its yaml and every list of the yaml is read by the code (a key misspelled on either side fails)."""

from __future__ import annotations

import pytest

from resgraph.vocab import load
from tests.wording_lists import check_wording_list, keys_read, quoted_in_code, wording_lists


@pytest.mark.parametrize(
    "words",
    [
        ["Committee", "Panel", "set up", "Chair-in-Office", "Secretary-General’s", "U.N.", "member's", "2030"],
    ],
)
def test_a_list_of_words_passes(words):
    check_wording_list("ok", words)


@pytest.mark.parametrize(
    "words",
    [
        [],  # empty
        None,  # an empty key in the YAML
        "Committee",  # a word, not a list
        {"nouns": ["Committee"]},  # a mapping where a list was expected
        ["Committee", "Panel", "Committee"],  # listed twice
        ["until", True],  # a bare "on" or "yes"
        ["until", 12],
        [" until"],  # not stripped
        ["set  up"],  # two spaces
        ["Organi[sz]ation"],  # a regex's class
        ["judges?"],
        ["until|till"],
        [r"set\s+up"],
        ["(?:a|an)"],
        [""],
    ],
)
def test_a_list_that_is_not_a_list_of_words_fails(words):
    with pytest.raises(AssertionError):
        check_wording_list("bad", words)


def test_the_lists_of_a_nested_mapping_are_walked():
    assert list(wording_lists({"a": [1], "b": {"c": [2], "d": {"e": [3]}}})) == [
        ("a", [1]),
        ("b.c", [2]),
        ("b.d.e", [3]),
    ]


SECTIONS = {
    "reports": load().reports,
    "mandates": load().mandates,
    "terms": load().terms,
    "citations": load().citations,
}


@pytest.mark.parametrize("section,key", sorted(keys_read()))
def test_every_list_the_code_reads_is_in_its_yaml(section, key):
    assert key in SECTIONS[section], f"{section}.yaml has no `{key}`"


@pytest.mark.parametrize("section,key", [(s, k) for s, d in SECTIONS.items() for k in d])
def test_every_list_of_the_yaml_is_read_by_the_code(section, key):
    """A key misspelled in the yaml (or the code's) is read by no pattern: the list is dead and the pattern's words
    are missing."""
    assert quoted_in_code(key), f"{section}.yaml `{key}` is read nowhere in src/resgraph"

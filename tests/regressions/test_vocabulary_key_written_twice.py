"""A vocabulary id written twice in one file: actors.yaml held PartnershipOnMeasuringICT4D twice (two
helpers added it in one stop), and yaml.safe_load kept the second entry and silently dropped the first's
spelling "Information and Communication Technology". The vocabularies are now read with a loader that
refuses a repeated key, naming the file, the key and both lines; the two entries are one."""

from pathlib import Path

import pytest

from resgraph.datafile import DuplicateKeyError, load_yaml
from resgraph.resources import VOCAB
from resgraph.vocab import load
from tests.snippets import mandates, snippet

CASES = [  # (YAML text, the error's words, or None: the data it reads)
    ("A:\n  label: a\nB:\n  label: b\nA:\n  label: c\n", ["'A' on line 5 is already on line 1"]),
    ("A:\n  aliases: [x, y]\n  aliases: [z]\n", ["'aliases' on line 3 is already on line 2"]),
    ("A:\n  label: a\nB:\n  label: a\n", None),
    ("- A\n- A\n", None),  # a list may repeat an item
]


@pytest.mark.parametrize("text,error", CASES)
def test_a_key_written_twice_is_an_error_naming_the_file_and_lines(tmp_path: Path, text: str, error: list[str] | None):
    path = tmp_path / "vocab.yaml"
    path.write_text(text, encoding="utf-8")
    if error is None:
        import yaml

        assert load_yaml(path) == yaml.safe_load(text)
        return
    with pytest.raises(DuplicateKeyError) as e:
        load_yaml(path)
    assert str(path) in str(e.value)
    for words in error:
        assert words in str(e.value)


@pytest.mark.parametrize("path", sorted(VOCAB.glob("*.yaml")), ids=lambda p: p.name)
def test_every_vocabulary_file_names_each_key_once(path: Path):
    assert load_yaml(path) is not None


def test_both_spellings_of_the_partnership_name_it():
    aliases = load().actors["PartnershipOnMeasuringICT4D"].aliases
    text = "The Economic and Social Council,\n\nRecalling its resolution 2011/20,\n\n1. Encourages the Partnership on "
    for spelling in ("Information and Communications Technology", "Information and Communication Technology"):
        assert any(spelling in a for a in aliases), spelling
        record = snippet(text + f"Measuring {spelling} for Development to continue its work;")
        assert mandates(record, "addressees", as_sets=True) == [{"PartnershipOnMeasuringICT4D"}], spelling

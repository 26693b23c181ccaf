"""Review of stop 47, finding 10: reports.yaml still named report_pairs.CONTENTS_COLON after the pattern moved to
report_contents. Every "report_<module>.<NAME>" a report vocabulary's comments cite names a module of
resgraph.extract that holds that name, so a moved pattern leaves no stale pointer."""

import importlib
import re
from pathlib import Path

import pytest

import resgraph

VOCAB = Path(resgraph.__file__).resolve().parent / "ontology" / "vocab"
CITED = re.compile(r"\b(report_[a-z_]+)\.([A-Za-z_][A-Za-z0-9_]*)")


def cited(name: str) -> list[tuple[str, str]]:
    text = (VOCAB / name).read_text()
    found = {m.groups() for line in text.splitlines() if "#" in line for m in CITED.finditer(line)}
    return sorted((module, name) for module, name in found if name != "py")


@pytest.mark.parametrize("module,name", cited("reports.yaml") + cited("cycles.yaml"))
def test_vocabulary_comments_name_real_code(module, name):
    mod = importlib.import_module(f"resgraph.extract.{module}")
    assert hasattr(mod, name), f"{module}.{name}"

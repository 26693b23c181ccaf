"""The real resolutions of ../shared/corpus (124 AKN XML, 3 Markdown, 2 TSV) build into a store that SHACL accepts: no
violation (warnings are allowed: mandates that govern an activity name no addressee). Skipped
when ../shared is not beside the checkout."""

from pathlib import Path

from resgraph.graph.build import build_store


def test_corpus_builds_and_conforms(shared, tmp_path):
    files = sorted(
        p
        for p in (shared / "corpus").iterdir()
        if p.suffix in (".xml", ".md", ".txt", ".tsv") and p.name != "README.md"
    )
    assert len(files) == 129
    store, s = build_store(files, tmp_path / "store")
    assert (s.loaded, s.failed) == (129, ())
    violations = [(Path(p.path).name, p.text) for p in s.problems if p.severity == "Violation"]
    assert violations == []
    assert s.draft_links >= 2  # E/RES/2021/21 and 2021/23 recommend drafts the corpus holds

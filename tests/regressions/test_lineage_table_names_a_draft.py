"""`resgraph lineage`'s table names a draft without a symbol rather than leaving its cell blank.

Met in a trial of the README's commands: `resgraph lineage "1373 (2001)"` on ../shared/corpus listed
"│ 1 │ descendant │ │ cites │ refers-to │ 34 │ S/RES/1373(2001) │": the citing text is the Third
Committee's draft of data/ (GA-67-C3-draft-crime-prevention-programme.txt, op 34), which has no
symbol, so its fromSymbol was empty. It is now named by its IRI's end, "draft/<hash>", as its page is.
"""

from __future__ import annotations

import re

from typer.testing import CliRunner

from resgraph.cli import app


def test_the_draft_citing_1373_is_named(data_store):
    r = CliRunner().invoke(app, ["lineage", "1373 (2001)", "--store", str(data_store)])
    assert r.exit_code == 0, r.output
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in r.stdout.splitlines() if line.startswith("│")]
    assert rows and all(row[2] and row[6] for row in rows), rows  # fromSymbol, toSymbol
    assert any(re.fullmatch(r"draft/[0-9a-f]{16}", row[2]) and row[5] == "34" for row in rows), rows

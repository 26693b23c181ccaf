"""`resgraph query list` and the /query page put the questions people ask first and the building
blocks other commands run (one generation of a lineage walk, the network's nodes, the VoID
counts) apart, each saying what it is part of. Before, the ten building blocks were listed among
the questions with nothing to tell them apart."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resgraph.cli.app import app
from resgraph.graph import queries

HEADERS = [  # (header lines, expected part_of, expected answers)
    (
        ["# name: q", "# answers: One step.", "# part of: resgraph lineage (its walk)"],
        "resgraph lineage (its walk)",
        "One step.",
    ),
    (
        ["# name: q", "# answers: One step", "#   more words.", "# part of: x", "#   not answers"],
        "x",
        "One step more words.",
    ),
    (["# name: q", "# answers: A question people ask."], "", "A question people ask."),
]


@pytest.mark.parametrize("header, part_of, answers", HEADERS)
def test_the_part_of_header_marks_a_building_block(tmp_path: Path, header, part_of, answers):
    p = tmp_path / "q.rq"
    p.write_text("\n".join(header) + "\nSELECT * WHERE { ?s ?p ?o }\n")
    q = queries.parse(p)
    assert (q.part_of, q.answers, q.building_block) == (part_of, answers, bool(part_of))


def test_query_list_puts_building_blocks_after_the_questions():
    r = CliRunner().invoke(app, ["query", "list"])
    assert r.exit_code == 0, r.output
    questions, _, blocks = r.output.partition("Building blocks")
    assert blocks, r.output
    named = queries.available()
    for name, q in named.items():
        listed_in = blocks if q.building_block else questions
        other = questions if q.building_block else blocks
        line = re.compile(rf"^{re.escape(name)}\(", re.M)
        assert line.search(listed_in) and not line.search(other), name
    assert {"lineage-children", "network-documents", "void-classes"} <= {
        n for n, q in named.items() if q.building_block
    }
    assert not named["lineage"].building_block and not named["mandate-inventory"].building_block


def test_an_engine_variant_is_part_of_the_same_thing_as_its_query():
    for path in sorted(queries.QUERIES.glob("*.*.rq")):
        base = path.with_name(path.name.split(".")[0] + ".rq")
        assert queries.parse(path).part_of == queries.parse(base).part_of, path.name

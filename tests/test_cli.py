"""The command line on good and bad input: one clear line per bad file, the batch goes on."""

import json
import subprocess
import sys

from tests.conftest import DATA

CLI = [sys.executable, "-m", "resgraph"]


def run(*args):
    return subprocess.run(CLI + list(args), capture_output=True, text=True)


def test_bad_inputs_get_one_line_each_and_the_rest_goes_on(tmp_path):
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x00\x01\x02\x03PK\x00\x00" * 20,
        "recipe.txt": b"Mix two eggs with flour.\nBake for twenty minutes.\n",
        "truncated.xml": b'<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><preamble>',
        "utf16.txt": "The General Assembly,\n\nRecalling its résolution,\n".encode("utf-16-le"),
        "french.txt": (
            "L’Assemblée générale,\n\nRappelant sa résolution 66/181 et les résolutions du Conseil "
            "économique et social,\n\n1. Prie le Secrétaire général de la Commission des droits de "
            "l’homme de lui présenter un rapport;\n"
        ).encode(),
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    good = DATA / "E-RES-2012-19.md"
    r = run("extract", "--format", "json", *(str(tmp_path / n) for n in bad), str(good))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["symbol"] for x in records] == ["E/RES/2012/19"]
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == len(bad) and all(ln.startswith("error ") for ln in lines), r.stderr
    reasons = {
        "empty.txt": "empty file",
        "binary.txt": "binary content",
        "recipe.txt": "not a resolution",
        "truncated.xml": "malformed XML",
        "utf16.txt": "wrong encoding: UTF-16 text without a byte-order mark",
        "french.txt": "not in English",
    }
    for name, reason in reasons.items():
        [line] = [ln for ln in lines if name in ln]
        assert reason in line, (name, line)


def test_summary_names_the_resolution():
    r = run("extract", str(DATA / "E-RES-2012-14.txt"))
    assert r.returncode == 0
    assert "E/RES/2012/14" in r.stdout and "A/RES/66/181" in r.stdout

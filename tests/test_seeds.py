"""The five seed documents in data/ against their hand annotations (tests/seeds_gold, copied from
../shared/gold): every aspect the shared scorer measures, at F1 >= 0.95, plus exact facts."""

import json
import re
from collections import Counter

import pytest

from resgraph.extract.pipeline import extract_file
from resgraph.views.json_record import record_json
from tests.conftest import DATA, ROOT, SEED_NAMES

GOLD = ROOT / "tests" / "seeds_gold"


def norm(s):
    return re.sub(r"\s+", "", s or "").upper()


def aspects(rec):
    c = rec.get("citations") or []
    return {
        "targets": {norm(x["target"]) for x in c},
        "functions": {(norm(x["target"]), x.get("function")) for x in c},
        "dates": {(norm(x["target"]), x["date"]) for x in c if x.get("date")},
        "documents": {norm(d) for d in rec.get("documents") or []},
        "mandates": {(m["op"], m["verb"]) for m in rec.get("mandates") or []},
        "addressees": {(m["op"], m["verb"], a) for m in rec.get("mandates") or [] for a in m["addressees"]},
        "reports": {(r["op"], r["to"], r["session"]) for r in rec.get("reports_due") or []},
    }


@pytest.fixture(scope="module")
def pairs():
    out = []
    for gold_name, data_name in SEED_NAMES.items():
        gold = json.loads((GOLD / gold_name.replace(".txt", ".json")).read_text())
        out.append((gold, record_json(extract_file(DATA / data_name))))
    return out


def test_every_aspect_scores_at_least_095(pairs):
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold, pred in pairs:
        g, p = aspects(gold), aspects(pred)
        gold_targets = {t for t, _ in g["dates"]}
        p["dates"] = {x for x in p["dates"] if x[0] in gold_targets}
        for k in g:
            tp[k] += len(g[k] & p[k])
            fp[k] += len(p[k] - g[k])
            fn[k] += len(g[k] - p[k])
    for k in tp:
        f1 = 2 * tp[k] / (2 * tp[k] + fp[k] + fn[k])
        assert f1 >= 0.95, (k, tp[k], fp[k], fn[k])


@pytest.mark.parametrize(
    "field",
    [
        "symbol",
        "body",
        "status",
        "title",
        "adopted",
        "session",
        "meeting",
        "distributed",
        "agenda_item",
        "committee",
        "contains_draft_for",
    ],
)
def test_metadata(pairs, field):
    for gold, pred in pairs:
        if field in gold:
            want, got = gold[field], pred[field]
            if field == "symbol":
                want, got = norm(want) or None, norm(got) or None
            if field == "title":
                want, got = re.sub(r"\W+", " ", want.lower()), re.sub(r"\W+", " ", (got or "").lower())
            assert got == want, (gold["file"], field)


def test_recommending_body_sponsors_and_fulfilment(pairs):
    by_file = {g["file"]: (g, p) for g, p in pairs}
    g, p = by_file["000_2bd270ba3f0178fc.txt"]
    assert p["recommended_by"] == g["recommended_by"]
    g, p = by_file["002_cfbe980b54009ced.txt"]
    assert p["sponsors_count"] == g["sponsors_count"] and not p["sponsors_unresolved"]
    assert [{"report": f["report"], "mandate_of": f["mandate_of"]} for f in p["fulfils"]] == g["fulfils"]


def test_the_lineage_edges_are_in_the_records(pairs):
    """66/181 -> 2012/14 -> 67/186: both texts reiterate 66/181 in op 10."""
    by_file = {g["file"]: p for g, p in pairs}
    for name in ("000_2bd270ba3f0178fc.txt", "001_6295efa43483b78c.txt"):
        cites = by_file[name]["citations"]
        assert any(
            c["target"] == "A/RES/66/181" and c["function"] == "reiterates" and c["paragraph"]["number"] == 10
            for c in cites
        )


@pytest.mark.parametrize("name", sorted(SEED_NAMES.values()))
def test_spans_point_into_the_file_itself(name):
    """Markdown markup and footnote markers are removed before extraction; spans still land on
    the words in the file as it is on disk."""
    raw = (DATA / name).read_text(encoding="utf-8")
    r = extract_file(DATA / name)
    for c in r.citations:
        if c.via == "text":
            assert raw[c.span.start : c.span.end].replace("\n", " ").startswith(c.text.split()[0]), c
    for m in r.mandates:
        head = raw[m.span.start : m.span.end].replace("*", "").replace("\n", " ")
        assert head.lower().startswith(m.text.split()[0].lower()), (m, head[:40])

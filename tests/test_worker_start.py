"""What a query worker loads before it answers (web/worker.py): every worker of every app process
pays it at each start, on a machine that may be busy, so it loads only what queries and page
reads need (no FastAPI, no routes) and does not hash the store again (its app verified it)."""

from __future__ import annotations

import subprocess
import sys

from resgraph.graph import store, storedir


def test_a_worker_imports_no_web_framework():
    code = (
        "import sys; import resgraph.web.worker, resgraph.web.page_calls, resgraph.web.serialize, "
        "resgraph.web.check; print(sorted(m for m in ('fastapi', 'starlette', 'jinja2', 'uvicorn') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_verify_false_skips_the_hash_of_changed_files(monkeypatch, tmp_path):
    """GraphStore(verify=False) does not call storedir.verify; the default does (and a damaged
    store is refused there: tests/test_store_faults.py)."""
    seen: list[object] = []
    monkeypatch.setattr(storedir, "verify", lambda path: seen.append(path))
    built = tmp_path / "s"
    store.GraphStore(built).store.flush()  # an empty store, written
    seen.clear()
    store.GraphStore(built, read_only=True, verify=False)
    assert seen == []
    store.GraphStore(built, read_only=True)
    assert seen == [built]

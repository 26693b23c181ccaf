"""The named queries a page needs, run where the endpoint runs its queries.

In `resgraph serve` the app holds the endpoint's pool of query workers (app.state.pool): a page's
queries run there, under the same time limit and memory cap as /sparql, off the event loop. An
app without the pool (a bare FastAPI app with only the pages) runs them in a thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from resgraph.graph import queries
from resgraph.web import named

if TYPE_CHECKING:
    from resgraph.web.pages import Site


async def named_rows(request: Request, site: Site, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of a named query, run by the endpoint's query workers (their time limit and memory
    cap) when the app has them, else in a thread. Raises QueryFailed (with the HTTP status)."""
    q = queries.load(name)
    bound = q.bind(params)
    pool = getattr(request.app.state, "pool", None)
    if pool is None:
        return await run_in_threadpool(queries.run, site.store, name, params)
    results = await pool.rows(q.text, {k: named.substitution(v) for k, v in bound.items()})
    return named.rows_of(results, {p.name for p in q.params})

"""What the query limits mean for a valid query (web/workers.py): the time it waits for a worker,
or for the CPU, is not held against it; a query is stopped by the CPU time it spends, and by a
wall-clock bound WALL_FACTOR times longer; a full queue is refused at once with a reason.

A worker is paused with SIGSTOP to stand for a busy machine: it uses no CPU while its wall-clock
time runs, as a worker does that waits for a core."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from resgraph.web import workers
from resgraph.web.workers import Pool, QueryFailed

ASK = {"query": "ASK { ?s ?p ?o }", "results": "application/sparql-results+json", "rdf": None}


def paused(pool: Pool) -> int:
    (w,) = pool.workers
    os.kill(w.proc.pid, signal.SIGSTOP)
    return w.proc.pid


async def resume_after(pid: int, seconds: float) -> None:
    await asyncio.sleep(seconds)
    os.kill(pid, signal.SIGCONT)


def test_waiting_for_the_cpu_and_for_a_worker_is_not_held_against_a_query(data_store):
    async def scenario():
        pool = Pool(data_store, size=1, timeout=0.5, allow_network=True)
        await pool.start()
        try:
            pid = paused(pool)  # the first query gets no CPU for 1.2 s, the second waits for it
            answers = asyncio.gather(pool.run(ASK), pool.run({**ASK, "query": "ASK { ?s a ?t }"}))
            await resume_after(pid, 1.2)
            return [a.head for a in await answers]
        finally:
            await pool.close()

    assert [b'"boolean":true' in body for body in asyncio.run(scenario())] == [True, True]


def test_a_query_stuck_past_the_wall_clock_bound_is_stopped_and_says_why(data_store):
    async def scenario():
        pool = Pool(data_store, size=1, timeout=0.2, allow_network=True)
        await pool.start()
        try:
            pid = paused(pool)
            asyncio.ensure_future(resume_after(pid, 0.2 * workers.WALL_FACTOR + 1.5))
            with pytest.raises(QueryFailed) as e:
                await pool.run(ASK)
            answer = await pool.run(ASK, timeout=10)  # a fresh worker took its place
            return e.value, answer.head
        finally:
            await pool.close()

    failed, head = asyncio.run(scenario())
    assert failed.status == 503 and "wall-clock" in str(failed) and "0.2 s of CPU time" in str(failed)
    assert b"true" in head


def test_a_full_queue_is_refused_at_once_with_a_reason(data_store, monkeypatch):
    monkeypatch.setattr(workers, "QUEUE_LIMIT", 2)

    async def scenario():
        pool = Pool(data_store, size=1, timeout=5, allow_network=True)
        await pool.start()
        try:
            pid = paused(pool)
            held = [asyncio.ensure_future(pool.run(ASK)) for _ in range(3)]  # one running, two waiting
            await asyncio.sleep(0.1)
            with pytest.raises(QueryFailed) as e:
                await pool.run(ASK)
            os.kill(pid, signal.SIGCONT)
            return e.value, [a.head for a in await asyncio.gather(*held)]
        finally:
            await pool.close()

    refused, answered = asyncio.run(scenario())
    assert refused.status == 503 and "waiting" in str(refused)
    assert len(answered) == 3 and all(b"true" in h for h in answered)


def test_a_heavy_query_yields_its_priority_and_a_core_and_the_other_workers_do_not(data_store):
    runaway = {**ASK, "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j }"}

    async def scenario():
        pool = Pool(data_store, size=2, timeout=2, allow_network=True)
        await pool.start()
        try:
            task = asyncio.ensure_future(pool.run(runaway))
            seen = {}
            for _ in range(100):  # the watch finds it heavy after NICE_AFTER s of CPU
                await asyncio.sleep(0.05)
                seen = {w.proc.pid: (os.getpriority(os.PRIO_PROCESS, w.proc.pid), os.sched_getaffinity(w.proc.pid))
                        for w in pool.workers}  # fmt: skip
                if any(w.niced for w in pool.workers):
                    break
            busy = next(w.proc.pid for w in pool.workers if w.busy)
            with pytest.raises(QueryFailed):
                await task
            return seen, busy, pool.nice, pool.cpus, pool.heavy_cpus
        finally:
            await pool.close()

    seen, busy, nice, cpus, heavy = asyncio.run(scenario())
    assert seen[busy] == (min(19, nice + workers.NICE), heavy)
    assert [v for pid, v in seen.items() if pid != busy] == [(nice, cpus)]
    assert len(heavy) == max(1, len(cpus) - 1)

"""What the query limits mean (web/workers.py): a query is stopped when it has run `timeout`
seconds of wall-clock time in its worker, however little CPU it got; the time a request waits for
a worker is not held against it, but is bounded on its own (queue_wait); a full queue is refused
at once with a reason.

A worker is paused with SIGSTOP to stand for a machine so busy that the query gets no CPU at all:
its wall-clock time runs while its CPU time does not. (A limit on CPU seconds, or a wall-clock
stop at several times the limit, fails these tests.)

Only the limit a test is about is short. What else has to happen (a fresh worker starting and
answering, a warm worker answering, a runaway query spending its CPU budget) needs CPU, which a
loaded machine gives slowly: on 2 cores beside 4 busy loops a fresh worker's first ASK took more
than 1 s of wall clock (it still loads rdflib's parser after saying it is ready, about 0.1 s of
CPU), and a runaway query got less than 0.2 s of CPU in 2 s. So those steps get limits of
minutes (AMPLE), and the heavy query is watched for as long as its worker has used little CPU,
by the worker's own clock (/proc/PID/stat), not for a fixed wall-clock time."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest

from resgraph.web import workers
from resgraph.web.workers import Pool, QueryFailed

ASK = {"query": "ASK { ?s ?p ?o }", "results": "application/sparql-results+json", "rdf": None}
SLACK = 1.5  # seconds beyond timeout + 1 s allowed for a loaded CI machine (the old 6x stop took 6 s here)
AMPLE = 120.0  # seconds for a step that is not under test: a worker's start (as Pool._spawn), a query's run


def paused(pool: Pool) -> int:
    (w,) = pool.workers
    os.kill(w.proc.pid, signal.SIGSTOP)
    return w.proc.pid


async def resume_after(pid: int, seconds: float) -> None:
    await asyncio.sleep(seconds)
    os.kill(pid, signal.SIGCONT)


async def timed(aw) -> tuple[float, object]:
    t = time.monotonic()
    try:
        result: object = await aw
    except QueryFailed as e:
        result = e
    return time.monotonic() - t, result


def test_a_query_that_gets_no_cpu_is_stopped_at_its_wall_clock_limit_and_says_why(data_store):
    async def scenario():
        pool = Pool(data_store, size=1, timeout=1.0, allow_network=True, queue_wait=AMPLE)
        await pool.start()
        try:
            paused(pool)  # never resumed: the worker is killed at the limit
            took, failed = await timed(pool.run(ASK))
            answer = await pool.run(ASK, timeout=AMPLE)  # a fresh worker took its place
            return took, failed, answer.head
        finally:
            await pool.close()

    took, failed, head = asyncio.run(scenario())
    assert 1.0 <= took <= 1.0 + 1.0 + SLACK
    assert isinstance(failed, QueryFailed) and failed.status == 503
    assert "within 1 s, its time limit" in str(failed) and "stopped after 1." in str(failed)
    assert b"true" in head


def test_a_runaway_query_is_stopped_at_its_wall_clock_limit(data_store):
    runaway = {**ASK, "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m }"}

    async def scenario():
        pool = Pool(data_store, size=1, timeout=1.0, allow_network=True)
        await pool.start()
        try:
            return await timed(pool.run(runaway))
        finally:
            await pool.close()

    took, failed = asyncio.run(scenario())
    assert 1.0 <= took <= 1.0 + 1.0 + SLACK
    assert isinstance(failed, QueryFailed) and failed.status == 503 and "time limit" in str(failed)


def test_waiting_for_a_worker_is_not_held_against_a_query(data_store):
    """Two queries wait `held` s, longer than their `limit`, for the only worker: the short one is
    answered, and the runaway one still runs its whole `limit` before it is stopped. (The short one
    alone cannot tell: a warm worker answers it before the watch looks, even past its deadline.)"""
    runaway = {**ASK, "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m }"}
    limit, held = 2.0, 3.0

    async def scenario():
        pool = Pool(data_store, size=1, timeout=AMPLE, allow_network=True, queue_wait=AMPLE)
        await pool.start()
        try:
            pid = paused(pool)  # the first query is answered once resumed, `held` s on; the others wait for it
            first = asyncio.ensure_future(timed(pool.run(ASK)))
            await asyncio.sleep(0.05)
            second = asyncio.ensure_future(timed(pool.run({**ASK, "query": "ASK { ?s a ?t }"}, timeout=limit)))
            await asyncio.sleep(0.05)
            resume = asyncio.ensure_future(resume_after(pid, held))
            third = await timed(pool.run(runaway, timeout=limit))
            await resume
            return await first, await second, third
        finally:
            await pool.close()

    (_, first), (waited, second), (took, stopped) = asyncio.run(scenario())
    assert isinstance(first, workers.Answer) and b"true" in first.head
    assert isinstance(second, workers.Answer) and b'"boolean":true' in second.head
    assert waited > limit  # it waited longer than its time limit, and was answered
    assert isinstance(stopped, QueryFailed) and stopped.status == 503 and f"within {limit:g} s" in str(stopped)
    assert took >= held + limit  # its limit ran from when the worker took it, after the wait


def test_waiting_for_a_worker_is_bounded_and_refused_with_a_reason(data_store):
    async def scenario():
        pool = Pool(data_store, size=1, timeout=10, allow_network=True, queue_wait=0.5)
        await pool.start()
        try:
            pid = paused(pool)
            first = asyncio.ensure_future(pool.run(ASK))
            await asyncio.sleep(0.05)
            took, refused = await timed(pool.run(ASK))
            os.kill(pid, signal.SIGCONT)
            return took, refused, (await first).head
        finally:
            await pool.close()

    took, refused, head = asyncio.run(scenario())
    assert isinstance(refused, QueryFailed) and refused.status == 503
    assert "busy for 0.5 s" in str(refused) and 0.5 <= took <= 0.5 + SLACK
    assert b"true" in head  # the query that held the worker was not harmed


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
    runaway = {**ASK, "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m }"}
    budget = 10 * workers.NICE_AFTER  # CPU seconds of its worker by which it must long have been niced

    async def scenario():
        pool = Pool(data_store, size=2, timeout=AMPLE, allow_network=True)
        await pool.start()
        try:
            cpu0 = {w.proc.pid: workers.cpu_seconds(w.proc.pid) or 0.0 for w in pool.workers}
            task = asyncio.ensure_future(pool.run(runaway))
            seen, spent, end = {}, 0.0, time.monotonic() + AMPLE
            while spent < budget and time.monotonic() < end:  # the watch finds it heavy after NICE_AFTER s of CPU
                await asyncio.sleep(0.05)
                seen = {w.proc.pid: (os.getpriority(os.PRIO_PROCESS, w.proc.pid), os.sched_getaffinity(w.proc.pid))
                        for w in pool.workers}  # fmt: skip
                if any(w.niced for w in pool.workers):
                    break
                spent = max((workers.cpu_seconds(pid) or 0.0) - c for pid, c in cpu0.items())
            busy = next((w.proc.pid for w in pool.workers if w.busy), None)
            task.cancel()  # the client goes: its worker is killed (its limit is not under test here)
            with pytest.raises(asyncio.CancelledError):
                await task
            return seen, busy, pool.nice, pool.cpus, pool.heavy_cpus
        finally:
            await pool.close()

    seen, busy, nice, cpus, heavy = asyncio.run(scenario())
    assert seen.get(busy) == (min(19, nice + workers.NICE), heavy)
    assert [v for pid, v in seen.items() if pid != busy] == [(nice, cpus)]
    assert len(heavy) == max(1, len(cpus) - 1)

"""The fast and heavy lanes into the query workers (web/lanes.py): heavy queries never hold the
last RESERVE workers, waiting short queries go first, and a wait that times out gives nothing away."""

from __future__ import annotations

import asyncio

import pytest

from resgraph.web.lanes import Lanes


def run(coro):
    return asyncio.run(coro)


def test_a_known_heavy_request_waits_while_the_heavy_slots_are_full_and_a_short_one_does_not():
    async def scenario():
        lanes: Lanes[str] = Lanes(heavy_slots=2)
        for w in ("a", "b", "c"):
            lanes.put(w)
        lanes.turned_heavy("q-heavy")
        lanes.finished(True)  # remembered, slot given back
        assert lanes.is_heavy("q-heavy") and not lanes.is_heavy("q-point")
        first = await lanes.get(True, 1)
        second = await lanes.get(True, 1)
        assert lanes.heavy == 2 and list(lanes.idle) == ["c"]
        with pytest.raises(asyncio.TimeoutError):  # a third heavy one may not take the last worker
            await lanes.get(True, 0.05)
        assert await lanes.get(False, 0.05) == "c"  # a short one may
        return first, second

    assert run(scenario()) == ("a", "b")


def test_waiting_short_requests_go_before_waiting_heavy_ones():
    async def scenario():
        lanes: Lanes[str] = Lanes(heavy_slots=1)
        lanes.put("a")
        held = await lanes.get(False, 1)
        heavy = asyncio.ensure_future(lanes.get(True, 1))
        await asyncio.sleep(0)
        short = asyncio.ensure_future(lanes.get(False, 1))
        await asyncio.sleep(0)
        lanes.put(held)  # the worker comes back: the short request, though it came later, gets it
        assert await short == "a" and not heavy.done()
        lanes.put("a")
        assert await heavy == "a" and lanes.heavy == 1

    run(scenario())


def test_a_query_that_turns_heavy_holds_a_slot_until_it_finishes():
    async def scenario():
        lanes: Lanes[str] = Lanes(heavy_slots=1)
        lanes.put("a")
        lanes.put("b")
        await lanes.get(False, 1)
        lanes.turned_heavy("q")  # the query on "a" ran past the budget
        with pytest.raises(asyncio.TimeoutError):
            await lanes.get(True, 0.05)  # "b" stays in the fast lane
        lanes.finished(True)
        assert await lanes.get(True, 0.05) == "b"

    run(scenario())


def test_a_wait_that_times_out_leaves_the_worker_to_the_next():
    async def scenario():
        lanes: Lanes[str] = Lanes(heavy_slots=1)
        with pytest.raises(asyncio.TimeoutError):
            await lanes.get(False, 0.02)
        assert not lanes.waiting[False]
        lanes.put("a")
        assert await lanes.get(False, 0.02) == "a"

    run(scenario())


def test_a_cancelled_wait_gives_nothing_away_and_loses_no_worker():
    """A client that goes away while its request waits: its place is dropped, and a worker
    handed to it in the same turn of the loop goes to the next request instead."""

    async def scenario():
        lanes: Lanes[str] = Lanes(heavy_slots=1)
        gone = asyncio.ensure_future(lanes.get(False, 5))
        await asyncio.sleep(0)
        gone.cancel()
        with pytest.raises(asyncio.CancelledError):
            await gone
        assert not lanes.waiting[False]
        given = asyncio.ensure_future(lanes.get(False, 5))
        await asyncio.sleep(0)
        lanes.put("a")  # handed to `given`, which is cancelled before it runs again
        given.cancel()
        with pytest.raises(asyncio.CancelledError):
            await given
        assert list(lanes.idle) == ["a"] and lanes.heavy == 0

    run(scenario())


def test_a_timed_out_heavy_wait_frees_no_slot_it_did_not_hold():
    async def scenario():
        lanes: Lanes[str] = Lanes(heavy_slots=1)
        lanes.put("a")
        assert await lanes.get(True, 0.05) == "a"  # the one heavy slot
        with pytest.raises(asyncio.TimeoutError):
            await lanes.get(True, 0.02)
        assert lanes.heavy == 1 and not lanes.waiting[True]
        lanes.finished(True)
        lanes.put("a")
        assert await lanes.get(True, 0.05) == "a" and lanes.heavy == 1

    run(scenario())

"""Two lanes into the query workers, so that heavy queries cannot take every worker from the
short ones.

A query is *heavy* when it has spent the pool's short budget of CPU (workers.NICE_AFTER), or when
the same request was heavy before (the pool remembers it). At most `heavy_slots` workers of a pool
run heavy queries; the others are the fast lane. A request not known to be heavy takes any idle
worker, and waiting requests of that kind go first; a known-heavy request waits while the heavy
slots are full, however many workers are idle. A query that turns heavy in a fast-lane worker
keeps its worker (it is never restarted), but from then on counts against the heavy slots, and
its worker runs at a lower CPU priority until it is done. How long a request may wait, and how
many may, is the pool's to say (workers.py).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict, deque
from typing import Generic, TypeVar

T = TypeVar("T")
REMEMBERED = 4096  # heavy requests a pool remembers (least recently seen forgotten first)


class Lanes(Generic[T]):
    """Idle workers and the requests waiting for one (see the module docstring)."""

    def __init__(self, heavy_slots: int):
        self.heavy_slots = max(1, heavy_slots)
        self.heavy = 0  # workers running a heavy query now
        self.idle: deque[T] = deque()
        self.waiting: dict[bool, deque[asyncio.Future[T]]] = {False: deque(), True: deque()}
        self.known: OrderedDict[object, None] = OrderedDict()

    # ------------------------------------------------------------------ what is heavy
    def is_heavy(self, key: object) -> bool:
        if key is None or key not in self.known:
            return False
        self.known.move_to_end(key)
        return True

    def turned_heavy(self, key: object) -> None:
        """A fast-lane query ran past the budget: it holds a heavy slot now, and is remembered."""
        self.heavy += 1
        if key is not None:
            self.known[key] = None
            self.known.move_to_end(key)
            while len(self.known) > REMEMBERED:
                self.known.popitem(last=False)

    def finished(self, heavy: bool) -> None:
        """A worker's query ended (answered, failed or killed): a heavy one frees its slot."""
        if heavy:
            self.heavy -= 1
            self._dispatch()

    def waiting_count(self) -> int:
        return len(self.waiting[False]) + len(self.waiting[True])

    # ------------------------------------------------------------------ workers
    def put(self, worker: T) -> None:
        """An idle worker: to the first waiting request that may have it, else to the idle ones."""
        self.idle.append(worker)
        self._dispatch()

    def discard(self, worker: T) -> None:
        if worker in self.idle:
            self.idle.remove(worker)

    async def get(self, heavy: bool, timeout: float) -> T:
        """An idle worker for a request (heavy: known to be), waiting at most `timeout` seconds.
        A heavy request that gets one holds a heavy slot. Raises asyncio.TimeoutError. (One
        future and one timer a wait: asyncio.wait_for would add a task and a shield to each.)"""
        if self.idle and not self.waiting[False] and (not heavy or self._heavy_may_start()):
            if heavy:
                self.heavy += 1
            return self.idle.popleft()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        queue = self.waiting[heavy]
        queue.append(future)
        timer = loop.call_later(timeout, self._expire, queue, future)
        try:
            return await future
        except (asyncio.TimeoutError, asyncio.CancelledError):
            if future.done() and not future.cancelled() and future.exception() is None:
                if heavy:  # it was given a worker as the wait ended: back it goes
                    self.heavy -= 1
                self.put(future.result())
            elif future in queue:
                queue.remove(future)
            raise
        finally:
            timer.cancel()

    @staticmethod
    def _expire(queue: deque[asyncio.Future[T]], future: asyncio.Future[T]) -> None:
        if not future.done():
            queue.remove(future)
            future.set_exception(asyncio.TimeoutError())

    def _heavy_may_start(self) -> bool:
        return self.heavy < self.heavy_slots and not self.waiting[True]

    def _dispatch(self) -> None:
        while self.idle:
            fast, slow = self.waiting[False], self.waiting[True]
            if fast:
                future = fast.popleft()
                if not future.done():  # done: a wait cancelled in this turn of the loop
                    future.set_result(self.idle.popleft())
            elif slow and self.heavy < self.heavy_slots:
                future = slow.popleft()
                if not future.done():
                    self.heavy += 1
                    future.set_result(self.idle.popleft())
            else:
                return

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
        A heavy request that gets one holds a heavy slot. Raises asyncio.TimeoutError."""
        if self.idle and not self.waiting[False] and (not heavy or self._heavy_may_start()):
            if heavy:
                self.heavy += 1
            return self.idle.popleft()
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self.waiting[heavy].append(future)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            if future.done() and not future.cancelled():  # it was given a worker as the wait ended
                if heavy:
                    self.heavy -= 1
                self.put(future.result())
            else:
                future.cancel()
                if future in self.waiting[heavy]:
                    self.waiting[heavy].remove(future)
            raise

    def _heavy_may_start(self) -> bool:
        return self.heavy < self.heavy_slots and not self.waiting[True]

    def _dispatch(self) -> None:
        while self.idle:
            fast, slow = self.waiting[False], self.waiting[True]
            if fast:
                future = fast.popleft()
            elif slow and self.heavy < self.heavy_slots:
                future = slow.popleft()
                self.heavy += 1
            else:
                return
            future.set_result(self.idle.popleft())

"""A query worker process as the pool sees it: its pid, its exit, and the frames on its pipes.

The pool writes a request to the worker's stdin and reads the answer's frames from its stdout
(the frame format is worker.py's). This is a bare asyncio SubprocessProtocol rather than
asyncio's subprocess streams: a point query costs the app one write and one read, and the
streams' readers, writers, drain() and readexactly() calls (two a frame) cost more per request
than the app's whole protocol handling. Frames are cut from what the pipe delivers as it comes
(most often one whole frame in one read, taken without a copy).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections import deque
from typing import Any


class _Protocol(asyncio.SubprocessProtocol):
    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.loop = loop
        self.buf = bytearray()
        self.frames: deque[tuple[bytes, bytes]] = deque()
        self.waiter: asyncio.Future[None] | None = None
        self.eof = False
        self.exited: asyncio.Future[int] = loop.create_future()
        self.transport: asyncio.SubprocessTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def pipe_data_received(self, fd: int, data: bytes | bytearray) -> None:
        if fd != 1:
            return
        if not self.buf and len(data) >= 5 and len(data) == 5 + int.from_bytes(data[1:5], "big"):
            self.frames.append((bytes(data[:1]), bytes(data[5:])))  # the usual case: one whole frame
        else:
            buf = self.buf
            buf += data
            while len(buf) >= 5:
                end = 5 + int.from_bytes(buf[1:5], "big")
                if len(buf) < end:
                    break
                self.frames.append((bytes(buf[:1]), bytes(buf[5:end])))
                del buf[:end]
        self._wake()

    def pipe_connection_lost(self, fd: int, exc: Exception | None) -> None:
        if fd == 1:
            self.eof = True
            self._wake()

    def process_exited(self) -> None:
        assert self.transport is not None
        if not self.exited.done():
            self.exited.set_result(self.transport.get_returncode() or 0)

    def _wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)


class Child:
    """A started worker process: `pid`, `returncode` (None while it runs), kill(), wait(),
    write() of a request, and frame(), the next (kind, payload) it sent."""

    def __init__(self, transport: asyncio.SubprocessTransport, protocol: _Protocol):
        self.transport, self.protocol = transport, protocol
        self.pid: int = transport.get_pid()
        stdin = transport.get_pipe_transport(0)
        assert stdin is not None
        self.stdin: Any = stdin

    @classmethod
    async def start(cls, args: list[str], env: dict[str, str]) -> Child:
        """`python -m resgraph.web.worker ARGS` with pipes on stdin and stdout (stderr: the app's)."""
        loop = asyncio.get_running_loop()
        transport, protocol = await loop.subprocess_exec(
            lambda: _Protocol(loop),
            sys.executable,
            "-m",
            "resgraph.web.worker",
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=None,
            env=env,
        )
        return cls(transport, protocol)

    @property
    def returncode(self) -> int | None:
        return self.transport.get_returncode()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, OSError):
            self.transport.send_signal(signal.SIGKILL)  # its memory is freed at once

    async def wait(self) -> int:
        return await asyncio.shield(self.protocol.exited)

    def write(self, data: bytes) -> None:
        """Send a request; raises BrokenPipeError when the worker has gone."""
        if self.stdin.is_closing() or self.returncode is not None:
            raise BrokenPipeError
        self.stdin.write(data)

    async def frame(self) -> tuple[bytes, bytes]:
        """The next frame; raises asyncio.IncompleteReadError when the worker's stdout has ended."""
        p = self.protocol
        while not p.frames:
            if p.eof:
                raise asyncio.IncompleteReadError(bytes(p.buf), None)
            p.waiter = p.loop.create_future()
            try:
                await p.waiter
            finally:
                p.waiter = None
        return p.frames.popleft()

    async def first_frame(self, timeout: float) -> tuple[bytes, bytes]:
        """The frame a worker sends as it starts, within `timeout` seconds. When none comes
        (asyncio.IncompleteReadError, TimeoutError), or the wait is cancelled (the pool closes
        while the worker starts), the worker is killed and its pipes closed: a transport left
        open is closed only when it is collected, after its event loop may have closed."""
        try:
            return await asyncio.wait_for(self.frame(), timeout)
        except BaseException:
            self.kill()
            self.close()
            raise

    def close(self) -> None:
        self.transport.close()

"""Real SPARQL servers for the tests: Oxigraph's server (pip `oxigraph`) and Virtuoso (Debian
`virtuoso-opensource`), each started in a temporary folder on a free loopback port and stopped
by its pid."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
VIRTUOSO = shutil.which("virtuoso-t")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    endpoint: str
    proc: subprocess.Popen
    user: str | None = None
    password_file: Path | None = None

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)

    def auth_args(self) -> list[str]:
        return ["--user", self.user, "--password-file", str(self.password_file)] if self.user else []


def _wait(url: str, proc: subprocess.Popen, seconds: float, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url} in {seconds} s")


def _started(server: Server, timeout: float, log: Path) -> Server:
    """`server` once its endpoint answers; stopped (by its process id) when it never does."""
    try:
        _wait(server.endpoint, server.proc, timeout, log)
    except RuntimeError:
        server.stop()
        raise
    return server


def start_oxigraph(folder: Path) -> Server:
    port = free_port()
    log = folder / "oxigraph.log"
    proc = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    return _started(Server("oxigraph", f"http://127.0.0.1:{port}/query", proc), 30, log)


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 300
MaxQueryCostEstimationTime = 400
"""


def start_virtuoso(folder: Path) -> Server:
    """Virtuoso with a minimal virtuoso.ini in `folder`; writes go through its digest-authenticated
    endpoints as dba (whose password a fresh database sets to "dba"; it may SPARQL_UPDATE)."""
    sql, http = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http))
    log = folder / "virtuoso.out"
    proc = subprocess.Popen(
        [str(VIRTUOSO), "+foreground", "+configfile", str(ini)],
        cwd=folder,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    pw = folder / "password"
    pw.write_text("dba\n")
    return _started(Server("virtuoso", f"http://127.0.0.1:{http}/sparql", proc, "dba", pw), 120, log)

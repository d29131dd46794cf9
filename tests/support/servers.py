"""Real servers that a test starts, stops and freezes itself.

Never the shared PostgreSQL or Redis of the machine: each instance lives in
a temporary folder on a free loopback port and is gone when the test ends.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.served_site import free_port


def _wait_for_port(port: int, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.2)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing answers on port {port}")


class PrivateRedis:
    def __init__(self, base: Path):
        self.base, self.port, self.process = base, free_port(), None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> PrivateRedis:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", str(self.base)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        _wait_for_port(self.port)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.thaw()
            self.process.kill()
            self.process.wait(timeout=10)

    def freeze(self) -> None:
        """The process stays, its port stays open, and nothing answers."""
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        self.process.send_signal(signal.SIGCONT)


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class PrivatePostgres:
    """A throwaway PostgreSQL cluster (run as the ``postgres`` user when we are root)."""

    def __init__(self):
        self.bin = postgres_bin()
        # Not under pytest's temporary folder: that one is private to root,
        # and the server runs as the postgres user.
        self.home = Path(tempfile.mkdtemp(prefix="newsroom-pg-"))
        self.data = self.home / "data"
        self.port = free_port()

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _as_owner(self, args: list[str]) -> list[str]:
        if os.geteuid() == 0:
            args = ["runuser", "-u", "postgres", "--", *args]
        return args

    def _pg_ctl(self, *args: str) -> None:
        command = self._as_owner([str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", *args])
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def start(self) -> PrivatePostgres:
        if not self.data.exists():
            self.data.mkdir(parents=True)
            if os.geteuid() == 0:
                shutil.chown(self.home, "postgres")
                shutil.chown(self.data, "postgres")
            subprocess.run(
                self._as_owner([str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                                "--auth=trust", "-E", "UTF8", "--no-sync"]),
                check=True, capture_output=True,
            )  # fmt: skip
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("-o", options, "-l", str(self.home / "log"), "start")
        return self

    def _pids(self) -> list[int]:
        """The postmaster and its backends."""
        pid_file = self.data / "postmaster.pid"
        if not pid_file.exists():
            return []
        postmaster = int(pid_file.read_text().split()[0])
        kids = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True)
        return [postmaster, *(int(p) for p in kids.stdout.split())]

    def freeze(self) -> None:
        """The processes stay, the port stays open, and nothing answers."""
        for pid in self._pids():
            os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in self._pids():
            os.kill(pid, signal.SIGCONT)

    def stop(self) -> None:
        """Like a crash: connections are cut at once."""
        if (self.data / "postmaster.pid").exists():
            self.thaw()
            self._pg_ctl("-m", "immediate", "stop")

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)

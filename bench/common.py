"""What the benchmarks share: a served site, wrk runs, process memory.

Load stays on 127.0.0.1 and is bounded in time and connections.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.served_site import ServedSite, free_port  # noqa: E402, F401

# Each thread takes every THREADS-th path from its own start, so with as many
# paths as requests no two requests ask for the same one.
LUA_ROTATE = """
paths = {%s}
counter = 0
offset = 0
local started = 0
function setup(thread)
  thread:set("offset", started)
  started = started + 1
end
request = function()
  local path = paths[((counter * %d + offset) %% #paths) + 1]
  counter = counter + 1
  return wrk.format("GET", path)
end
"""


def fetch(url: str, timeout: float = 10) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def worker_rss_mib(site: ServedSite) -> list[float]:
    return [rss_kib(pid) / 1024 for pid in children(site.server.pid)]


@dataclass
class WrkResult:
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int  # connection errors, timeouts and non-2xx/3xx answers

    def line(self, name: str) -> str:
        return (
            f"{name:<22}{self.rps:>9.0f}{self.p50_ms:>9.1f}{self.p99_ms:>9.1f}"
            f"{self.requests:>9}{self.errors:>8}"
        )


HEADER = f"{'page':<22}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'requests':>9}{'errors':>8}"


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def wrk(base: str, paths: list[str], connections: int, seconds: int, threads: int = 2) -> WrkResult:
    """Run wrk against ``paths`` in turn and read its report."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA_ROTATE % (", ".join(f'"{p}"' for p in paths), threads))
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
         "--latency", "-s", script.name, base],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    Path(script.name).unlink()
    if "Requests/sec" not in out or not re.search(r"^\s+99%[ \t]+[\d.]+(?:us|ms|s|m)\b", out, re.M):
        raise RuntimeError(f"unexpected wrk report:\n{out}")
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    errors += int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    return WrkResult(
        requests=int(re.search(r"(\d+) requests in", out).group(1)),
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        # Anchored: "65.50%" in the thread stats must not pass for the 50th percentile.
        p50_ms=_ms(re.search(r"^\s+50%[ \t]+(\S+)", out, re.M).group(1)),
        p99_ms=_ms(re.search(r"^\s+99%[ \t]+(\S+)", out, re.M).group(1)),
        errors=errors,
    )

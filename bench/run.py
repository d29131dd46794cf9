"""Benchmarks that print figures (never pass/fail): latency, throughput, page
weight and memory of the public pages, served by gunicorn with production
settings on a private SQLite database seeded with the demo.

    make bench             # or: .venv/bin/python bench/run.py [--requests 300]

Load stays on 127.0.0.1 and is bounded in count and time.
"""

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.served_site import ServedSite  # noqa: E402

TIME_BUDGET = 60  # seconds of load per page, at most


def fetch(url):
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=10) as r:
        body = r.read()
    return time.perf_counter() - start, body


def rss_kib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def page_weight(base, html):
    """HTML + the CSS and JS it references from the site, uncompressed."""
    total = len(html)
    for ref in set(re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)):
        total += len(fetch(base + ref.decode())[1])
    return total


def load(url, requests, concurrency):
    deadline = time.monotonic() + TIME_BUDGET
    timings = []

    def one(_):
        if time.monotonic() > deadline:
            return None
        return fetch(url)[0]

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        timings = [t for t in pool.map(one, range(requests)) if t is not None]
    elapsed = time.perf_counter() - start
    return timings, elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    site = ServedSite(tmp, f"sqlite:///{tmp / 'bench.sqlite3'}", workers=args.workers).start()
    base = site.url
    try:
        article = site.shell(
            "from articles.models import Article; "
            "print(Article.objects.published().get(featured=True).get_absolute_url())"
        ).strip()
        pages = {
            "home": "/",
            "article": article,
            "section": "/sezione/industria/",
            "tag": "/tag/polestar/",
        }
        print(f"newsroom bench — {args.requests} requests per page, concurrency {args.concurrency}, "
              f"gunicorn {args.workers} sync workers, SQLite, {os.cpu_count()} cores")  # fmt: skip
        print(f"{'page':<9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'weight KB':>11}")
        for name, path in pages.items():
            for _ in range(5):
                fetch(base + path)  # warm caches
            timings, elapsed = load(base + path, args.requests, args.concurrency)
            timings.sort()
            weight = page_weight(base, fetch(base + path)[1]) / 1024
            p95 = timings[int(len(timings) * 0.95) - 1]
            print(f"{name:<9}{len(timings) / elapsed:>8.0f}{statistics.median(timings) * 1000:>9.1f}"
                  f"{p95 * 1000:>9.1f}{timings[-1] * 1000:>9.1f}{weight:>11.1f}")  # fmt: skip
        workers = children(site.server.pid)
        print(f"memory: master {rss_kib(site.server.pid) / 1024:.0f} MiB, "
              f"workers {', '.join(f'{rss_kib(p) / 1024:.0f}' for p in workers)} MiB (RSS)")  # fmt: skip
    finally:
        site.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

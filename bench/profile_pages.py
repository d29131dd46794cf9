"""In-process time of the article and home pages (median of --runs, page cache
off), split into SQL and the rest (templates, Python), with the process's CPU
time (steadier than wall time on a busy machine), and an optional cProfile
of the slowest functions. Run it on the benchmark's database:

    .venv/bin/python bench/profile_pages.py [--articles 100000] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIND = """
from articles.models import Article
article = Article.objects.published().filter(featured=True).first()
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--queries", action="store_true", help="print each query's time")
    parser.add_argument("--sort", default="cumulative", help="cProfile order (tottime, cumulative)")
    args = parser.parse_args()
    base = ROOT / "var" / "bench" / f"{args.articles}-sqlite"
    if not (base / "ready").exists():
        sys.exit(
            f"No benchmark database in {base}: run bench/run.py --articles {args.articles} first"
        )
    os.environ.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DATABASE_URL=f"sqlite:///{base / 'db.sqlite3'}",
        MEDIA_ROOT=str(base / "media"),
        STATIC_ROOT=str(base / "static"),
        DEBUG="false",
        SECRET_KEY="profile-only",
        SITE_URL="http://127.0.0.1",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        PAGE_CACHE_SECONDS="0",
        DEMO="true",
    )
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    scope: dict = {}
    exec(FIND, scope)
    pages = {"article": scope["article"].get_absolute_url(), "home": "/"}
    client = Client(HTTP_HOST="127.0.0.1")
    for name, path in pages.items():
        client.get(path)
        totals, cpus, sqls = [], [], []
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                start, cpu = time.perf_counter(), time.process_time()
                response = client.get(path)
                totals.append((time.perf_counter() - start) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
            sqls.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
        total, sql = statistics.median(totals), statistics.median(sqls)
        print(
            f"{name:<8} {total:6.1f} ms (SQL {sql:5.1f} ms, the rest {total - sql:5.1f} ms; "
            f"CPU {statistics.median(cpus):5.1f} ms), "
            f"{len(queries)} queries, {len(response.content) / 1024:.1f} KB"
        )
        if args.queries:
            for q in sorted(queries.captured_queries, key=lambda q: -float(q["time"])):
                shown = 3000 if float(q["time"]) >= 0.01 else 200
                print(f"  {float(q['time']) * 1000:7.1f} ms  {q['sql'][:shown]}")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(5):
                client.get(path)
            profiler.disable()
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(35)


if __name__ == "__main__":
    main()

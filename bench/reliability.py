"""Load and faults together: 64 connections on home, article, search and feeds
while an editor publishes, then the same with Redis stopped mid-run, and (with
--postgres) the database frozen for a few seconds. Prints errors, p50/p99 and
worker memory per phase. Loopback only, bounded in time.

    .venv/bin/python bench/reliability.py [--seconds 20] [--connections 64] [--postgres]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from common import HEADER, ServedSite, worker_rss_mib, wrk

from tests.support.servers import PrivatePostgres, PrivateRedis

PUBLISH = """
from django.contrib.auth import get_user_model
from django.utils import timezone
from articles import services
from articles.models import Article, Section
from authors.models import Author
desk = get_user_model().objects.get(username="caporedattore")
n = Article.objects.count()
article = services.article_save(article=Article(
    title=f"Notizia dell'ultima ora numero {n}", slug=f"ultima-ora-{n}",
    standfirst="Pubblicata durante il carico.", body="<p>Testo.</p>",
    section=Section.objects.first()), by=desk, byline=[Author.objects.first()])
services.article_transition(article=article, name="publish", by=desk)
"""


class Editor(threading.Thread):
    """Publishes one article after another until told to stop."""

    def __init__(self, site):
        super().__init__(daemon=True)
        self.site, self.stop, self.published = site, threading.Event(), 0

    def run(self):
        while not self.stop.is_set():
            self.site.shell(PUBLISH)
            self.published += 1


def _during(seconds: float, action) -> threading.Timer:
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--postgres", action="store_true", help="a private PostgreSQL, frozen mid-run"
    )
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="newsroom-reliability-"))
    redis = PrivateRedis(tmp).start()
    database = PrivatePostgres().start() if args.postgres else None
    url = database.url if database else f"sqlite:///{tmp / 'bench.sqlite3'}"
    site = ServedSite(tmp, url, workers=args.workers, env={"REDIS_URL": redis.url}).start()
    try:
        article = site.shell(
            "from articles.models import Article; "
            "print(Article.objects.published().first().get_absolute_url())"
        ).strip()
        paths = ["/", article, "/cerca/?q=elettrica", "/feed/", "/feed/atom/"]
        print(
            f"newsroom reliability — {args.connections} connections, {args.seconds} s per phase, "
            f"gunicorn {args.workers} workers, {'PostgreSQL' if database else 'SQLite'} + Redis, "
            f"{os.cpu_count()} cores"
        )
        print(HEADER + f"{'worker MiB':>12}")
        phases = [("steady, editor publishing", None)]
        phases.append(("Redis stopped mid-run", lambda: redis.stop()))
        if database:
            phases.append(("database frozen 3 s", lambda: _freeze(database, 3)))
        for name, fault in phases:
            editor = Editor(site)
            editor.start()
            timer = _during(args.seconds / 3, fault) if fault else None
            result = wrk(site.url, paths, args.connections, args.seconds)
            editor.stop.set()
            editor.join()
            if timer:
                timer.join()
            memory = ", ".join(f"{m:.0f}" for m in worker_rss_mib(site))
            print(result.line(name) + f"{memory:>12}   ({editor.published} published)")
    finally:
        site.stop()
        redis.stop()
        if database:
            database.remove()
        shutil.rmtree(tmp, ignore_errors=True)


def _freeze(database, seconds):
    database.freeze()
    time.sleep(seconds)
    database.thaw()


if __name__ == "__main__":
    main()

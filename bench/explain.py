"""The query plans of the public pages on PostgreSQL, with a warning for every
sequential scan of the article table (or its tag and byline tables).

    .venv/bin/python bench/explain.py --database-url postgres://postgres@127.0.0.1:5432/nr_bench

Run it on a database filled by `bench/run.py --database-url …` (or
`manage.py generate_articles --count 100000`). Each page is requested once
with the page cache off; every SELECT it ran is explained with ANALYZE.
Exits 1 when a plan scans a watched table sequentially.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WATCHED = ("articles_article", "articles_taggedarticle", "articles_articleauthor")
PAGES = """
from django.db.models import Count
from articles.models import Article, Section, Tag
from authors.models import Author
article = Article.objects.published().filter(tags__isnull=False).first()
tag = Tag.objects.annotate(n=Count("tagged_articles")).order_by("-n").first()
author = Author.objects.annotate(n=Count("credits")).order_by("-n").first()
section = Section.objects.annotate(n=Count("articles")).order_by("-n").first()
"""


def setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("DEBUG", "true")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()


def pages() -> dict[str, str]:
    scope: dict = {}
    exec(PAGES, scope)
    return {
        "home": "/",
        "article": scope["article"].get_absolute_url(),
        "section": scope["section"].get_absolute_url(),
        "tag": scope["tag"].get_absolute_url(),
        "author": scope["author"].get_absolute_url(),
        "search": "/cerca/?q=Polestar",
        "search two words": "/cerca/?q=Toyota+incentivi",
        # In 1% of the articles: gathered from the GIN index, not walked by date.
        "search, a model": "/cerca/?q=Tonale",
        # In 3% and 12%: gathered among the newest articles only, the date
        # index and the GIN index combined (a window).
        "search, a topic": "/cerca/?q=Metano",
        "search, a city": "/cerca/?q=Torino",
        # Words in most generated articles: only the newest matches are ranked,
        # found by walking the publication date index.
        "search, common words": "/cerca/?q=batteria+ricarica",
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--verbose", action="store_true", help="print whole plans")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        print("bench/explain.py reads PostgreSQL plans: pass --database-url postgres://…")
        return 2
    setup(args.database_url)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from articles.models import Article

    with connection.cursor() as cursor:
        # Fresh statistics and visibility map after a bulk load (index-only scans).
        cursor.execute("VACUUM ANALYZE")
    print(f"{Article.objects.count()} articles; plans of each page's queries (EXPLAIN ANALYZE)")
    client, flagged = Client(HTTP_HOST="127.0.0.1"), []
    for name, path in pages().items():
        with CaptureQueriesContext(connection) as queries:
            status = client.get(path).status_code
        total = 0.0
        print(f"\n== {name} {path} (HTTP {status}, {len(queries)} queries)")
        for n, query in enumerate(queries.captured_queries, 1):
            sql = query["sql"]
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + sql)
                plan = [row[0] for row in cursor.fetchall()]
            took = float(re.search(r"Execution Time: ([\d.]+)", plan[-1]).group(1))
            total += took
            scans = [line.strip() for line in plan if re.search(r"Seq Scan on (\w+)", line)]
            seq = [s for s in scans if any(f"Seq Scan on {t} " in s + " " for t in WATCHED)]
            used = sorted(
                set(
                    re.findall(
                        r"(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)",
                        "\n".join(plan),
                    )
                )
            )
            mark = "SEQ SCAN " if seq else ""
            print(f"  {n:>2}. {took:7.2f} ms  {mark}{sql[:90]}…")
            print(f"      indexes: {', '.join(used) or '—'}")
            for line in seq:
                print(f"      !! {line}")
                flagged.append((name, line))
            if args.verbose:
                print("\n".join("      " + line for line in plan))
        print(f"  total SQL {total:.1f} ms")
    print()
    if flagged:
        print(f"{len(flagged)} sequential scans of {', '.join(WATCHED)}:")
        for name, line in flagged:
            print(f"  {name}: {line}")
        return 1
    print("No sequential scan of the article, tag or byline tables.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

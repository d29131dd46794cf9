"""Fill the database with realistic generated articles, for scale tests and the benchmark.

    python manage.py generate_articles --count 100000 [--reset] [--seed 7]

Bulk inserts in batches (articles, bylines and tags through-tables), with no
per-row signal or revision: 100,000 articles take minutes on SQLite and
PostgreSQL. ``--count`` adds to what is there; ``--reset`` first deletes the
articles an earlier run generated. A few dozen small drawn JPEGs go into the
media library once (through media.services, like an upload) and are shared as
lead pictures and galleries. The page cache is retired at the end.
"""

from __future__ import annotations

import random
import time
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from articles import fields as article_fields
from articles.models import Article, ArticleAuthor, ArticleKind, Section, Tag, TaggedArticle
from articles.search import FILL_SEARCH_VECTORS
from articles.workflow import Status
from authors.models import Author
from demo import data
from demo.illustrations import ILLUSTRATION_CREDIT, draw_lead_image
from demo.scale import phrases as P
from media import services as media_services
from media.models import Gallery, Picture
from newsroom import pagecache
from newsroom.images import ARTICLE_RENDITIONS
from newsroom.slugs import slugify

MARK = "--g"  # in every generated slug (slugify never makes "--"): what --reset deletes
PICTURE_PREFIX = "scala-"
GALLERY_PREFIX = "Scala: "
PICTURES = 36
GALLERIES = 12
BODY_POOL = 2000
YEARS = 6
KINDS = [
    (ArticleKind.NEWS, 80),
    (ArticleKind.REVIEW, 6),
    (ArticleKind.OPINION, 5),
    (ArticleKind.ANALYSIS, 6),
    (ArticleKind.GALLERY, 3),
]
EVENTS = ["Salone di Ginevra", "Salone di Monaco", "Salone di Parigi", "Motor Valley Fest",
          "Auto e Moto d'Epoca", "Mille Miglia", "24 Ore di Le Mans", "Gran Premio di Monza"]  # fmt: skip

SEARCH_VECTOR_SQL = FILL_SEARCH_VECTORS + " WHERE a.id BETWEEN %s AND %s"


@contextmanager
def memoized_sanitizer():
    """The body field cleans every value on save: generated bodies come from a
    small pool, so each distinct body is cleaned once (same input, same output)."""
    original = article_fields.clean_html
    cleaned = {}

    def clean(value):
        if value not in cleaned:
            cleaned[value] = original(value)
        return cleaned[value]

    article_fields.clean_html = clean
    try:
        yield
    finally:
        article_fields.clean_html = original


class Command(BaseCommand):
    help = "Add generated articles (bulk inserts) for scale tests and benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--batch", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=None)
        parser.add_argument(
            "--pictures", type=int, default=PICTURES, help="Library pictures shared as lead images."
        )
        parser.add_argument(
            "--reset", action="store_true", help="Delete previously generated articles first."
        )

    def handle(self, *args, count, batch, seed, reset, pictures, **options):
        if count < 0 or batch < 1 or pictures < 6:
            raise CommandError("--count must be >= 0, --batch >= 1 and --pictures >= 6")
        started = time.monotonic()
        self.rng = random.Random(seed)
        if reset:
            deleted = self._reset()
            self.stdout.write(f"Deleted {deleted} generated articles.")
        sections = self._sections()
        authors = self._authors()
        tags = self._tags()
        pictures = self._pictures(pictures)
        galleries = self._galleries(pictures)
        bodies = [self._body() for _ in range(BODY_POOL)]
        self.stdout.write(
            f"Generating {count} articles: {len(sections)} sections, {len(authors)} authors, "
            f"{len(tags)} tags, {len(pictures)} pictures, {len(galleries)} galleries."
        )
        run = f"{int(time.time()):x}"
        done = 0
        with memoized_sanitizer():
            while done < count:
                size = min(batch, count - done)
                rows = [
                    self._article(f"{run}-{done + i}", sections, pictures, galleries, bodies)
                    for i in range(size)
                ]
                self._insert(rows, authors, tags)
                done += size
                self.stdout.write(
                    f"  {done:>7} / {count} articles ({time.monotonic() - started:.0f} s)"
                )
        with connection.cursor() as cursor:
            # Statistics for the query planner after a bulk load (and, on
            # PostgreSQL, the visibility map that index-only scans need).
            if connection.vendor == "postgresql":
                # VACUUM cannot run inside a transaction (a caller's, or a test's):
                # there the statistics alone.
                verb = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                cursor.execute(f"{verb} articles_article, articles_taggedarticle")
                cursor.execute(f"{verb} articles_articleauthor")
            else:
                cursor.execute("ANALYZE")
        pagecache.invalidate()
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {count} articles in {time.monotonic() - started:.1f} s; "
                f"{Article.objects.count()} articles in all."
            )
        )

    # Shared rows, made once and found again by later runs.

    def _reset(self) -> int:
        generated = Article.objects.filter(slug__contains=MARK)
        ids = list(generated.values_list("pk", flat=True))
        for start in range(0, len(ids), 5000):
            chunk = ids[start : start + 5000]
            TaggedArticle.objects.filter(content_object_id__in=chunk).delete()
            ArticleAuthor.objects.filter(article_id__in=chunk).delete()
            Article.objects.filter(pk__in=chunk).delete()
        pagecache.invalidate()
        return len(ids)

    def _sections(self) -> list[Section]:
        for index, item in enumerate(data.SECTIONS):
            Section.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "name": item["name"],
                    "description": item["description"],
                    "order": item.get("order", index),
                },
            )
        return list(Section.objects.all())

    def _authors(self) -> list[Author]:
        for item in data.AUTHORS:
            Author.objects.get_or_create(
                slug=item["slug"], defaults={"name": item["name"], "bio": item.get("bio", "")}
            )
        names = {f"{first} {last}" for first in P.FIRST_NAMES[:6] for last in P.LAST_NAMES[:5]}
        for name in sorted(names):
            Author.objects.get_or_create(slug=slugify(name), defaults={"name": name})
        return list(Author.objects.filter(is_active=True))

    def _tags(self) -> dict[str, Tag]:
        wanted = [*P.BRANDS, *P.MODELS, *P.TOPICS]
        wanted += [f"{event} {year}" for event in EVENTS for year in range(2019, 2028)]
        existing = {t.name.lower(): t for t in Tag.objects.all()}
        slugs = {t.slug for t in existing.values()}
        new = []
        for name in wanted:
            if name.lower() in existing:
                continue
            tag = Tag(name=name, slug=Tag().slugify(name))
            n = 1
            while tag.slug in slugs:
                tag.slug, n = Tag().slugify(name, n), n + 1
            slugs.add(tag.slug)
            existing[name.lower()] = tag
            new.append(tag)
        Tag.objects.bulk_create(new)
        by_name = {t.name.lower(): t for t in Tag.objects.all()}
        return {name: by_name[name.lower()] for name in wanted}

    def _pictures(self, wanted: int) -> list[Picture]:
        pictures = list(
            Picture.objects.filter(original_name__startswith=PICTURE_PREFIX).order_by("pk")
        )
        width = min(settings.DEMO_IMAGE_WIDTH, 800)
        for n in range(len(pictures), wanted):
            motif = P.MOTIFS[n % len(P.MOTIFS)]
            cars = (P.CAR_COLOURS[n % 8], P.CAR_COLOURS[(n + 3) % 8], P.CAR_COLOURS[(n + 5) % 8])
            jpeg = draw_lead_image(f"{PICTURE_PREFIX}{n}", motif, cars=cars, width=width)
            picture = media_services.picture_ingest(
                upload=ContentFile(jpeg, name=f"{PICTURE_PREFIX}{n:02d}.jpg")
            )
            picture.title = picture.caption = f"Immagine di repertorio {n + 1}"
            picture.alt = "Illustrazione di repertorio della redazione"
            picture.credit = ILLUSTRATION_CREDIT
            media_services.picture_save(picture=picture)
            media_services.ensure_renditions(picture, ARTICLE_RENDITIONS)
            pictures.append(picture)
        return pictures

    def _galleries(self, pictures) -> list[Gallery]:
        galleries = list(Gallery.objects.filter(title__startswith=GALLERY_PREFIX).order_by("pk"))
        for n in range(len(galleries), GALLERIES):
            chosen = self.rng.sample(pictures, 6)
            galleries.append(
                media_services.gallery_save(
                    gallery=Gallery(title=f"{GALLERY_PREFIX}fotogallery {n + 1}"), pictures=chosen
                )
            )
        return galleries

    # Text from the phrase pools.

    def _fill(self, text: str) -> str:
        r = self.rng
        return text.format(
            n=r.randint(2, 60),
            km=r.randrange(250, 700, 5),
            price=f"{r.randrange(14, 90) * 1000:,}".replace(",", "."),
            kwh=r.randrange(40, 100),
            min=r.randrange(18, 45),
            cv=r.randrange(90, 600, 5),
            sec=f"{r.uniform(3, 11):.1f}".replace(".", ","),
        )

    def _body(self) -> str:
        r = self.rng
        parts = []
        for index in range(r.randint(4, 9)):
            if index == 3:
                parts.append(f"<h2>{r.choice(P.SUBHEADS)}</h2>")
            sentences = " ".join(self._fill(s) for s in r.sample(P.SENTENCES, r.randint(2, 4)))
            parts.append(f"<p>{sentences}</p>")
        if r.random() < 0.3:
            parts.insert(2, f"<blockquote><p>{r.choice(P.QUOTES)}</p></blockquote>")
        return "\n".join(parts)

    def _title(self, brand, model, topic) -> str:
        r = self.rng
        return r.choice(P.TITLE_PATTERNS).format(
            brand=brand,
            model=model,
            topic=topic,
            what=r.choice(P.WHAT),
            fact=r.choice(P.FACT),
            verb=r.choice(P.VERB),
            thing=r.choice(P.THING),
            news=r.choice(P.NEWS),
            verdict=r.choice(P.VERDICT),
        )

    def _article(self, suffix, sections, pictures, galleries, bodies):
        r = self.rng
        now = timezone.now()
        brand, model = r.choice(P.BRANDS), r.choice(P.MODELS)
        topics = r.sample(P.TOPICS, r.randint(1, 3))
        tag_names = [brand, *topics]
        if r.random() < 0.6:
            tag_names.append(model)
        if r.random() < 0.15:
            tag_names.append(f"{r.choice(EVENTS)} {r.randint(2019, 2027)}")
        while len(tag_names) < 3:
            tag_names.append(r.choice([t for t in P.TOPICS if t not in tag_names]))
        title = self._title(brand, model, topics[0])[:200]
        kind = r.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        roll = r.random()
        if roll < 0.03:
            status, published_at = Status.DRAFT, None
        elif roll < 0.04:
            status, published_at = Status.PUBLISHED, now + timedelta(minutes=r.randint(60, 43200))
        else:
            status = Status.PUBLISHED
            published_at = now - timedelta(seconds=r.randint(60, YEARS * 365 * 86400))
        gallery = r.choice(galleries) if kind == ArticleKind.GALLERY else None
        article = Article(
            title=title,
            slug=f"{slugify(title, max_length=150)}{MARK}{suffix}",
            kicker=r.choice(P.KICKERS),
            standfirst=self._fill(r.choice(P.SENTENCES)),
            body=r.choice(bodies),
            kind=kind,
            section=r.choice(sections),
            lead_picture=r.choice(pictures) if r.random() < 0.9 else None,
            gallery=gallery,
            status=status,
            published_at=published_at,
            updated_at=published_at or now,
        )
        article.tag_names = tag_names[:6]
        return article

    @transaction.atomic
    def _insert(self, rows, authors, tags):
        Article.objects.bulk_create(rows)
        r = self.rng
        credits, tagged = [], []
        for article in rows:
            byline = r.sample(authors, 2 if r.random() < 0.1 else 1)
            credits += [
                ArticleAuthor(article=article, author=author, position=position)
                for position, author in enumerate(byline)
            ]
            tagged += [
                TaggedArticle(content_object=article, tag=tags[name])
                for name in dict.fromkeys(article.tag_names)
            ]
        ArticleAuthor.objects.bulk_create(credits)
        TaggedArticle.objects.bulk_create(tagged)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(SEARCH_VECTOR_SQL, [rows[0].pk, rows[-1].pk])

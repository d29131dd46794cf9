"""Load the demo newsroom: sections, authors, 30+ articles with drawn images.

Idempotent: rows are keyed by slug and existing ones are left untouched, so a
second run changes nothing. ``settings.DEMO_IMAGE_WIDTH`` sets the size of the
drawn pictures (tests make them small: rendering them is most of a seed).
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from articles import services
from articles.models import Article, ArticleKind, Section, Sponsor, Tone
from articles.workflow import Status
from authors.models import Author
from demo import data
from demo.frontpage import seed_front_page
from demo.illustrations import ILLUSTRATION_CREDIT, draw_lead_image
from media import services as media_services
from media.models import Gallery
from publisher.models import Publisher

DEMO_USERNAME = "redazione"
DEMO_PASSWORD = "redazione-demo-2026"
# One login per newsroom role (groups made by the roles migration), with a
# person's name: the desk shows who is editing and who did what.
ROLE_USERS = [
    ("redattore", "Redattore", "redattore-demo-2026"),
    ("caporedattore", "Caporedattore", "caporedattore-demo-2026"),
    ("amministratore", "Amministratore", "amministratore-demo-2026"),
]
ROLE_NAMES = {
    "redattore": ("Sara", "Colombo"),
    "caporedattore": ("Mario", "Rossi"),
    "amministratore": ("Anna", "Ferri"),
}
TONES = [Tone.BLUE, Tone.RED, Tone.GREEN, Tone.VIOLET, Tone.TEAL, Tone.AMBER, Tone.SLATE]


class Command(BaseCommand):
    help = "Load the demo newsroom (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            sections = self._sections()
            authors = self._authors()
            sponsor = self._sponsor()
            created = self._articles(sections, authors, sponsor)
            self._publisher()
            seed_front_page()
            user_created = self._demo_user()
            role_created = self._role_users()
            # Demo consent services (statistics script, embeds), by command name only.
            call_command("seed_consent_demo", stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo: {len(sections)} sections, {len(authors)} authors, "
                f"{Article.objects.count()} articles ({created} new)."
            )
        )
        self.stdout.write(
            f"Demo login for /admin/: {DEMO_USERNAME} / {DEMO_PASSWORD}"
            + ("" if user_created else " (already present)")
        )
        for username, role, password in ROLE_USERS:
            self.stdout.write(
                f"  {role}: {username} / {password}"
                + ("" if username in role_created else " (already present)")
            )

    def _sections(self):
        sections = {}
        for index, item in enumerate(data.SECTIONS):
            sections[item["slug"]], _ = Section.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "name": item["name"],
                    "description": item["description"],
                    "order": item.get("order", index),
                    "tone": TONES[index % len(TONES)],
                },
            )
        return sections

    def _authors(self):
        authors = {}
        for item in data.AUTHORS:
            fields = {k: item.get(k, "") for k in ("name", "bio", "website", "twitter", "linkedin")}
            role, order = data.AUTHOR_ROLES.get(item["slug"], ("", 100))
            fields.update(role=role, masthead_order=order)
            authors[item["slug"]], _ = Author.objects.get_or_create(
                slug=item["slug"], defaults={**fields, "is_active": item.get("active", True)}
            )
        return authors

    def _sponsor(self):
        sponsor, _ = Sponsor.objects.get_or_create(name=data.SPONSOR["name"], defaults=data.SPONSOR)
        return sponsor

    def _publisher(self):
        """The demo's legal data (invented), unless a record exists already."""
        if Publisher.objects.exists():
            return
        record = Publisher(**data.PUBLISHER)
        record.full_clean()
        record.save()

    def _articles(self, sections, authors, sponsor):
        existing = set(Article.objects.values_list("slug", flat=True))
        now = timezone.now().replace(second=0, microsecond=0)
        created = 0
        for item in [*data.ARTICLES, *data.GALLERY_ARTICLES, *data.SPONSORED_ARTICLES]:
            if item["slug"] in existing:
                continue
            article = Article(
                title=item["title"],
                slug=item["slug"],
                kicker=item["kicker"],
                standfirst=item["standfirst"],
                body=item["body"],
                kind=item.get("kind", data.KINDS.get(item["slug"], ArticleKind.NEWS)),
                sponsor=sponsor if item.get("sponsor") else None,
                section=sections[item["section"]],
                featured=item.get("featured", False),
                status=Status.PUBLISHED,
                published_at=_published_at(item, now),
            )
            if "gallery" in item:
                article.gallery = self._gallery(item["slug"], item["gallery"])
                article.lead_picture = article.gallery.items.first().picture
            else:
                article.lead_picture = _picture(item["slug"], item["image"])
            services.article_save(
                article=article,
                tags=item["tags"],
                byline=[authors[slug] for slug in item["authors"]],
            )
            # Seeded as if written when published: no "Aggiornato il" on a demo piece.
            Article.objects.filter(pk=article.pk).update(updated_at=article.published_at)
            created += 1
        return created

    def _gallery(self, slug, gallery):
        pictures = [
            _picture(f"{slug}-{n}", photo) for n, photo in enumerate(gallery["photos"], start=1)
        ]
        return media_services.gallery_save(
            gallery=Gallery(title=gallery["title"]), pictures=pictures
        )

    def _demo_user(self):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={"is_staff": True, "is_superuser": True, "email": "redazione@example.com"},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        return created

    def _role_users(self):
        User = get_user_model()
        created = set()
        for username, role, password in ROLE_USERS:
            first, last = ROLE_NAMES[username]
            user, is_new = User.objects.get_or_create(
                username=username,
                defaults={
                    "is_staff": True,
                    "email": f"{username}@example.com",
                    "first_name": first,
                    "last_name": last,
                },
            )
            if is_new:
                user.set_password(password)
                user.save()
                created.add(username)
            user.groups.add(Group.objects.get(name=role))
        return created


def _picture(name, image):
    """A drawn picture, into the library as the desk uploads one, then described."""
    drawing = draw_lead_image(
        name,
        image["motif"],
        cars=image.get("cars", ()),
        body=image.get("body", "sedan"),
        width=settings.DEMO_IMAGE_WIDTH,
    )
    picture = media_services.picture_ingest(upload=ContentFile(drawing, name=f"{name[:60]}.jpg"))
    picture.title = image["caption"][:200]
    picture.alt = image["alt"]
    picture.caption = image["caption"]
    picture.credit = ILLUSTRATION_CREDIT
    picture.source = "Redazione"
    return media_services.picture_save(picture=picture)


def _published_at(item, now):
    """A fixed date for a story whose text is tied to one, else hours before now."""
    if "published" in item:
        return timezone.make_aware(datetime.fromisoformat(item["published"]))
    return now - timedelta(hours=item["hours_ago"])

import tomllib
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from setuptools import find_packages

from articles.models import Article, Section
from authors.models import Author
from demo.illustrations import ILLUSTRATION_CREDIT

# Under pytest-xdist the whole module runs in one worker: its seeded demo is made once.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.xdist_group("test_seed_demo"),
]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    # Seeding draws and renders 30+ images (small ones: tests.settings sets
    # DEMO_IMAGE_WIDTH): do it once for this module, inside a transaction
    # rolled back at the end so other modules start empty.
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


def _snapshot():
    return sorted(
        Article.objects.values_list("slug", "title", "updated_at", "published_at", "lead_picture")
    )


def test_seed_loads_a_realistic_newsroom(seeded):
    assert Article.objects.published().count() >= 31
    assert Author.objects.count() >= 6
    assert Section.objects.count() >= 5
    tags = {t for a in Article.objects.prefetch_related("tags") for t in a.tags.names()}
    assert len(tags) >= 40
    assert all(a.lead_image_renditions for a in Article.objects.all())


def test_seed_article_is_the_home_lead_with_a_persons_byline(client, seeded):
    lead = client.get("/").context["lead"]
    assert "Busan" in lead.title
    assert [(a.name, a.slug) for a in lead.byline] == [("Elena Marchetti", "digitalvoice")]
    assert lead.kicker == lead.section.name == "Industria"
    page = client.get(lead.get_absolute_url()).content.decode()
    assert "Polestar 4 sarà il primo veicolo completamente elettrico" in page
    for junk in ("Cookie Consent", "Share this", "555555", "rinascimento", "NELLA FOTO"):
        assert junk.lower() not in page.lower(), junk


def test_seed_article_is_dated_on_the_day_of_the_announcement(seeded):
    # Its text has Polestar 3 production "all'inizio del 2024" still ahead.
    lead = Article.objects.get(featured=True)
    assert timezone.localtime(lead.published_at).date() == date(2023, 11, 10)


def test_no_kicker_names_another_section(seeded):
    names = set(Section.objects.values_list("name", flat=True))
    for article in Article.objects.select_related("section"):
        assert article.kicker not in names - {article.section.name}, article.slug


def test_every_picture_is_credited_as_a_drawing_and_described_as_one(seeded):
    for article in Article.objects.all():
        assert article.lead_image_credit == ILLUSTRATION_CREDIT
        assert article.lead_image_alt.startswith("Illustrazione: "), article.slug
        assert article.lead_image_caption, article.slug


def test_demo_pictures_are_drawn_at_the_configured_width(seeded):
    # Renditions are never wider than their source: the widest is the drawing.
    for article in Article.objects.all():
        widest = max(size["w"] for size in article.lead_image_renditions["lead"])
        assert widest == settings.DEMO_IMAGE_WIDTH, article.slug


def test_seed_is_idempotent(seeded):
    before = _snapshot()
    counts = (Section.objects.count(), Author.objects.count())
    call_command("seed_demo", verbosity=0)
    assert _snapshot() == before
    assert (Section.objects.count(), Author.objects.count()) == counts


def test_seed_creates_one_login_per_role_idempotently(seeded):
    User = get_user_model()
    for username, role in [
        ("redattore", "Redattore"),
        ("caporedattore", "Caporedattore"),
        ("amministratore", "Amministratore"),
    ]:
        user = User.objects.get(username=username)
        assert user.is_staff and not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [role]
    call_command("seed_demo", verbosity=0)
    assert User.objects.filter(username__in=["redattore", "caporedattore"]).count() == 2


def test_seed_prints_the_demo_logins(seeded, capsys):
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "redazione / redazione-demo-2026" in out
    assert "Caporedattore: caporedattore / caporedattore-demo-2026" in out


def test_the_demo_is_not_part_of_the_installable_package():
    found = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    rules = found["packages"]["find"]
    packages = find_packages(ROOT, include=rules["include"], exclude=rules.get("exclude", ()))
    assert {"newsroom", "articles", "authors", "consent"} <= set(packages)
    assert not [p for p in packages if p.split(".")[0] in ("demo", "tests", "bench")]


def test_the_demo_home_has_pins_an_ultimora_and_reads(seeded, client):
    from frontpage.models import BreakingNews, HourlyReads, Pin

    assert Pin.objects.filter(starts_at__isnull=True).exists()
    assert Pin.objects.filter(starts_at__gt=timezone.now()).exists()  # tomorrow's change
    assert BreakingNews.objects.running().exists()
    assert HourlyReads.objects.count() > 50
    home = client.get("/").context["home"]
    assert home.pinned and home.most_read_day and home.most_read_week

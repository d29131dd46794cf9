import pytest
from django.core.management import call_command
from django.db import transaction

from articles.models import Article, Section
from authors.models import Author

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    # Seeding draws and renders 30+ images: do it once for this module, inside
    # a transaction rolled back at the end so other modules start empty.
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


def _snapshot():
    return sorted(
        Article.objects.values_list("slug", "title", "updated_at", "published_at", "lead_image")
    )


def test_seed_loads_a_realistic_newsroom(seeded):
    assert Article.objects.published().count() >= 31
    assert Author.objects.count() >= 6
    assert Section.objects.count() >= 5
    tags = {t for a in Article.objects.prefetch_related("tags") for t in a.tags.names()}
    assert len(tags) >= 40
    assert all(a.lead_image_renditions for a in Article.objects.all())


def test_seed_article_is_the_home_lead_with_its_author(client, seeded):
    response = client.get("/")
    lead = response.context["lead"]
    assert "Busan" in lead.title and [a.name for a in lead.byline] == ["digitalvoice"]
    page = client.get(lead.get_absolute_url()).content.decode()
    assert "Polestar 4 sarà il primo veicolo completamente elettrico" in page
    assert "Cookie Consent" not in page and "Share this" not in page and "555555" not in page


def test_seed_is_idempotent(seeded):
    before = _snapshot()
    counts = (Section.objects.count(), Author.objects.count())
    call_command("seed_demo", verbosity=0)
    assert _snapshot() == before
    assert (Section.objects.count(), Author.objects.count()) == counts


def test_seed_creates_one_login_per_role_idempotently(seeded):
    from django.contrib.auth import get_user_model

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

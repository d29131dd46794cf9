import pytest
from django.core.cache import cache

from tests.support.consent_support import demo_consent, embed_article  # noqa: F401  (consent fixtures)


def pytest_collection_modifyitems(config, items):
    # Under pytest-xdist (--dist loadgroup), tests that share a module- or
    # class-scoped fixture (a seeded demo, a private server) stay on one
    # worker, so it is built once; the other tests spread one by one.
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        definitions = getattr(item, "_fixtureinfo", None)
        shared = definitions and any(
            defs[-1].scope in ("module", "class") and defs[-1].baseid.startswith("tests")
            for defs in definitions.name2fixturedefs.values()
        )
        if shared:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


@pytest.fixture(autouse=True)
def _isolated_cache():
    # The navigation and other fragments are cached; one test's sections
    # must never leak into the next.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def admin_user_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "capo", "capo@example.com", "password-di-prova"
    )
    client.force_login(user)
    client.user = user
    return client

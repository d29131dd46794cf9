import pytest
from django.core.cache import cache

from articles import search
from newsroom import images
from tests.support.consent_support import (  # noqa: F401  (consent fixtures)
    banner_rendered_or_kept,
    demo_consent,
    embed_article,
)
from tests.support.renditions import remembering


@pytest.fixture(autouse=True)
def _isolated_cache():
    # The navigation and other fragments are cached; one test's sections
    # must never leak into the next.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True, scope="session")
def _renditions_made_once_per_content():
    real = images.build_renditions
    images.build_renditions = remembering(real)
    yield
    images.build_renditions = real


@pytest.fixture(autouse=True)
def _search_remembers_nothing_yet(monkeypatch):
    # What a worker keeps between searches (stems, the way to rank each
    # search) starts empty in each test, as in a new worker.
    monkeypatch.setattr(search, "_STEMS", {})
    monkeypatch.setattr(search, "_CHOSEN", {})
    monkeypatch.setattr(search, "_CUTOFFS", {})
    monkeypatch.setattr(search, "_ARTICLES", {})


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

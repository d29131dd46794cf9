"""Response headers of home, article, feed, static files and the admin (issue 10, secure by default)."""

import pytest
from django.test import Client
from django.urls import reverse

from consent.models import CategoryKey, ConsentCategory, ConsentScript
from newsroom.embeds import frame_origins
from tests.support.factories import ArticleFactory

pytestmark = pytest.mark.django_db

OFF = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics", "autoplay"]


def policy(header: str) -> dict[str, list[str]]:
    directives = (part.strip().split() for part in header.split(";") if part.strip())
    return {d[0]: d[1:] for d in directives}


def features(header: str) -> dict[str, str]:
    return dict(item.strip().split("=", 1) for item in header.split(","))


@pytest.fixture
def gated_script():
    category = ConsentCategory.objects.get(key=CategoryKey.STATISTICS)
    return ConsentScript.objects.create(
        category=category, name="Analisi", src="https://cdn.example/a.js"
    )


@pytest.fixture
def urls(db):
    article = ArticleFactory()
    return {
        "home": reverse("articles:home"),
        "article": article.get_absolute_url(),
        "feed": reverse("articles:feed"),
        "admin login": reverse("admin:login"),
        "admin": reverse("admin:articles_article_change", args=[article.pk]),
        "not found": "/non-esiste/",
    }


def test_every_response_switches_off_powerful_features_but_keeps_embed_fullscreen(client, urls):
    for name, url in urls.items():
        header = client.get(url).headers["Permissions-Policy"]
        allowed = features(header)
        for feature in OFF:
            assert allowed[feature] == "()", (name, feature)
        for origin in frame_origins():
            assert f'"{origin}"' in allowed["fullscreen"], name
        assert allowed["fullscreen"].startswith("(self ")


def test_public_pages_have_the_strict_policy_with_the_gated_script_host(client, urls, gated_script):
    for name in ("home", "article", "feed", "not found"):
        csp = policy(client.get(urls[name]).headers["Content-Security-Policy"])
        assert csp["frame-ancestors"] == ["'none'"], name
        assert csp["script-src"] == ["'self'", "https://cdn.example"], name
        assert "'unsafe-inline'" not in csp["style-src"], name
        assert csp["object-src"] == ["'none'"], name


def test_the_admin_has_its_own_strict_policy_without_any_gated_script_host(
    admin_user_client, urls, gated_script
):
    for name, user in (("admin login", Client()), ("admin", admin_user_client)):
        response = user.get(urls[name])
        assert response.status_code == 200, name
        csp = policy(response.headers["Content-Security-Policy"])
        # 'self' and the hash of the editor's import map, nothing else.
        assert csp["script-src"][0] == "'self'", name
        assert [s[:8] for s in csp["script-src"][1:]] == ["'sha256-"], name
        assert csp["default-src"] == ["'self'"], name
        assert csp["frame-ancestors"] == ["'none'"], name
        assert csp["frame-src"] == ["'none'"], name
        assert csp["object-src"] == ["'none'"], name
        assert csp["form-action"] == ["'self'"], name
        assert "'unsafe-inline'" not in csp["style-src"], name
        assert "'unsafe-eval'" not in " ".join(sum(csp.values(), [])), name
        assert response.headers["X-Frame-Options"] == "DENY"


def test_a_report_only_switch_makes_the_admin_policy_report_only_too(
    admin_user_client, urls, settings, gated_script
):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = None
    response = admin_user_client.get(urls["admin"])
    assert "Content-Security-Policy" not in response.headers
    report = policy(response.headers["Content-Security-Policy-Report-Only"])
    assert "https://cdn.example" not in report["script-src"]
    assert report["frame-ancestors"] == ["'none'"]

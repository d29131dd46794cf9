"""Shared helpers for the consent tests (imported, not a conftest)."""

import io
import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command

from consent import policy
from tests.support.factories import ArticleFactory

ORIGIN = "http://testserver"
YOUTUBE_BODY = (
    "<p>Prima del video.</p>"
    '<iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ" allowfullscreen></iframe>'
)
DEMO_SCRIPT = "/static/js/demo-analytics.js"


@pytest.fixture
def demo_consent(db):
    call_command("seed_consent_demo", stdout=io.StringIO())


@pytest.fixture(params=[0, 300], ids=["banner-rendered", "banner-kept"])
def banner_rendered_or_kept(request, settings):
    """Each consent test twice: the banner rendered at each request, and kept
    for each consent state as production keeps it."""
    settings.FRAGMENT_CACHE_SECONDS = request.param


@pytest.fixture
def embed_article(db):
    return ArticleFactory(body=YOUTUBE_BODY, tags=["Ricarica"])


def choose(client, action, *, categories=(), next_url="/", via=None, **headers):
    data = {"action": action, "next": next_url}
    if categories:
        data["categories"] = list(categories)
    if via:
        data["via"] = via
    headers.setdefault("HTTP_ORIGIN", ORIGIN)
    return client.post("/cookie/scelta/", data, **headers)


def stored_choice(response) -> policy.Choice | None:
    morsel = response.cookies.get(policy.COOKIE_NAME)
    return policy.decode(morsel.value) if morsel else None


def gating(html: str) -> dict:
    """What a page carries: the statistics script, a live YouTube frame, a placeholder."""
    return {
        "script": f'<script src="{DEMO_SCRIPT}"' in html,
        "iframe": "<iframe" in html and "youtube-nocookie.com/embed/aqz-KE-bpKQ" in html,
        "placeholder": 'class="embed__placeholder"' in html
        and 'class="embed__placeholder" hidden' not in html,
    }


def banner_shown(html: str) -> bool:
    match = re.search(r'<section class="consent" id="consent-banner"[^>]*>', html)
    return bool(match) and " hidden" not in match.group(0)


class ElementFinder(HTMLParser):
    """Collect the start tags of elements whose attributes match."""

    def __init__(self, **wanted):
        super().__init__()
        self.wanted, self.found = wanted, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if all(k in attrs and attrs[k] == v for k, v in self.wanted.items()):
            self.found.append((tag, attrs))

    @classmethod
    def find(cls, html, **wanted):
        parser = cls(**wanted)
        parser.feed(html)
        return parser.found

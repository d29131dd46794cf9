"""The legal line (testata, editore, P.IVA, registration, direttore) is in the
footer of every public page a reader can reach, and the transparency pages are
reachable from it."""

import pytest
from django.core.management import call_command
from django.db import transaction

from publisher.models import Publisher
from tests import settings as suite_settings
from tests.support.crawl import crawl

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(seeded, settings):
    settings.MEDIA_ROOT = suite_settings.MEDIA_ROOT


class _Recording:
    """A test client that keeps the HTML of every page the crawl opens."""

    def __init__(self, client):
        self.client, self.pages = client, {}

    def get(self, path):
        response = self.client.get(path)
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            self.pages[path] = response.content.decode()
        return response


def test_every_public_page_carries_the_legal_line_in_its_footer(client, demo):
    record = Publisher.objects.get()
    recording = _Recording(client)
    result = crawl(recording)
    for path, page in recording.pages.items():
        footer = page[page.index('<footer class="site-footer">') :]
        for text in (record.masthead, record.company, "P.IVA 12345678903", "Marco Bellandi"):
            assert text in footer, (path, text)
        assert "Registrata presso il Tribunale di Milano, n. 123/2024" in footer, path
    assert len(recording.pages) > 100
    for path in ("/chi-siamo/", "/redazione/", "/contatti/", "/policy-editoriale/"):
        assert result.statuses.get(path) == 200, path

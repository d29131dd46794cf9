"""The desk can look up what the import did; the article's history says it was imported."""

import pytest
from django.urls import reverse

from importer.models import ImportedPost
from tests.support.roles import role_user
from tests.support.wordpress import run_import

pytestmark = pytest.mark.django_db


def test_the_desk_reads_imported_posts_and_old_addresses_and_contributors_do_not(client):
    run_import(media_dir=None)
    lists = [reverse("admin:importer_importedpost_changelist"),
             reverse("admin:importer_oldpermalink_changelist")]  # fmt: skip
    client.force_login(role_user("Caporedattore"))
    for url in lists:
        page = client.get(url)
        assert page.status_code == 200, url
    record = ImportedPost.objects.get(wp_id=10)
    page = client.get(reverse("admin:importer_importedpost_change", args=[record.pk]))
    assert "Prova Tesla Model 3: autonomia reale e consumi" in page.content.decode()
    client.force_login(role_user("Redattore"))
    assert all(client.get(url).status_code == 403 for url in lists)


def test_the_articles_workflow_history_says_it_came_from_wordpress(client):
    run_import(media_dir=None)
    client.force_login(role_user("Caporedattore"))
    article = ImportedPost.objects.get(wp_id=10).article
    page = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    text = page.content.decode()
    assert "Importato da WordPress" in text
    assert "Importazione WordPress" in text  # the account the step is recorded under

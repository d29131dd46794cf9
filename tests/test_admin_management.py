"""Admins manage authors, tags and logins."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from articles.models import ArticleAuthor, Tag, TaggedArticle
from authors.models import Author
from tests.support.factories import ArticleFactory, AuthorFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def test_deleting_an_author_with_articles_is_refused_with_a_clear_message(client):
    author = AuthorFactory(name="Giulia Neri")
    ArticleFactory(authors=[author])
    client.force_login(role_user("Amministratore"))

    response = client.post(
        reverse("admin:authors_author_delete", args=[author.pk]), {"post": "yes"}, follow=True
    )

    html = response.content.decode()
    assert "Giulia Neri firma 1 articolo," in html  # one article, not "1 articoli"
    assert "Riassegna" in html
    assert Author.objects.filter(pk=author.pk).exists()
    assert ArticleAuthor.objects.filter(author=author).count() == 1


def test_admin_reassigns_articles_then_deletes_the_author(client):
    leaving, staying = AuthorFactory(name="In uscita"), AuthorFactory(name="Resta")
    shared = ArticleFactory(authors=[leaving, staying])
    solo = ArticleFactory(authors=[leaving])
    client.force_login(role_user("Amministratore"))

    client.post(reverse("admin:authors_author_reassign", args=[leaving.pk]), {"target": staying.pk})
    assert [a.pk for a in solo.byline] == [staying.pk]
    assert [a.pk for a in shared.byline] == [staying.pk]
    response = client.post(
        reverse("admin:authors_author_delete", args=[leaving.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Author.objects.filter(pk=leaving.pk).exists()


def test_admin_creates_links_and_deactivates_an_author(client):
    client.force_login(role_user("Amministratore"))
    login = get_user_model().objects.create_user("giulia", password="password-di-prova")
    response = client.post(
        reverse("admin:authors_author_add"),
        {"name": "Giulia Neri", "slug": "giulia-neri", "user": login.pk, "is_active": "on"},
    )
    assert response.status_code == 302
    author = Author.objects.get(slug="giulia-neri")
    assert author.user == login
    client.post(
        reverse("admin:authors_author_changelist"),
        {"action": "deactivate", "_selected_action": [author.pk]},
    )
    author.refresh_from_db()
    assert not author.is_active


def test_contributor_cannot_manage_authors(client):
    client.force_login(role_user("Redattore"))
    assert client.get(reverse("admin:authors_author_add")).status_code == 403


def test_admin_merges_duplicate_tags_keeping_every_article(client):
    a = ArticleFactory(tags=["Polestar"])
    b = ArticleFactory(tags=["Elettriche"])
    b.tags.add("polestar-dup")

    dup = Tag.objects.get(name="polestar-dup")
    dup.name = "polestar"
    dup.save()
    c = ArticleFactory(tags=["Polestar"])
    c.tags.add(dup)
    client.force_login(role_user("Amministratore"))
    chosen = {
        "action": "merge",
        "_selected_action": list(
            Tag.objects.filter(name__iexact="polestar").values_list("pk", flat=True)
        ),
    }
    old_slug = dup.slug

    question = client.post(reverse("admin:articles_tag_changelist"), chosen)
    assert "Scegli il tag che resta" in question.content.decode()
    assert Tag.objects.filter(name__iexact="polestar").count() == 2  # nothing merged yet

    # The desk picks the less used spelling to stay.
    client.post(reverse("admin:articles_tag_changelist"), {**chosen, "post": "yes", "keep": dup.pk})

    remaining = Tag.objects.filter(name__iexact="polestar")
    assert list(remaining) == [dup]
    assert set(TaggedArticle.objects.filter(tag=dup).values_list("content_object", flat=True)) == {
        a.pk,
        b.pk,
        c.pk,
    }
    gone = Tag.objects.filter(name="Polestar").exists()
    assert not gone
    assert old_slug == dup.slug


def test_merged_tag_pages_and_feeds_answer_301_to_the_tag_that_stays(client):
    ArticleFactory(tags=["Città 30"])
    ArticleFactory(tags=["Zone 30"])
    stays, goes = Tag.objects.get(name="Zone 30"), Tag.objects.get(name="Città 30")
    client.force_login(role_user("Amministratore"))
    client.post(
        reverse("admin:articles_tag_changelist"),
        {
            "action": "merge",
            "_selected_action": [stays.pk, goes.pk],
            "post": "yes",
            "keep": stays.pk,
        },
    )
    client.logout()
    page = client.get(f"/tag/{goes.slug}/")
    feed = client.get(f"/tag/{goes.slug}/feed/")
    assert (page.status_code, page["Location"]) == (301, f"/tag/{stays.slug}/")
    assert (feed.status_code, feed["Location"]) == (301, f"/tag/{stays.slug}/feed/")
    assert client.get(page["Location"]).status_code == 200


def test_desk_editor_cannot_merge_tags(client):
    client.force_login(role_user("Caporedattore"))
    ArticleFactory(tags=["Polestar"])
    page = client.get(reverse("admin:articles_tag_changelist"))
    assert page.status_code in (200, 403)
    assert 'value="merge"' not in page.content.decode()


def test_repeated_wrong_passwords_lock_the_login_with_an_italian_message(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    get_user_model().objects.create_user("capo", password="password-giusta", is_staff=True)
    url = reverse("admin:login")
    for _ in range(3):
        client.post(url, {"username": "capo", "password": "sbagliata"})
    response = client.post(url, {"username": "capo", "password": "password-giusta"})
    assert response.status_code == 429
    assert "Troppi accessi non riusciti" in response.content.decode()

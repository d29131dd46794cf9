"""No lost edits, revisions, previews and permalinks."""

from datetime import timedelta

import pytest
import time_machine
from django.core import signing
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles import preview, services
from articles.models import Article
from articles.workflow import Status
from tests.support.admin_forms import change_form_data as _change_data
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def test_second_concurrent_save_is_refused_naming_who_saved_and_keeping_the_text(client):
    from django.test import Client

    article = ArticleFactory(draft=True, body="<p>Testo iniziale.</p>")
    anna = role_user("Caporedattore", "anna")
    anna.first_name, anna.last_name = "Anna", "Ferri"
    anna.save()
    marco = role_user("Caporedattore", "marco")
    first, second = Client(), Client()
    first.force_login(anna)
    second.force_login(marco)
    url = reverse("admin:articles_article_change", args=[article.pk])
    anna_form = _change_data(first, article, body="<p>La versione di Anna.</p>")
    marco_form = _change_data(second, article, body="<p>La versione di Marco, da salvare.</p>")

    assert first.post(url, anna_form).status_code == 302
    response = second.post(url, marco_form)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Anna Ferri" in html and "ha salvato questo articolo" in html
    assert "La versione di Marco, da salvare." in html
    assert "La versione di Anna." in Article.objects.get(pk=article.pk).body
    # What Anna changed is shown, word by word, ready to copy.
    assert "<del>Testo iniziale</del><ins>La versione di Anna</ins>." in html
    assert "Sovrascrivi le modifiche di Anna Ferri" in html
    # Pressing save again is refused again: overwriting is a choice, never an accident.
    again = response.context["adminform"].form.data.copy()
    assert second.post(url, again).status_code == 200
    assert "La versione di Anna." in Article.objects.get(pk=article.pk).body
    # The explicit choice replaces Anna's text.
    version = Article.objects.get(pk=article.pk).version
    assert second.post(url, {**again.dict(), "overwrite_version": version}).status_code == 302
    assert "Marco" in Article.objects.get(pk=article.pk).body


def test_service_refuses_a_save_based_on_an_old_version():
    article = ArticleFactory(draft=True)
    opened_on = article.version
    services.article_save(article=Article.objects.get(pk=article.pk))
    with pytest.raises(services.EditConflict):
        services.article_save(article=article, expected_version=opened_on)


def test_every_save_is_a_revision_and_restore_brings_back_old_text_as_a_new_one(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(draft=True, title="Titolo originale", body="<p>Corpo originale.</p>")
    article.title, article.body = "Titolo nuovo", "<p>Corpo riscritto.</p>"
    services.article_save(article=article, by=desk)
    versions = list(Version.objects.get_for_object(article))
    assert len(versions) == 2

    client.force_login(desk)
    history = client.get(reverse("admin:articles_article_revisions", args=[article.pk]))
    html = history.content.decode()
    assert "Titolo originale" in html and "Titolo nuovo" in html
    # Word by word: the kept word stays plain, only the changed one is marked.
    assert "<p>Corpo <del>originale</del><ins>riscritto</ins>.</p>" in html

    oldest = versions[-1]
    url = reverse("admin:articles_article_restore", args=[article.pk, oldest.pk])
    confirm = client.get(url).content.decode()
    assert "<del>riscritto</del><ins>originale</ins>" in confirm  # what the restore will do
    article.refresh_from_db()
    assert article.title == "Titolo nuovo"  # asking changed nothing
    response = client.post(url)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Titolo originale"
    assert article.body == "<p>Corpo originale.</p>"
    after = list(Version.objects.get_for_object(article))
    assert len(after) == 3
    assert after[0].revision.user == desk
    assert "Ripristinata" in after[0].revision.get_comment()


def test_editor_previews_a_draft_and_an_old_revision_with_the_public_template(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(draft=True, title="Bozza riservata")
    first = Version.objects.get_for_object(article).get()
    article.title = "Bozza rivista"
    services.article_save(article=article, by=desk)
    client.force_login(desk)
    url = reverse("admin:articles_article_preview", args=[article.pk])

    current = client.get(url)
    old = client.get(url, {"version": first.pk})

    assert "Bozza rivista" in current.content.decode()
    assert "Bozza riservata" in old.content.decode()
    assert 'class="article__title"' in current.content.decode()
    assert current["X-Robots-Tag"].startswith("noindex")
    assert current["Cache-Control"] == "private, no-store"


def test_preview_link_works_before_expiry_and_fails_after_or_when_altered(client):
    article = ArticleFactory(draft=True, title="Prova riservata")
    link = preview.preview_link_create(
        article=article, by=role_user("Caporedattore"), lifetime=timedelta(hours=1)
    )
    token = preview.token(link)
    url = reverse("articles:preview", args=[token])

    ok = client.get(url)
    assert ok.status_code == 200 and "Prova riservata" in ok.content.decode()
    assert "ANTEPRIMA — non pubblicato" in ok.content.decode()
    assert ok["X-Robots-Tag"].startswith("noindex")
    assert ok["Cache-Control"] == "private, no-store"

    payload, signature = token.split(":", 1)

    def altered(text, at):
        return text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1 :]

    # A changed character anywhere: in the signature, or in the signed payload.
    for bad in (f"{payload}:{altered(signature, 3)}", f"{altered(payload, 2)}:{signature}"):
        refused = client.get(reverse("articles:preview", args=[bad]))
        assert refused.status_code == 403
        assert "Questo link di anteprima non è valido" in refused.content.decode()
    # A link signed with a key that is not ours.
    forged = signing.Signer(key="not-our-secret", salt=preview.SALT).sign_object({"l": link.pk})
    assert client.get(reverse("articles:preview", args=[forged])).status_code == 403

    with time_machine.travel(timezone.now() + timedelta(hours=1, minutes=1)):
        expired = client.get(url)
    assert expired.status_code == 410
    assert "Questo link di anteprima è scaduto" in expired.content.decode()


def test_a_revoked_preview_link_stops_working_with_an_italian_page(client):
    article = ArticleFactory(draft=True, title="Prova da revocare")
    desk = role_user("Caporedattore")
    link = preview.preview_link_create(article=article, by=desk, lifetime=timedelta(days=1))
    url = reverse("articles:preview", args=[preview.token(link)])
    assert client.get(url).status_code == 200

    client.force_login(desk)
    change = client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    ).content.decode()
    assert url in change  # listed among the live links, with its revoke button
    client.post(reverse("admin:articles_article_revoke_preview", args=[article.pk, link.pk]))
    client.logout()

    revoked = client.get(url)
    assert revoked.status_code == 410
    assert "Questo link di anteprima è stato revocato" in revoked.content.decode()
    client.force_login(desk)
    change = client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    ).content.decode()
    assert url not in change


def test_a_preview_link_of_a_piece_since_published_leads_to_the_article(client):
    article = ArticleFactory(draft=True)
    link = preview.preview_link_create(
        article=article, by=role_user("Caporedattore"), lifetime=timedelta(days=1)
    )
    Article.objects.filter(pk=article.pk).update(
        status=Status.PUBLISHED, published_at=timezone.now() - timedelta(minutes=1)
    )
    response = client.get(reverse("articles:preview", args=[preview.token(link)]))
    assert response.status_code == 302
    assert response["Location"] == Article.objects.get(pk=article.pk).get_absolute_url()


def test_preview_disables_sharing(client):
    article = ArticleFactory(draft=True)
    client.force_login(role_user("Caporedattore"))
    html = client.get(reverse("admin:articles_article_preview", args=[article.pk])).content.decode()
    assert "ANTEPRIMA — non pubblicato" in html
    assert "facebook.com/sharer" not in html
    assert "La condivisione è disattivata nell'anteprima" in html


def test_desk_editor_creates_a_preview_link_in_the_admin_and_contributor_cannot(client):
    article = ArticleFactory(draft=True)
    url = reverse("admin:articles_article_share_preview", args=[article.pk])
    contributor = role_user("Redattore")
    article.created_by = contributor
    article.save()
    client.force_login(contributor)
    assert client.post(url, {"lifetime": "24"}).status_code == 403

    client.force_login(role_user("Caporedattore"))
    page = client.post(url, {"lifetime": "24"}, follow=True).content.decode()
    assert "/anteprima/" in page
    assert "Link di anteprima attivi" in page


def test_old_slug_of_a_published_article_redirects_permanently(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(slug="vecchio-titolo")
    old_url = article.get_absolute_url()
    article.slug = "nuovo-titolo"
    services.article_save(article=article, by=desk)

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    assert client.get(response["Location"]).status_code == 200


def test_slug_changes_of_a_never_published_draft_leave_no_redirect(client):
    article = ArticleFactory(draft=True, slug="prima-idea")
    article.slug = "seconda-idea"
    services.article_save(article=article)
    assert not article.redirects.exists()


def test_changed_publication_date_redirects_permanently(client):
    article = ArticleFactory(published_at=timezone.now() - timedelta(days=3))
    old_url = article.get_absolute_url()
    article.published_at = timezone.now() - timedelta(days=1)
    services.article_save(article=article)
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_updated_at_moves_only_for_real_edits():
    article = ArticleFactory()
    before = article.updated_at
    services.article_save(article=article)
    assert Article.objects.get(pk=article.pk).updated_at == before
    article.title = "Titolo corretto"
    services.article_save(article=article)
    assert Article.objects.get(pk=article.pk).updated_at > before


def test_transition_log_is_shown_on_the_admin_page(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(status=Status.REVIEW, published_at=None)
    services.article_transition(
        name="return", article=article, by=desk, note="Serve una foto migliore."
    )
    client.force_login(desk)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Serve una foto migliore." in html
    assert "restituito" in html


def test_contributor_previews_own_draft_but_not_a_colleagues(client):
    contributor = role_user("Redattore")
    mine = ArticleFactory(draft=True, created_by=contributor, title="Il mio pezzo in bozza")
    other = ArticleFactory(draft=True)
    client.force_login(contributor)
    ok = client.get(reverse("admin:articles_article_preview", args=[mine.pk]))
    assert ok.status_code == 200 and "Il mio pezzo in bozza" in ok.content.decode()
    assert client.get(reverse("admin:articles_article_preview", args=[other.pk])).status_code == 403


def test_anonymous_reader_cannot_use_the_admin_preview(client):
    article = ArticleFactory(draft=True)
    response = client.get(reverse("admin:articles_article_preview", args=[article.pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_preview_link_has_one_address_whenever_it_is_shown():
    # The address on the article's page must be the one that was shared,
    # whichever second each was written in.
    link = preview.preview_link_create(
        article=ArticleFactory(draft=True),
        by=role_user("Caporedattore"),
        lifetime=timedelta(days=1),
    )
    first = preview.token(link)
    with time_machine.travel(timezone.now() + timedelta(seconds=5)):
        assert preview.token(link) == first

"""The role matrix: every transition, for every role, through the services and the admin."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, ArticleTransition
from articles.workflow import Status
from newsroom.roles import ADMINISTRATOR, ROLES
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

# transition -> (starting status, published_at offset or None)
STARTS = {
    "submit": (Status.DRAFT, None),
    "withdraw": (Status.REVIEW, None),
    "return": (Status.REVIEW, None),
    "publish": (Status.REVIEW, None),
    "schedule": (Status.REVIEW, None),
    "reschedule": (Status.PUBLISHED, timedelta(days=1)),
    "unschedule": (Status.PUBLISHED, timedelta(days=1)),
    "unpublish": (Status.PUBLISHED, timedelta(hours=-1)),
    "reopen": (Status.UNPUBLISHED, timedelta(hours=-1)),
    "correct": (Status.PUBLISHED, timedelta(hours=-1)),
}
EXPECTED = {
    "submit": Status.REVIEW,
    "withdraw": Status.DRAFT,
    "return": Status.RETURNED,
    "publish": Status.PUBLISHED,
    "schedule": Status.PUBLISHED,
    "reschedule": Status.PUBLISHED,
    "unschedule": Status.REVIEW,
    "unpublish": Status.UNPUBLISHED,
    "reopen": Status.DRAFT,
    "correct": Status.PUBLISHED,
}
# (role, is the article theirs) -> transitions they may apply
ALLOWED = {
    ("Redattore", True): {"submit", "withdraw"},
    ("Redattore", False): set(),
    # Withdrawing a submission belongs to the piece's own people.
    ("Caporedattore", False): set(STARTS) - {"withdraw"},
    ("Amministratore", False): set(STARTS) - {"withdraw"},
    (None, True): set(),
}
MATRIX = [(role, own, name) for (role, own) in ALLOWED for name in STARTS]


def _article_for(name, owner):
    status, offset = STARTS[name]
    article = ArticleFactory(
        status=status,
        published_at=(timezone.now() + offset) if offset is not None else None,
        created_by=owner,
        ready=True,
    )
    if status == Status.REVIEW:  # as if its owner had just submitted it
        Article.objects.filter(pk=article.pk).update(updated_by=owner)
        article.refresh_from_db()
    return article


def _kwargs(name):
    return {
        "note": "Manca la fonte nel secondo paragrafo." if name == "return" else "",
        "when": timezone.now() + timedelta(days=2) if name in ("schedule", "reschedule") else None,
        "correction": "Il prezzo corretto è 39.900 euro." if name == "correct" else "",
    }


def test_roles_exist_as_groups_with_italian_names():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Redattore",
        "Caporedattore",
        "Amministratore",
    }


@pytest.mark.parametrize(("role", "own", "name"), MATRIX)
def test_role_matrix_through_the_services(role, own, name):
    user = role_user(role)
    owner = user if own else role_user("Redattore", "altro-redattore")
    article = _article_for(name, owner)
    start = article.status
    allowed = name in ALLOWED[(role, own)]

    if allowed:
        services.article_transition(article=article, name=name, by=user, **_kwargs(name))
        article.refresh_from_db()
        assert article.status == EXPECTED[name]
        step = ArticleTransition.objects.get(article=article)
        assert (step.by, step.from_status, step.to_status) == (user, start, EXPECTED[name])
    else:
        with pytest.raises(services.NotAllowed):
            services.article_transition(article=article, name=name, by=user, **_kwargs(name))
        article.refresh_from_db()
        assert article.status == start
        assert not ArticleTransition.objects.filter(article=article).exists()


@pytest.mark.parametrize(("role", "own", "name"), MATRIX)
def test_role_matrix_through_the_admin(client, role, own, name):
    user = role_user(role)
    owner = user if own else role_user("Redattore", "altro-redattore")
    article = _article_for(name, owner)
    start = article.status
    client.force_login(user)
    data = {
        "_transition": name,
        "workflow_note": _kwargs(name)["note"],
        "correction": _kwargs(name)["correction"],
    }
    if name in ("schedule", "reschedule"):
        data["workflow_when"] = timezone.localtime(_kwargs(name)["when"]).strftime("%Y-%m-%dT%H:%M")

    response = client.post(reverse("admin:articles_article_transition", args=[article.pk]), data)

    article.refresh_from_db()
    if name in ALLOWED[(role, own)]:
        assert response.status_code == 302
        assert article.status == EXPECTED[name]
    else:
        assert response.status_code in (302, 403)
        assert article.status == start


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("submit", Status.PUBLISHED),
        ("return", Status.DRAFT),
        ("unpublish", Status.DRAFT),
        ("correct", Status.REVIEW),
    ],
)
def test_illegal_transition_is_refused_with_an_italian_message(name, status):
    desk = role_user("Caporedattore")
    published_at = timezone.now() if status == Status.PUBLISHED else None
    article = ArticleFactory(status=status, published_at=published_at)
    with pytest.raises(services.ArticleError) as error:
        services.article_transition(article=article, name=name, by=desk, note="nota")
    assert "non è possibile" in error.value.messages[0]


def test_return_needs_a_note_and_schedule_needs_a_future_date():
    desk = role_user("Caporedattore")
    article = ArticleFactory(status=Status.REVIEW, published_at=None)
    with pytest.raises(services.ArticleError, match="nota"):
        services.article_transition(name="return", article=article, by=desk, note=" ")
    with pytest.raises(services.ArticleError, match="futuro"):
        services.article_transition(name="schedule", article=article, by=desk, when=timezone.now())


def test_admin_transition_refusal_is_shown_as_a_message(client):
    contributor = role_user("Redattore")
    article = ArticleFactory(status=Status.DRAFT, published_at=None, created_by=contributor)
    client.force_login(contributor)
    response = client.post(
        reverse("admin:articles_article_transition", args=[article.pk]),
        {"_transition": "publish"},
        follow=True,
    )
    assert "Il tuo ruolo non consente" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT


def test_contributor_sees_only_their_own_articles_in_the_admin(client):
    contributor = role_user("Redattore")
    mine = ArticleFactory(draft=True, created_by=contributor, title="Il mio pezzo")
    ArticleFactory(draft=True, title="Il pezzo di un collega")
    client.force_login(contributor)

    listing = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "Il mio pezzo" in listing
    assert "Il pezzo di un collega" not in listing
    other = Article.objects.exclude(pk=mine.pk).get()
    response = client.get(reverse("admin:articles_article_change", args=[other.pk]))
    assert response.status_code == 302  # "does not exist" back to the index


def test_contributor_cannot_edit_own_article_once_submitted(client):
    contributor = role_user("Redattore")
    article = ArticleFactory(draft=True, created_by=contributor)
    services.article_transition(name="submit", article=article, by=contributor)
    client.force_login(contributor)
    url = reverse("admin:articles_article_change", args=[article.pk])

    page = client.get(url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()  # read-only view
    refused = client.post(url, {"title": "Cambiato"})
    assert refused.status_code == 409  # refused, with the submitted text shown back
    assert Article.objects.get(pk=article.pk).title != "Cambiato"
    assert not services.can_edit(contributor, article)


def test_contributor_cannot_set_the_publication_date(client):
    contributor = role_user("Redattore")
    client.force_login(contributor)
    page = client.get(reverse("admin:articles_article_add")).content.decode()
    assert 'name="published_at_0"' not in page
    assert 'name="status"' not in page


def test_status_is_read_only_for_everyone_in_the_admin(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(draft=True)
    client.force_login(desk)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    html = page.content.decode()
    assert 'name="status"' not in html
    assert 'value="publish"' in html  # the transition buttons instead


def test_bulk_publish_action_applies_the_rules_per_article(client):
    desk = role_user("Caporedattore")
    ready = ArticleFactory(status=Status.REVIEW, published_at=None, ready=True, title="Pronto")
    bare = ArticleFactory(status=Status.REVIEW, published_at=None, title="Senza foto")
    live = ArticleFactory()
    client.force_login(desk)
    chosen = {"action": "bulk_publish", "_selected_action": [ready.pk, bare.pk, live.pk]}

    listing = client.post(reverse("admin:articles_article_changelist"), chosen)
    html = listing.content.decode()
    assert "Pronto" in html and "Senza foto" in html  # the list first, with its checks
    assert "larga almeno 1200 pixel" in html
    ready.refresh_from_db()
    assert not ready.is_public  # nothing happened yet

    done = client.post(
        reverse("admin:articles_article_changelist"), {**chosen, "post": "yes"}, follow=True
    )
    ready.refresh_from_db()
    bare.refresh_from_db()
    assert ready.is_public
    assert bare.status == Status.REVIEW  # refused: no lead image
    assert "Senza foto" in done.content.decode()


def test_contributor_has_no_bulk_publish_action(client):
    contributor = role_user("Redattore")
    ArticleFactory(draft=True, created_by=contributor)
    client.force_login(contributor)
    page = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "bulk_submit" in page
    assert "bulk_publish" not in page


def test_review_queue_lists_articles_waiting_for_review(client):
    client.force_login(role_user("Caporedattore"))
    ArticleFactory(status=Status.REVIEW, published_at=None, title="In attesa di revisione")
    ArticleFactory(draft=True, title="Ancora in bozza")
    response = client.get(reverse("admin:articles_article_queue"), follow=True)
    html = response.content.decode()
    assert "In attesa di revisione" in html
    assert "Ancora in bozza" not in html


def test_each_role_group_holds_exactly_the_permissions_the_roles_table_names():
    for name, dotted in ROLES.items():
        group = Group.objects.get(name=name)
        held = {
            f"{app}.{code}"
            for app, code in group.permissions.values_list("content_type__app_label", "codename")
        }
        assert set(dotted) <= held, name
        if name != ADMINISTRATOR:
            assert held == set(dotted), name

"""Italian everywhere an editor reads: every admin page of every role, and
messages that agree in gender and number."""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib import admin
from django.urls import reverse

from articles import services
from articles.models import Section
from desk.italian import NOUNS
from desk.models import Kind, Notification
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory, AuthorFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

# Words an Italian screen never shows (checked as whole, lowercase words).
ENGLISH = {
    "the",
    "and",
    "with",
    "your",
    "you",
    "this",
    "that",
    "from",
    "save",
    "delete",
    "deleted",
    "change",
    "changed",
    "add",
    "added",
    "history",
    "filter",
    "filters",
    "search",
    "select",
    "selected",
    "show",
    "hide",
    "today",
    "yesterday",
    "now",
    "welcome",
    "recent",
    "view",
    "log",
    "out",
    "site",
    "documentation",
    "preview",
    "status",
    "title",
    "body",
    "draft",
    "drafts",
    "published",
    "scheduled",
    "review",
    "submit",
    "edit",
    "author",
    "authors",
    "section",
    "sections",
    "notification",
    "notifications",
    "workflow",
    "correction",
    "corrections",
    "revision",
    "revisions",
    "lead",
    "image",
    "kicker",
    "standfirst",
    "byline",
    "schedule",
    "unpublish",
    "withdraw",
    "return",
    "returned",
    "restore",
    "merge",
    "tags",
    "heading",
    "paragraph",
    "bold",
    "italic",
    "link",
    "links",
    "unread",
    "read",
    "none",
    "yes",
    "action",
    "actions",
    "go",
    "clear",
    "all",
    "by",
    "time",
    "name",
    "user",
    "users",
    "group",
    "groups",
    "permissions",
    "active",
    "staff",
    "superuser",
    "first",
    "last",
    "address",
    "required",
    "optional",
    "help",
    "please",
    "correct",
    "error",
    "errors",
    "below",
    "above",
    "created",
    "updated",
    "modified",
}
# Loanwords an Italian newsroom writes as they are.
ALLOWED = {"link", "links", "tag", "feed", "home", "staff"}
# Technical terms Italian uses as they are.
ALLOWED_PHRASES = ("user agent",)
# <bdi> holds machine values in the admin: the password's salt and hash
# shown in part, random letters that once read "go" and failed the run.
SKIP_TAGS = {"script", "style", "svg", "textarea", "template", "code", "pre", "bdi"}


class _Text(HTMLParser):
    """What a person reads: text and the labels of controls, not code or their own text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self._skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SKIP_TAGS:
            self._skip += 1
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name in ("title", "aria-label", "placeholder"):
            if attrs.get(name):
                self.parts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _english_words(html: str, own_text: set[str]) -> set[str]:
    reader = _Text()
    reader.feed(html)
    text = " ".join(reader.parts)
    for phrase in ALLOWED_PHRASES:
        text = re.sub(phrase, " ", text, flags=re.IGNORECASE)
    for phrase in own_text:  # titles and names the test itself typed
        text = text.replace(phrase, " ")
    words = set(re.findall(r"[a-zA-Z][a-zA-Z'-]*", text.lower()))
    return (words & ENGLISH) - ALLOWED


def _links(html: str, base: str) -> list[str]:
    reader = _Text()
    reader.feed(html)
    result = []
    for href in reader.links:
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.netloc or not parts.path.startswith("/admin/") or parts.query:
            continue
        if any(bit in parts.path for bit in ("/logout/", "/r/", "/jsi18n/", "/preview/")):
            continue
        result.append(parts.path)
    return result


@pytest.fixture
def newsroom():
    writer = role_user("Redattore", "giulia")
    author = AuthorFactory(name="Giulia Neri", user=writer)
    mine = ArticleFactory(draft=True, created_by=writer, authors=[author], tags=["Prova"])
    live = ArticleFactory(tags=["Elettriche"], authors=[author])
    services.article_transition(
        name="correct", article=live, by=role_user("Caporedattore", "anna"), correction="Rettifica."
    )
    Notification.objects.create(recipient=writer, kind=Kind.PUBLISHED, article=live)
    return {writer.username, author.name, mine.title, live.title, "Prova", "Elettriche",
            "Rettifica.", "giulia", "anna", "Newsroom Motori", "Giornalista", "Sezione",
            "Mercato", "Notizia numero", "sul mercato dell'auto"}  # fmt: skip


@pytest.mark.parametrize("role", ["Redattore", "Caporedattore", "Amministratore"])
def test_no_english_on_any_admin_page_a_role_can_open(client, newsroom, role):
    user = role_user(role, "giulia" if role == "Redattore" else None)
    client.force_login(user)
    own = newsroom | {user.username}
    todo, seen, found = ["/admin/"], set(), {}
    while todo and len(seen) < 120:
        path = todo.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        if words := _english_words(html, own):
            found[path] = sorted(words)
        todo.extend(link for link in _links(html, path) if link not in seen)
    assert len(seen) > 8, seen
    assert found == {}


def test_every_model_in_the_admin_has_its_italian_noun():
    assert {m._meta.label_lower for m in admin.site._registry} <= set(NOUNS)


def test_messages_agree_with_the_nouns_gender(client):
    client.force_login(role_user("Amministratore"))
    added = client.post(
        reverse("admin:articles_section_add"),
        {"name": "Città", "slug": "citta", "order": 1, "tone": "red", "description": ""},
        follow=True,
    )
    assert "La sezione «" in added.content.decode()
    assert "è stata creata" in added.content.decode()

    article = ArticleFactory(title="Prova")
    data = change_form_data(client, article)
    saved = client.post(
        reverse("admin:articles_article_change", args=[article.pk]), data, follow=True
    )
    html = saved.content.decode()
    assert "L&#x27;articolo «" in html and "è stato salvato" in html
    assert "Il articolo" not in html

    section = Section.objects.get(slug="citta")
    gone = client.post(
        reverse("admin:articles_section_delete", args=[section.pk]), {"post": "yes"}, follow=True
    )
    assert "La sezione «Città» è stata eliminata." in gone.content.decode()


def test_counts_use_the_right_plural(client):
    client.force_login(role_user("Amministratore"))
    one = AuthorFactory()
    response = client.post(
        reverse("admin:authors_author_changelist"),
        {"action": "deactivate", "_selected_action": [one.pk]},
        follow=True,
    )
    assert "1 autore disattivato." in response.content.decode()

"""The authors and sections imported posts point to, found or made once.

Every WordPress author becomes an Author profile (and, only when asked, a
user account without a password); categories become sections as posts need
them. What was made is remembered by WordPress login and category slug, so
a later run finds the same rows even after the desk renamed them.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles.models import Section, Tag, TagRedirect, Tone
from authors.models import Author
from authors.services import author_save
from newsroom.roles import CONTRIBUTOR
from newsroom.slugs import slugify

from .export import AuthorEntry, Catalogue
from .models import ImportedAuthor, ImportedCategory
from .text import plain

HOUSE_BYLINE = ("redazione", "Redazione")
IMPORT_USERNAME = "importazione-wordpress"
_USERNAME = re.compile(r"[\w.@+-]{1,150}")


def import_user():
    """The account imports are recorded under: it cannot log in."""
    user, created = get_user_model().objects.get_or_create(
        username=IMPORT_USERNAME,
        defaults={"first_name": "Importazione", "last_name": "WordPress", "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def house_author() -> Author:
    slug, name = HOUSE_BYLINE
    return Author.objects.filter(slug=slug).first() or author_save(
        author=Author(name=name, slug=slug)
    )


def authors(catalogue: Catalogue, *, create_users: bool) -> dict[str, Author]:
    """Every author of the export, by WordPress login."""
    found = {}
    for login, entry in catalogue.authors.items():
        mapped = ImportedAuthor.objects.filter(login=login).select_related("author").first()
        author = mapped.author if mapped else _author(entry)
        if mapped is None:
            ImportedAuthor.objects.create(login=login, author=author)
        if create_users and author.user_id is None:
            author.user = _user(entry)
            author.save(update_fields=["user"])
        found[login] = author
    return found


def _author(entry: AuthorEntry) -> Author:
    slug = slugify(entry.login, max_length=140, fallback="autore")
    existing = Author.objects.filter(slug=slug).first()
    if existing:
        return existing
    full_name = f"{entry.first_name} {entry.last_name}"
    name = plain(entry.display_name, 120) or plain(full_name, 120) or entry.login[:120]
    return author_save(author=Author(name=name, slug=slug, bio=plain(entry.description)))


def _user(entry: AuthorEntry):
    User = get_user_model()
    username = entry.login if _USERNAME.fullmatch(entry.login) else slugify(entry.login)[:150]
    user = User.objects.filter(username=username).first()
    if user is None:
        # No password travels from WordPress: an administrator sets one.
        user = User(
            username=username,
            email=entry.email[:254],
            first_name=plain(entry.first_name, 150),
            last_name=plain(entry.last_name, 150),
            is_staff=True,
        )
        user.set_unusable_password()
        user.save()
        user.groups.add(Group.objects.get(name=CONTRIBUTOR))
    return user


class _Remembered:
    """Rows found or made once per run; those made by a post whose import was
    rolled back are forgotten with it."""

    def __init__(self):
        self.known: dict = {}
        self.fresh: list = []  # keys first met during the current post

    def _remember(self, key, value):
        self.known[key] = value
        self.fresh.append(key)
        return value

    def post_done(self, *, kept: bool) -> None:
        if not kept:
            for key in self.fresh:
                self.known.pop(key, None)
        self.fresh.clear()


class Tags(_Remembered):
    """Tags by name, whatever the case ("Tesla", "tesla", "TESLA" are one tag)."""

    def get(self, names: list[str], old_slugs: dict[str, str]) -> list[Tag]:
        tags = []
        for name in names:
            key = name.casefold()
            tag = self.known.get(key)
            if tag is None:
                tag = Tag.objects.filter(name__iexact=name).first() or _new_tag(name)
                self._remember(key, tag)
                _keep_old_slug(old_slugs.get(key, ""), tag)
            tags.append(tag)
        return tags


def _new_tag(name: str) -> Tag:
    tag = Tag(name=name)
    tag.save()  # taggit makes the slug unique (articles' Tag makes it ASCII)
    return tag


def _keep_old_slug(old: str, tag: Tag) -> None:
    """WordPress's tag address (``/tag/citt%c3%a0-30/``) leads to the tag's page."""
    if old and old != tag.slug and not Tag.objects.filter(slug=old).exists():
        TagRedirect.objects.get_or_create(old_slug=old[:100], defaults={"tag": tag})


class Sections(_Remembered):
    """Sections by WordPress category slug, made on first use."""

    def __init__(self, catalogue: Catalogue, default: Section | None):
        super().__init__()
        self.catalogue = catalogue
        self.default = default

    def get(self, nicename: str, name: str = "") -> Section:
        """The section of a category (``name`` is used when the export does not list it)."""
        if not nicename:
            return self.default
        if nicename not in self.known:
            mapped = ImportedCategory.objects.filter(nicename=nicename).select_related("section")
            found = mapped.first()
            self._remember(nicename, found.section if found else self._make(nicename, name))
        return self.known[nicename]

    def _make(self, nicename: str, name: str) -> Section:
        entry = self.catalogue.categories.get(nicename)
        name = plain(entry.name if entry else name, 80) or unquote(nicename)[:80]
        slug = slugify(unquote(nicename) or name, max_length=80, fallback="sezione")
        section = (
            Section.objects.filter(slug=slug).first()
            or Section.objects.filter(name__iexact=name).first()
        )
        if section is None:
            tones = list(Tone)
            section = Section(
                name=name,
                slug=slug,
                description=plain(entry.description if entry else ""),
                order=Section.objects.count() + 1,
                tone=tones[Section.objects.count() % len(tones)],
            )
            section.full_clean()
            section.save()
        ImportedCategory.objects.create(nicename=nicename, section=section)
        return section

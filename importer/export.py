"""What a WordPress export holds, as the reader (``wxr``) hands it over."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Site:
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    wxr_version: str = ""


@dataclass(frozen=True)
class AuthorEntry:
    login: str
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""
    description: str = ""


@dataclass(frozen=True)
class CategoryEntry:
    nicename: str
    name: str
    parent: str = ""
    description: str = ""
    term_id: int = 0


@dataclass(frozen=True)
class Term:
    domain: str  # "category", "post_tag", "post_format"…
    nicename: str
    name: str


@dataclass
class Item:
    position: int  # the item's number in the file, for the report
    title: str = ""
    link: str = ""
    guid: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    raw_id: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    modified_gmt: str = ""
    status: str = ""
    post_type: str = ""
    post_name: str = ""
    parent: str = ""
    menu_order: str = ""
    attachment_url: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comments: int = 0

    @property
    def wp_id(self) -> int | None:
        return int(self.raw_id) if self.raw_id.isdigit() and int(self.raw_id) > 0 else None


@dataclass(frozen=True)
class Attachment:
    """What posts need of an uploaded file: where it is and how it is described."""

    wp_id: int
    url: str
    file: str  # relative to wp-content/uploads (``_wp_attached_file``), may be empty
    alt: str = ""
    caption: str = ""
    title: str = ""
    parent: int = 0
    menu_order: int = 0


@dataclass
class Catalogue:
    site: Site = field(default_factory=Site)
    authors: dict[str, AuthorEntry] = field(default_factory=dict)
    categories: dict[str, CategoryEntry] = field(default_factory=dict)
    attachments: dict[int, Attachment] = field(default_factory=dict)
    items: int = 0
    types: Counter = field(default_factory=Counter)
    posts_without_author: int = 0
    _by_parent: dict[int, list[Attachment]] | None = field(default=None, repr=False)

    def attachments_of(self, post_id: int) -> list[Attachment]:
        """The files uploaded to a post, in gallery order (for ``[gallery]`` without ids)."""
        if self._by_parent is None:
            self._by_parent = {}
            for attachment in sorted(
                self.attachments.values(), key=lambda a: (a.menu_order, a.wp_id)
            ):
                self._by_parent.setdefault(attachment.parent, []).append(attachment)
        return self._by_parent.get(post_id, [])


# --- Reading ------------------------------------------------------------------

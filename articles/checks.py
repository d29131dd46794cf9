"""Pre-publish checks: what a piece needs before readers see it.

Shown in the confirmation before publishing or scheduling, and enforced by
``services.article_transition`` for every transition that makes a piece go
live. A hard check blocks publication; a soft one the desk may override with
a note, which goes in the workflow log.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .errors import ArticleError

# Search engines show about this much of a description.
SEO_DESCRIPTION_LENGTH = (50, 160)


@dataclass(frozen=True)
class Check:
    code: str
    label: str | Promise
    ok: bool
    hard: bool
    detail: str = ""


LABELS = {
    "lead_image": gettext_lazy("Lead image at least %(width)d pixels wide"),
    "lead_image_alt": gettext_lazy("Alternative text of the lead image"),
    "lead_image_credit": gettext_lazy("Credit of the lead image"),
    "standfirst": gettext_lazy("Standfirst"),
    "seo_description": gettext_lazy("Length of the description for search engines"),
    "headings": gettext_lazy("No empty headings"),
    "links": gettext_lazy("No links to unpublished articles"),
    "sponsor": gettext_lazy("Sponsor of a sponsored piece"),
}


class _BodyReader(HTMLParser):
    """The links and the heading texts of an article body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.headings: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.extend(value for name, value in attrs if name == "href" and value)
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            self._heading = []

    def handle_endtag(self, tag):
        if tag in ("h2", "h3", "h4", "h5", "h6") and self._heading is not None:
            self.headings.append("".join(self._heading).strip())
            self._heading = None

    def handle_data(self, data):
        if self._heading is not None:
            self._heading.append(data)


def lead_image_width(article) -> int | None:
    """Width in pixels of the lead picture's original, None without one."""
    return article.lead_image_width or None


def _own_path(href: str) -> str | None:
    """The path of a link to this site (relative, or on SITE_URL), else None."""
    parts = urlsplit(href.strip())
    if parts.scheme in ("", "http", "https") and not parts.netloc:
        return parts.path if parts.path.startswith("/") else None
    site = urlsplit(settings.SITE_URL)
    if parts.scheme in ("http", "https") and parts.netloc == site.netloc:
        return parts.path or "/"
    return None


def unpublished_links(body: str) -> list[str]:
    """Links in ``body`` to pieces of ours readers cannot open (drafts, previews, the admin)."""
    from .models import Article, ArticleRedirect

    reader = _BodyReader()
    reader.feed(body or "")
    bad = []
    for href in reader.links:
        path = _own_path(href)
        if path is None:
            continue
        try:
            match = resolve(path)
        except Resolver404:
            bad.append(href)
            continue
        if match.view_name == "articles:preview" or path.startswith("/admin/"):
            bad.append(href)
        elif match.view_name == "articles:detail":
            slug = match.kwargs["slug"]
            published = Article.objects.published()
            moved = ArticleRedirect.objects.filter(old_slug=slug, article__in=published)
            if not published.filter(slug=slug).exists() and not moved.exists():
                bad.append(href)
    return bad


def empty_headings(body: str) -> int:
    reader = _BodyReader()
    reader.feed(body or "")
    return sum(1 for text in reader.headings if not text)


def prepublish_checks(article) -> list[Check]:
    """Every check, passed or not, in the order the confirmation lists them."""
    min_width = settings.PUBLISH_MIN_IMAGE_WIDTH
    width = lead_image_width(article)
    if width is None:
        image_detail = _("There is no lead image.")
    elif width < min_width:
        image_detail = _("The lead image is %(width)d pixels wide.") % {"width": width}
    else:
        image_detail = ""
    description = article.search_description.strip()
    low, high = SEO_DESCRIPTION_LENGTH
    links = unpublished_links(article.body)
    empty = empty_headings(article.body)
    results = [
        Check(
            "lead_image",
            LABELS["lead_image"] % {"width": min_width},
            not image_detail,
            hard=True,
            detail=image_detail,
        ),
        Check(
            "lead_image_alt",
            LABELS["lead_image_alt"],
            bool(article.lead_image_alt.strip()),
            hard=True,
            detail=_("Describe the image for people who cannot see it."),
        ),
        Check(
            "lead_image_credit",
            LABELS["lead_image_credit"],
            bool(article.lead_image_credit.strip()),
            hard=False,
            detail=_("Say who took the picture or owns it."),
        ),
        Check(
            "standfirst",
            LABELS["standfirst"],
            bool(article.standfirst.strip()),
            hard=False,
            detail=_("One or two sentences under the title."),
        ),
        Check(
            "seo_description",
            LABELS["seo_description"],
            low <= len(description) <= high,
            hard=False,
            detail=ngettext(
                "%(count)d character: between %(low)d and %(high)d read best.",
                "%(count)d characters: between %(low)d and %(high)d read best.",
                len(description),
            )
            % {"count": len(description), "low": low, "high": high},
        ),
        Check(
            "headings",
            LABELS["headings"],
            not empty,
            hard=False,
            detail=_("Remove the empty headings from the body or write them."),
        ),
        Check(
            "links",
            LABELS["links"],
            not links,
            hard=True,
            detail=", ".join(links),
        ),
    ]
    if article.is_sponsored:
        # IAP: paid content says who paid, so the piece cannot go out without a sponsor.
        results.append(
            Check(
                "sponsor",
                LABELS["sponsor"],
                bool(article.sponsor_id),
                hard=True,
                detail=_("Readers must be told who paid for it: choose the sponsor."),
            )
        )
    return results


def failing(checks: list[Check], *, hard: bool) -> list[Check]:
    return [c for c in checks if not c.ok and c.hard == hard]


def check_ready(article, *, override: str = "") -> str:
    """Raise ``ArticleError`` unless ``article`` passes its pre-publish checks.

    Soft checks may be overridden with a note; returns what the workflow log
    records about the override ("" when every check passed)."""
    results = prepublish_checks(article)
    hard, soft = failing(results, hard=True), failing(results, hard=False)
    if hard:
        raise ArticleError(
            _("It cannot be published yet: %(checks)s.")
            % {
                "checks": "; ".join(
                    f"{c.label} ({c.detail})" if c.detail else str(c.label) for c in hard
                )
            }
        )
    if not soft:
        return ""
    names = ", ".join(str(c.label) for c in soft)
    if not (override or "").strip():
        raise ArticleError(
            _("Some checks did not pass (%(checks)s): explain in a note why it goes out anyway.")
            % {"checks": names}
        )
    return _("Checks overridden (%(checks)s): %(note)s") % {
        "checks": names,
        "note": override.strip(),
    }

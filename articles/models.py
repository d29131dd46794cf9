from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import reversion
from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.managers import TaggableManager
from taggit.models import ItemBase, TagBase

from authors.models import Author
from media.models import Gallery, Picture
from newsroom.links import public_url
from newsroom.slugs import slugify
from newsroom.text import CleanCharField, CleanTextField

from .fields import SanitizedHTMLField
from .workflow import State, Status

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class Tone(models.TextChoices):
    # Named tones (defined in site.css) rather than free hex values: no inline
    # style is needed, so a strict Content-Security-Policy stays possible, and
    # every tone is checked for contrast once.
    RED = "red", _("red")
    BLUE = "blue", _("blue")
    GREEN = "green", _("green")
    AMBER = "amber", _("amber")
    VIOLET = "violet", _("violet")
    TEAL = "teal", _("teal")
    SLATE = "slate", _("slate")


class ArticleKind(models.TextChoices):
    """What sort of piece it is: shown as a label, and its schema.org type."""

    NEWS = "news", _("news")
    REVIEW = "review", _("road test")
    OPINION = "opinion", _("opinion")
    ANALYSIS = "analysis", _("analysis")
    GALLERY = "gallery", _("photo gallery")
    SPONSORED = "sponsored", _("sponsored content")


_KIND_LABELS = dict(ArticleKind.choices)


class Section(models.Model):
    name = CleanCharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = CleanTextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    tone = models.CharField(
        _("colour"),
        max_length=10,
        choices=Tone.choices,
        default=Tone.RED,
        help_text=_("Colour cue used for the section's label and links."),
    )

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return public_url("articles:section", slug=self.slug)


# Related articles are ranked among the newest pieces sharing a tag: at most
# this many, looked for among the newest RELATED_WINDOW published articles,
# plus each tag's RELATED_PER_TAG most recently added pieces (so an article
# with rare tags still finds its older siblings).
RELATED_CANDIDATES = 100
RELATED_WINDOW = 1000
RELATED_PER_TAG = 25
# Before any article: the window's start while the archive is smaller than it.
_BEFORE_ALL = datetime(1900, 1, 1, tzinfo=UTC)


def _live(now) -> Q:
    return Q(status=Status.PUBLISHED, published_at__lte=now)


def published_through(relation: str, at: datetime | None = None) -> Q:
    """The visibility rule for rows that point to an article (``relation``).

    A join condition, where ``article__in=Article.objects.published()`` would
    make the database list every public article first: at 100,000 articles
    that costs more than the rest of the page.
    """
    now = at or timezone.now()
    return Q(**{f"{relation}__status": Status.PUBLISHED, f"{relation}__published_at__lte": now})


def _union_all(parts) -> RawSQL:
    """One-column querysets, each with its own LIMIT, glued with UNION ALL.

    Each part is wrapped in a derived table: SQLite refuses LIMIT in the arms
    of a compound SELECT, so Django's union() cannot build it there."""
    selects, params = [], []
    for n, part in enumerate(parts):
        sql, part_params = part.query.sql_with_params()
        selects.append(f"SELECT * FROM ({sql}) part_{n}")
        params.extend(part_params)
    return RawSQL(" UNION ALL ".join(selects), params)


class ArticleQuerySet(models.QuerySet):
    def published(self, *, at: datetime | None = None) -> ArticleQuerySet:
        """The one visibility rule: published, and its time has come (by ``at``,
        default now: the desk previews the home page at a future time)."""
        return self.filter(_live(at or timezone.now()))

    def scheduled(self) -> ArticleQuerySet:
        """Published, but waiting for its time: exactly what published() leaves out."""
        return self.filter(status=Status.PUBLISHED).exclude(_live(timezone.now()))

    def owned_by(self, user: User) -> ArticleQuerySet:
        """Pieces ``user`` created or signs."""
        return self.filter(Q(created_by=user) | Q(credits__author__user=user)).distinct()

    def for_listing(self) -> ArticleQuerySet:
        """What a card needs, in a constant number of queries."""
        return self.select_related("section", "lead_picture", "sponsor").prefetch_related(
            Prefetch("credits", queryset=ArticleAuthor.objects.select_related("author"))
        )

    def for_cards(self) -> ArticleQuerySet:
        """What a card needs, without the body: lists are kept in the cache
        (newsroom.fragments), where 33 bodies would weigh more than the page."""
        return self.for_listing().defer("body", "search_vector")

    def for_detail(self) -> ArticleQuerySet:
        return self.for_listing().prefetch_related("tags")

    def latest_per_section(self, per_section: int) -> ArticleQuerySet:
        """Up to ``per_section`` newest articles of every section, in one query.

        One small subquery per section glued with UNION ALL, each served by
        the section/status/date index and stopping after ``per_section``
        rows, instead of ranking the whole archive with a window function.
        """
        base = self.order_by().select_related(None).prefetch_related(None)
        parts = [
            base.filter(section_id=pk).order_by("-published_at").values("pk")[:per_section]
            for pk in Section.objects.values_list("pk", flat=True)
        ]
        if not parts:
            return self.none()
        return self.filter(pk__in=_union_all(parts))

    def related_to(self, article: Article, limit: int = 4) -> ArticleQuerySet:
        """Articles sharing the most tags with ``article``, newest first on ties.

        Ranked among a bounded set of candidates, whatever the archive's size
        and however rare the tags: the newest pieces sharing a tag, found by
        walking the newest-first index no further than RELATED_WINDOW articles
        (a walk to the end of the archive took 1.7 s at 100,000 articles for
        an article whose tags no recent piece wears), and each tag's
        RELATED_PER_TAG most recently added pieces, read from the (tag,
        article) index alone.
        """
        tag_ids = [tag.pk for tag in article.tags.all()]
        if not tag_ids:
            return self.none()
        base = self.order_by().select_related(None).prefetch_related(None)
        shares_a_tag = Exists(
            TaggedArticle.objects.filter(content_object=OuterRef("pk"), tag_id__in=tag_ids)
        )
        window_start = base.order_by("-published_at").values("published_at")[
            RELATED_WINDOW - 1 : RELATED_WINDOW
        ]
        recent = (
            base.filter(shares_a_tag)
            .exclude(pk=article.pk)
            .filter(published_at__gte=Coalesce(Subquery(window_start), Value(_BEFORE_ALL)))
            .order_by("-published_at")
            .values("pk")[:RELATED_CANDIDATES]
        )
        per_tag = [
            TaggedArticle.objects.filter(tag_id=tag_id)
            .exclude(content_object_id=article.pk)
            .order_by("-content_object_id")
            .values("content_object_id")[:RELATED_PER_TAG]
            for tag_id in tag_ids
        ]
        candidates = _union_all([recent, *per_tag])
        # Counted per candidate by a subquery on the (tag, article) index: a
        # join and GROUP BY would group the candidates' whole rows, bodies included.
        shared = (
            TaggedArticle.objects.filter(content_object=OuterRef("pk"), tag_id__in=tag_ids)
            .order_by()
            .values("content_object")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            self.filter(pk__in=candidates)
            .annotate(shared_tags=Subquery(shared, output_field=models.IntegerField()))
            .order_by("-shared_tags", "-published_at")[:limit]
        )


class TagQuerySet(models.QuerySet):
    def public(self) -> TagQuerySet:
        """Tags worn by at least one published article.

        A tag used only by drafts or embargoed pieces ("Fusione segreta") must
        not exist for readers: its page and feed are 404 like the articles.
        (EXISTS per tag: one tag's check stops at its first published article
        instead of listing the tags of the whole archive.)
        """
        return self.filter(
            Exists(
                TaggedArticle.objects.filter(tag=OuterRef("pk")).filter(
                    Exists(Article.objects.published().filter(pk=OuterRef("content_object_id")))
                )
            )
        )


class Tag(TagBase):
    """A taggit tag whose slug is always ASCII (newsroom.slugs), so the
    ``/tag/<slug>/`` route matches whatever name an editor types."""

    # Cleaned of control characters like every text an editor types.
    name = CleanCharField(pgettext_lazy("A tag name", "name"), unique=True, max_length=100)

    objects = TagQuerySet.as_manager()

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]

    def slugify(self, tag, i=None):
        slug = slugify(tag, max_length=90, fallback="tag")
        return slug if i is None else f"{slug}-{i}"

    def get_absolute_url(self):
        return public_url("articles:tag", slug=self.slug)


class TagRedirect(models.Model):
    """A tag's former slug (renamed, transliterated or merged), answered with a 301."""

    old_slug = models.CharField(_("old slug"), max_length=100, unique=True)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="redirects")

    class Meta:
        verbose_name = _("tag redirect")
        verbose_name_plural = _("tag redirects")

    def __str__(self):
        return self.old_slug


class TaggedArticle(ItemBase):
    # Real foreign keys (not taggit's generic relation): joins and constraints work.
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")
    content_object = models.ForeignKey("Article", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("article tag")
        verbose_name_plural = _("article tags")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_article_tag")
        ]
        # A tag's articles from the index alone (tag pages, feeds, related articles).
        indexes = [models.Index(fields=["tag", "content_object"], name="tagged_tag_article_idx")]


def next_scheduled_publication(now) -> datetime | None:
    """When the next scheduled article goes live (pages must not outlive it)."""
    return (
        Article.objects.filter(status=Status.PUBLISHED, published_at__gt=now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )


def public_tags() -> TagQuerySet:
    return Tag.objects.public()


class Article(models.Model):
    title = CleanCharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kicker = CleanCharField(
        _("kicker"), max_length=80, blank=True, help_text=_("Short label shown above the title.")
    )
    standfirst = CleanTextField(
        _("standfirst"),
        max_length=400,
        blank=True,
        help_text=_(
            "One or two sentences under the title; also the description for search engines."
        ),
    )
    body = SanitizedHTMLField(_("body"), blank=True)
    kind = models.CharField(
        _("type"), max_length=20, choices=ArticleKind.choices, default=ArticleKind.NEWS
    )

    # Pictures and galleries live in the media library; the article points to them.
    lead_picture = models.ForeignKey(
        Picture,
        verbose_name=_("lead image"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lead_of",
    )
    gallery = models.ForeignKey(
        Gallery,
        verbose_name=_("main gallery"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="main_of",
        help_text=_("Shown as the article's main content: for a photo gallery."),
    )

    section = models.ForeignKey(
        Section, verbose_name=_("section"), on_delete=models.PROTECT, related_name="articles"
    )
    authors = models.ManyToManyField(
        Author, verbose_name=_("authors"), through="ArticleAuthor", related_name="articles"
    )
    tags = TaggableManager(verbose_name=_("tags"), through=TaggedArticle, blank=True)
    sponsor = models.ForeignKey(
        "Sponsor",
        verbose_name=_("sponsor"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        help_text=_("Who paid for a sponsored piece: required to publish one."),
    )
    featured = models.BooleanField(
        _("lead story"), default=False, help_text=_("Show large at the top of the home page.")
    )

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("publication date"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Set by the services on real edits only, never by a status change.
    updated_at = models.DateTimeField(_("last updated"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last saved by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    # Optimistic locking: every save through the services bumps it, and a
    # form that was opened on an older number is refused instead of
    # silently overwriting someone else's work.
    version = models.PositiveIntegerField(_("version"), default=1)

    # What search engines and social networks show, when it should differ
    # from the headline and standfirst (empty: those are used).
    seo_title = CleanCharField(
        _("title for search engines"),
        max_length=120,
        blank=True,
        help_text=_("Shown as the result's title by search engines: about 60 characters."),
    )
    seo_description = CleanCharField(
        _("description for search engines"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the result by search engines: 50 to 160 characters."),
    )
    social_title = CleanCharField(
        _("title for social networks"),
        max_length=150,
        blank=True,
        help_text=_("Shown on the card when the article is shared."),
    )
    social_description = CleanCharField(
        _("description for social networks"),
        max_length=300,
        blank=True,
        help_text=_("Shown on the card under the title when the article is shared."),
    )

    # Kept by articles.search.refresh_search_vector; PostgreSQL only (a GIN
    # index is added there by a vendor-conditional migration), NULL elsewhere.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-created_at"]
        permissions = [
            ("submit_article", "Può inviare articoli in revisione"),
            ("review_article", "Può revisionare e restituire qualsiasi articolo"),
            ("publish_article", "Può pubblicare, programmare e ritirare articoli"),
            ("correct_article", "Può aggiungere una correzione pubblica"),
            ("share_preview_article", "Può creare link di anteprima condivisibili"),
            ("merge_tags", "Può unire tag duplicati"),
        ]
        # Every public list is published() in the default order: indexes that
        # hold the whole order let a page stop after its rows, without sorting.
        indexes = [
            models.Index(
                fields=["status", "-published_at", "-created_at"], name="article_pub_order_idx"
            ),
            # Section pages and the home's per-section blocks.
            models.Index(
                fields=["section", "status", "-published_at", "-created_at"],
                name="article_section_pub_idx",
            ),
            # The home's lead story: the newest featured one, without a scan.
            # The sitemaps' last change.
            models.Index(fields=["status", "-updated_at"], name="article_updated_idx"),
            models.Index(
                fields=["status", "-published_at"],
                condition=Q(featured=True),
                name="article_featured_pub_idx",
            ),
            # Whether each article of a tag's or an author's list is public,
            # read from this index alone: counting a tag in 3,500 of 100,000
            # articles took 57 ms by reading the whole table, 5 ms with it.
            # (PostgreSQL only: elsewhere a plain index on the id, already there.)
            models.Index(
                fields=["id"], include=["status", "published_at"], name="article_public_lookup"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | Q(published_at__isnull=False),
                name="published_article_has_date",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return public_url("articles:detail", **self.permalink_kwargs())

    def permalink_kwargs(self) -> dict:
        """The date and slug in the article's address (and its photos' addresses)."""
        when = timezone.localtime(self.published_at or self.created_at or timezone.now())
        return {
            "year": when.year,
            "month": f"{when.month:02d}",
            "day": f"{when.day:02d}",
            "slug": self.slug,
        }

    @property
    def byline(self):
        """Authors in byline order (uses the prefetched credits when present)."""
        return [credit.author for credit in self.credits.all()]

    @property
    def state(self) -> State:
        """The workflow state, with "scheduled" derived from the publication time."""
        if (
            self.status == Status.PUBLISHED
            and self.published_at
            and self.published_at > timezone.now()
        ):
            return State.SCHEDULED
        return State(self.status)

    @property
    def is_public(self) -> bool:
        # The instance-side twin of ArticleQuerySet.published().
        return self.state == State.PUBLISHED

    @property
    def is_scheduled(self) -> bool:
        return self.state == State.SCHEDULED

    @property
    def state_label(self) -> str:
        return self.state.label

    @property
    def modified_at(self):
        """When readers last saw a change: the later of publication and last real edit."""
        return max(filter(None, (self.published_at, self.updated_at)), default=None)

    # The lead image as templates, feeds, SEO and the desk's checks read it:
    # the library picture's, and no image at all once its rights expired.
    @property
    def lead(self) -> Picture | None:
        """The lead picture (None when an old revision names one deleted since)."""
        try:
            return self.lead_picture
        except Picture.DoesNotExist:
            return None

    @property
    def lead_image_renditions(self) -> dict:
        return self.lead.public_renditions if self.lead else {}

    @property
    def lead_image_alt(self) -> str:
        return self.lead.alt if self.lead else ""

    @property
    def lead_image_caption(self) -> str:
        return self.lead.caption if self.lead else ""

    @property
    def lead_image_credit(self) -> str:
        return self.lead.credit if self.lead else ""

    @property
    def lead_image_width(self) -> int:
        return self.lead.width if self.lead else 0

    @property
    def card_marker(self) -> str:
        """The label cards show over a photo gallery ("Fotogallery"), else nothing."""
        return ArticleKind.GALLERY.label if self.kind == ArticleKind.GALLERY else ""

    @property
    def kind_label(self) -> str:
        """The visible type label ("Prova su strada", "Contenuto sponsorizzato"); none
        for plain news, nor when the kicker already says it."""
        if self.kind == ArticleKind.NEWS:
            return ""
        # What get_kind_display() gives, without hashing the choices again:
        # a list page asks for it twice per card.
        label = capfirst(str(_KIND_LABELS.get(self.kind, self.kind)))
        return "" if label.casefold() == self.kicker.strip().casefold() else label

    @property
    def is_sponsored(self) -> bool:
        return self.kind == ArticleKind.SPONSORED

    @property
    def sponsor_shown(self):
        """The sponsor readers are told about: only on a sponsored piece."""
        return self.sponsor if self.is_sponsored and self.sponsor_id else None

    @property
    def search_title(self) -> str:
        return self.seo_title or self.title

    @property
    def search_description(self) -> str:
        return self.seo_description or self.standfirst

    @property
    def share_title(self) -> str:
        # A shared sponsored piece says so on the card itself (IAP).
        return sponsored_prefix(self, self.social_title or self.search_title)

    @property
    def share_description(self) -> str:
        return self.social_description or self.search_description

    @property
    def was_updated(self):
        """True when edited meaningfully after publication (for "Aggiornato il")."""
        return bool(
            self.published_at and self.updated_at - self.published_at > timedelta(minutes=5)
        )


class ArticleAuthor(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="credits")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="credits"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("byline author")
        verbose_name_plural = _("byline")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")
        ]
        # An author's articles from the index alone (author pages and feeds).
        indexes = [models.Index(fields=["author", "article"], name="credit_author_article_idx")]

    def __str__(self):
        return str(self.author)


class ArticleTransition(models.Model):
    """One row per workflow step: the audit trail shown on the admin page."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="transitions")
    name = models.CharField(_("action"), max_length=20)
    from_status = models.CharField(_("from"), max_length=20, choices=Status.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("workflow step")
        verbose_name_plural = _("workflow steps")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class ArticleRedirect(models.Model):
    """An old slug of a published article, answered with a 301 to its new URL."""

    old_slug = models.SlugField(_("old slug"), max_length=200, unique=True)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")

    def __str__(self):
        return self.old_slug


class ArticleMedia(models.Model):
    """A library picture or gallery shown inside an article's body (the services
    keep these rows in step with the body): "where used", and no deleting while used."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="body_media")
    picture = models.ForeignKey(
        Picture, on_delete=models.PROTECT, null=True, blank=True, related_name="body_uses"
    )
    gallery = models.ForeignKey(
        Gallery, on_delete=models.PROTECT, null=True, blank=True, related_name="body_uses"
    )

    class Meta:
        verbose_name = _("use in the text")
        verbose_name_plural = _("uses in the text")
        constraints = [
            models.CheckConstraint(
                condition=Q(picture__isnull=True) ^ Q(gallery__isnull=True),
                name="body_media_is_a_picture_or_a_gallery",
            ),
            models.UniqueConstraint(fields=["article", "picture"], name="unique_body_picture"),
            models.UniqueConstraint(fields=["article", "gallery"], name="unique_body_gallery"),
        ]

    def __str__(self):
        return str(self.article)

    @property
    def media_owner(self):
        return self.article


# Every save through the services becomes a revision (user + comment), kept by
# django-reversion; the admin lists, compares and restores them.
# The byline and tags travel with each revision, so a restore brings them back.
reversion.register(Article, follow=("credits", "taggedarticle_set"))
reversion.register(ArticleAuthor)
reversion.register(TaggedArticle)

# Public corrections and preview links, and the desk's "Leggi anche" picks,
# live in their own modules.
from .picks import ReadAlso  # noqa: E402, F401
from .records import Correction, PreviewLink  # noqa: E402, F401
from .sponsors import Sponsor, sponsored_prefix  # noqa: E402, F401

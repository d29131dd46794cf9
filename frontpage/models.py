"""What the desk arranges on the home page: pinned stories and Ultim'ora,
plus the hourly read counts behind "I più letti"."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Section
from newsroom.text import CleanCharField


class Slot(models.TextChoices):
    LEAD = "lead", _("lead story")
    SECOND_1 = "second-1", _("secondary story 1")
    SECOND_2 = "second-2", _("secondary story 2")
    SECOND_3 = "second-3", _("secondary story 3")
    SECOND_4 = "second-4", _("secondary story 4")
    SECTION = "section", _("top of a section block")


SECONDARY_SLOTS = [Slot.SECOND_1, Slot.SECOND_2, Slot.SECOND_3, Slot.SECOND_4]


def _running(at: datetime) -> Q:
    """Started (or no start) and not yet ended (or no end) at ``at``."""
    return (Q(starts_at__isnull=True) | Q(starts_at__lte=at)) & (
        Q(ends_at__isnull=True) | Q(ends_at__gt=at)
    )


def _next_edge(queryset, now: datetime) -> datetime | None:
    """The next start or end after ``now`` among ``queryset``'s rows."""
    edges = queryset.aggregate(
        start=Min("starts_at", filter=Q(starts_at__gt=now)),
        end=Min("ends_at", filter=Q(ends_at__gt=now)),
    )
    return min(filter(None, edges.values()), default=None)


class PinQuerySet(models.QuerySet):
    def running(self, at: datetime | None = None) -> PinQuerySet:
        """Pins in force at ``at``; the latest start wins a slot (a scheduled change)."""
        return self.filter(_running(at or timezone.now())).order_by(
            models.F("starts_at").desc(nulls_last=True), "-pk"
        )


class Pin(models.Model):
    """An article the desk fixes in a slot of the home page, from ``starts_at``
    (empty: at once) until ``ends_at`` (empty: until removed). A pin with a
    future start is a scheduled change: "alle 9:00 l'apertura passa a …"."""

    slot = models.CharField(_("slot"), max_length=10, choices=Slot.choices, default=Slot.LEAD)
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("Only for the top of a section block."),
    )
    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="home_pins"
    )
    starts_at = models.DateTimeField(
        _("from"), null=True, blank=True, help_text=_("Empty: at once.")
    )
    ends_at = models.DateTimeField(
        _("until"), null=True, blank=True, help_text=_("Empty: until the pin is removed.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = PinQuerySet.as_manager()

    class Meta:
        verbose_name = _("pinned story")
        verbose_name_plural = _("home page slots")
        ordering = ["slot", "-starts_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(slot="section", section__isnull=False)
                | (~Q(slot="section") & Q(section__isnull=True)),
                name="pin_section_only_for_section_slot",
            ),
            models.CheckConstraint(
                condition=Q(starts_at__isnull=True)
                | Q(ends_at__isnull=True)
                | Q(ends_at__gt=models.F("starts_at")),
                name="pin_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return f"{self.get_slot_display()}: {self.article}"

    def clean(self):
        if self.slot == Slot.SECTION and not self.section_id:
            raise ValidationError({"section": _("Choose the section whose block it tops.")})
        if self.slot != Slot.SECTION:
            self.section = None
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})


def next_pin_change(now: datetime) -> datetime | None:
    return _next_edge(Pin.objects.all(), now)


class BreakingQuerySet(models.QuerySet):
    def running(self, at: datetime | None = None) -> BreakingQuerySet:
        return self.filter(_running(at or timezone.now())).order_by(
            models.F("starts_at").desc(nulls_last=True), "-pk"
        )


class BreakingNews(models.Model):
    """Ultim'ora: a line in a bar on top of every public page while it lasts."""

    text = CleanCharField(_("text"), max_length=160)
    article = models.ForeignKey(
        Article,
        verbose_name=_("linked article"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Optional: the bar links to it once it is public."),
    )
    starts_at = models.DateTimeField(
        _("from"), null=True, blank=True, help_text=_("Empty: at once.")
    )
    ends_at = models.DateTimeField(_("until"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = BreakingQuerySet.as_manager()

    class Meta:
        verbose_name = _("breaking news")
        verbose_name_plural = _("breaking news")
        ordering = ["-ends_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="breaking_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return self.text

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    def link(self, at: datetime | None = None) -> str:
        """The linked article's address, only while readers may open it."""
        if self.article_id and Article.objects.published(at=at).filter(pk=self.article_id):
            return self.article.get_absolute_url()
        return ""


def next_breaking_change(now: datetime) -> datetime | None:
    return _next_edge(BreakingNews.objects.all(), now)


class HourlyReads(models.Model):
    """How many reads an article had in one hour: a number, nothing about who."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="hourly_reads")
    hour = models.DateTimeField(_("hour"))
    count = models.PositiveIntegerField(_("reads"), default=0)

    class Meta:
        verbose_name = _("reads in an hour")
        verbose_name_plural = _("reads per hour")
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="unique_reads_hour"),
        ]
        indexes = [models.Index(fields=["hour"], name="reads_hour_idx")]

    def __str__(self):
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}: {self.count}"


class ArticleReadership(Article):
    """The articles as the desk's reading figures list them (admin only)."""

    class Meta:
        proxy = True
        verbose_name = _("article reads")
        verbose_name_plural = _("article reads")

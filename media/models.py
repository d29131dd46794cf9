"""The media library: every picture the site shows, once, with its rights;
and ordered galleries of those pictures.

What uses a picture or a gallery (an article's lead image, a body, a gallery)
points to it with a protecting foreign key, so "where used" and "cannot be
deleted while used" are read from the reverse relations (``media.usage``)
and this app never imports the apps that use it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.images import validate_image
from newsroom.text import CleanCharField

from . import usage

# How long before its rights expire a picture counts as "expiring".
EXPIRING_DAYS = 30
SEARCHED_FIELDS = (
    "title",
    "caption",
    "alt",
    "credit",
    "source",
    "copyright_holder",
    "original_name",
)
_FRACTION = [MinValueValidator(0.0), MaxValueValidator(1.0)]


class PictureQuerySet(models.QuerySet):
    def public(self) -> PictureQuerySet:
        """Pictures whose rights still allow showing them (the one expiry rule)."""
        today = timezone.localdate()
        return self.filter(Q(rights_expire_on__isnull=True) | Q(rights_expire_on__gte=today))

    def expired(self) -> PictureQuerySet:
        return self.filter(rights_expire_on__lt=timezone.localdate())

    def expiring(self, days: int = EXPIRING_DAYS) -> PictureQuerySet:
        today = timezone.localdate()
        return self.filter(rights_expire_on__range=(today, today + timedelta(days=days)))

    def incomplete(self) -> PictureQuerySet:
        """Missing what readers need: alternative text or a credit."""
        return self.filter(Q(alt="") | Q(credit=""))

    def unused(self) -> PictureQuerySet:
        return self.filter(usage.unused_q(self.model))

    def used(self) -> PictureQuerySet:
        return self.exclude(usage.unused_q(self.model))

    def search(self, text: str) -> PictureQuerySet:
        """Every word somewhere in the title, caption, alt text, credit, source or rights."""
        words = text.split()[:8]
        if not words:
            return self
        per_word = [
            reduce(or_, (Q(**{f"{f}__icontains": w}) for f in SEARCHED_FIELDS)) for w in words
        ]
        return self.filter(reduce(and_, per_word))


def next_rights_expiry(now):
    """The next midnight (Rome) at which a picture's rights run out."""
    today = timezone.localdate(now)
    last_day = (
        Picture.objects.filter(rights_expire_on__gte=today)
        .order_by("rights_expire_on")
        .values_list("rights_expire_on", flat=True)
        .first()
    )
    if last_day is None:
        return None
    midnight = datetime.combine(last_day + timedelta(days=1), datetime.min.time())
    return timezone.make_aware(midnight)


class Picture(models.Model):
    file = models.ImageField(
        _("file"), upload_to="pictures/%Y/%m/", validators=[validate_image], max_length=200
    )
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    title = CleanCharField(_("title"), max_length=200, blank=True)
    caption = CleanCharField(_("caption"), max_length=500, blank=True)
    alt = CleanCharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it. Required."),
    )
    credit = CleanCharField(
        _("credit"),
        max_length=120,
        blank=True,
        help_text=_("Photographer or agency, shown under the picture. Required."),
    )
    source = CleanCharField(
        _("source"), max_length=200, blank=True, help_text=_("E.g. the press kit it came from.")
    )
    copyright_holder = CleanCharField(_("copyright holder"), max_length=200, blank=True)
    usage_terms = CleanCharField(
        _("usage terms"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “solo uso editoriale”."),
    )
    rights_expire_on = models.DateField(
        _("rights expire on"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("After this day the picture leaves the public pages and the desk is warned."),
    )
    focus_x = models.FloatField(_("focal point (across)"), default=0.5, validators=_FRACTION)
    focus_y = models.FloatField(_("focal point (down)"), default=0.5, validators=_FRACTION)
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    original_name = CleanCharField(_("original file name"), max_length=255, blank=True)
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="pictures_uploaded",
    )

    objects = PictureQuerySet.as_manager()

    class Meta:
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.title or self.caption[:80] or self.original_name or f"#{self.pk}"

    @property
    def focus(self) -> tuple[float, float]:
        return (self.focus_x, self.focus_y)

    @property
    def is_expired(self) -> bool:
        """The instance-side twin of ``PictureQuerySet.public()``."""
        expiry = self.rights_expire_on
        return expiry is not None and expiry < timezone.localdate()

    @property
    def is_complete(self) -> bool:
        return bool(self.alt.strip() and self.credit.strip())

    @property
    def thumb_url(self) -> str:
        """The desk's square thumbnail, once made (``services.ensure_renditions``)."""
        sizes = (self.renditions or {}).get("thumb") or []
        return default_storage.url(sizes[0]["jpg"]) if sizes else ""

    @property
    def public_renditions(self) -> dict:
        """The rendition index, or nothing once the rights have expired."""
        return {} if self.is_expired else self.renditions or {}


class Gallery(models.Model):
    """Library pictures in the order the desk chose."""

    title = CleanCharField(_("title"), max_length=200)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="galleries_created",
    )

    class Meta:
        verbose_name = _("gallery")
        verbose_name_plural = _("galleries")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.title

    def ordered_pictures(self) -> list[Picture]:
        return [item.picture for item in self.items.select_related("picture")]


class GalleryItem(models.Model):
    gallery = models.ForeignKey(Gallery, on_delete=models.CASCADE, related_name="items")
    picture = models.ForeignKey(
        Picture,
        verbose_name=_("picture"),
        on_delete=models.PROTECT,
        related_name="gallery_items",
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("picture in a gallery")
        verbose_name_plural = _("pictures in galleries")
        ordering = ["position", "pk"]

    def __str__(self):
        return f"{self.gallery} #{self.position + 1}"

    @property
    def media_owner(self):
        """Where this use shows up in "where used": the gallery."""
        return self.gallery

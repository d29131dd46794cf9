"""What the desk keeps per person: notifications and their preferences,
who is editing what (presence), and automatic drafts of unsaved work."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article


class Kind(models.TextChoices):
    SUBMITTED = "submitted", _("submitted for review")
    RETURNED = "returned", _("returned to the author")
    SCHEDULED = "scheduled", _("scheduled")
    PUBLISHED = "published", _("published")
    UNPUBLISHED = "unpublished", _("unpublished")
    CORRECTED = "corrected", _("corrected")


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="desk_notifications",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="desk_notification_unread")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.article}"


class NotificationPreference(models.Model):
    """One kind of notification for one person; no row means both ways on."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="desk_preferences"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    in_admin = models.BooleanField(_("in the admin"), default=True)
    by_email = models.BooleanField(_("by e-mail"), default=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="desk_one_preference_per_kind")
        ]

    def __str__(self):
        return f"{self.user}: {self.kind}"


class Presence(models.Model):
    """Someone has an article open for editing; it lapses by itself when their
    page stops reporting (``DESK_PRESENCE_SECONDS``)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="presences")
    since = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(default=timezone.now, db_index=True)
    taken_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("presence")
        verbose_name_plural = _("presences")
        constraints = [
            models.UniqueConstraint(fields=["user", "article"], name="desk_one_presence")
        ]

    def __str__(self):
        return f"{self.user} @ {self.article_id}"


class AutosaveDraft(models.Model):
    """What one person typed in an article form and has not saved: never the
    article itself. ``article`` is empty for a new article not saved yet."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    data = models.JSONField(default=dict)
    base_version = models.PositiveIntegerField(null=True, blank=True)
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("automatic draft")
        verbose_name_plural = _("automatic drafts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "article"],
                condition=Q(article__isnull=False),
                name="desk_one_autosave_per_article",
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(article__isnull=True),
                name="desk_one_autosave_for_new",
            ),
        ]

    def __str__(self):
        return f"{self.user}: {self.article_id or 'new'}"

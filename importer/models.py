"""What the WordPress import remembers between runs.

Each WordPress object is keyed by its own identity (post ID and GUID, author
login, category slug, uploaded file path), so running the same export again
finds what it made last time instead of making it twice. Old permalinks live
here too: ``OldPermalink`` rows answer the addresses readers and search engines
still have.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Section
from authors.models import Author
from media.models import Picture


class ImportedPost(models.Model):
    """A WordPress post and the article made from it."""

    wp_id = models.PositiveBigIntegerField(_("WordPress ID"), unique=True)
    guid = models.CharField(_("GUID"), max_length=500, blank=True)
    # Kept when the article is deleted afterwards: a later run then leaves it deleted.
    article = models.OneToOneField(
        Article,
        verbose_name=_("article"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="wordpress",
    )
    link = models.CharField(_("old address"), max_length=500, blank=True)
    wp_status = models.CharField(_("WordPress status"), max_length=20)
    # Fingerprint of everything the article was made from: unchanged → nothing to do.
    source_hash = models.CharField(max_length=64, editable=False)
    # The article's version after the import wrote it: a different one means
    # the desk edited it since, and a new run must not overwrite that work.
    imported_version = models.PositiveIntegerField(default=0, editable=False)
    lead_source = models.CharField(max_length=500, blank=True, editable=False)
    # Pictures the post shows that could not be imported: said again by every
    # run until the files turn up in --media-dir.
    missing_media = models.JSONField(default=list, blank=True, editable=False)
    # Yoast SEO's title and description, as WordPress stored them (the
    # article's own SEO fields take them where the model has such fields).
    seo_title = models.CharField(_("SEO title"), max_length=300, blank=True)
    seo_description = models.CharField(_("SEO description"), max_length=500, blank=True)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last import"), auto_now=True)

    class Meta:
        verbose_name = _("imported post")
        verbose_name_plural = _("imported posts")
        ordering = ["-wp_id"]

    def __str__(self):
        return f"WordPress {self.wp_id}"


class ImportedAuthor(models.Model):
    login = models.CharField(_("WordPress login"), max_length=200, unique=True)
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("imported author")
        verbose_name_plural = _("imported authors")

    def __str__(self):
        return self.login


class ImportedCategory(models.Model):
    nicename = models.CharField(_("WordPress category slug"), max_length=200, unique=True)
    section = models.ForeignKey(
        Section, verbose_name=_("section"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("imported category")
        verbose_name_plural = _("imported categories")

    def __str__(self):
        return self.nicename


class ImportedPicture(models.Model):
    """A file from wp-content/uploads already in the library (each file becomes
    one picture, whatever number of posts or runs show it)."""

    source = models.CharField(_("uploaded file"), max_length=500, unique=True)
    picture = models.ForeignKey(
        Picture, verbose_name=_("picture"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("imported picture")
        verbose_name_plural = _("imported pictures")

    def __str__(self):
        return self.source


class OldPermalink(models.Model):
    """An address the article had on WordPress, answered with a 301.

    Stored in the form ``importer.permalinks.key`` gives (decoded path
    without trailing slash or AMP suffix; ``p=123`` or nothing as query), and
    looked up only when a request would otherwise get a 404, or carries
    WordPress's ``?p=`` or ``?amp``.
    """

    path = models.CharField(_("old path"), max_length=500)
    query = models.CharField(_("old query"), max_length=100, blank=True)
    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("old WordPress address")
        verbose_name_plural = _("old WordPress addresses")
        constraints = [
            models.UniqueConstraint(fields=["path", "query"], name="unique_old_permalink")
        ]

    def __str__(self):
        return f"{self.path}?{self.query}" if self.query else self.path

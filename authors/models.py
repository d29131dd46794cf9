from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.images import validate_image
from newsroom.links import public_url
from newsroom.text import CleanCharField, CleanTextField, CleanURLField
from newsroom.weburl import is_web_address


class AuthorQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Author(models.Model):
    name = CleanCharField(_("display name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    role = CleanCharField(
        _("role"),
        max_length=80,
        blank=True,
        help_text=_("Shown on the “Editorial staff” page, e.g. Caporedattrice, Collaboratore."),
    )
    masthead_order = models.PositiveSmallIntegerField(
        _("order on the staff page"), default=100, help_text=_("Lower numbers come first.")
    )
    bio = CleanTextField(_("biography"), blank=True)
    photo = models.ImageField(
        _("photo"), upload_to="authors/", blank=True, validators=[validate_image]
    )
    photo_renditions = models.JSONField(default=dict, blank=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
        help_text=_("The login this author uses in the admin, if any."),
    )
    website = CleanURLField(_("website"), blank=True)
    twitter = CleanURLField(_("X (Twitter) profile"), blank=True)
    linkedin = CleanURLField(_("LinkedIn profile"), blank=True)
    facebook = CleanURLField(_("Facebook profile"), blank=True)
    instagram = CleanURLField(_("Instagram profile"), blank=True)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive authors keep their page and articles but cannot be given new ones."),
    )

    objects = AuthorQuerySet.as_manager()

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        # The author page lists articles, so the articles app serves it; a URL
        # name is not an import, and this app still knows nothing of articles.
        return public_url("articles:author", slug=self.slug)

    @property
    def social_links(self):
        """Public profiles as (label, url) pairs, in a stable order."""
        candidates = [
            (_("Website"), self.website),
            ("X", self.twitter),
            ("LinkedIn", self.linkedin),
            ("Facebook", self.facebook),
            ("Instagram", self.instagram),
        ]
        # Forms accept only http(s) addresses, but a shell or an import does
        # not ask them: a javascript: address must never become a link.
        return [(label, url) for label, url in candidates if url and is_web_address(url)]

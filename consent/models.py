import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.text import CleanCharField, CleanTextField
from newsroom.weburl import browser_url, https_origin, is_local_path


class CategoryKey(models.TextChoices):
    """The only definition of the category codes (templates and consent.js get them from here)."""

    NECESSARY = "necessary", _("Strictly necessary")
    STATISTICS = "statistics", _("Statistics")
    MARKETING = "marketing", _("Marketing")
    THIRD_PARTY = "third_party", _("Third-party content")


class Method(models.TextChoices):
    BANNER_ACCEPT = "banner_accept", _("Banner: accept all")
    BANNER_REJECT = "banner_reject", _("Banner: reject all")
    CLOSE_X = "close_x", _("Banner: closed with the X (reject all)")
    PREFERENCES = "preferences", _("Preferences")
    GPC = "gpc", _("Global Privacy Control signal")
    CLICK_TO_LOAD = "click_to_load", _("Click to load an embed")


ONLY_NECESSARY_REQUIRED = _(
    "Only the strictly necessary category can be always on: the Garante requires the "
    "reader's consent for statistics, marketing and third-party content."
)


class ConsentCategory(models.Model):
    key = models.CharField(_("key"), max_length=20, choices=CategoryKey.choices, unique=True)
    name = CleanCharField(_("name"), max_length=80)
    description = CleanTextField(_("description"), blank=True)
    required = models.BooleanField(
        _("always on"), default=False, help_text=_("Strictly necessary: cannot be switched off.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("consent category")
        verbose_name_plural = _("consent categories")
        constraints = [
            # Garante, Linee guida cookie (2021): statistics that identify,
            # marketing and third-party content need a prior, free choice.
            models.CheckConstraint(
                condition=models.Q(required=False) | models.Q(key=CategoryKey.NECESSARY),
                name="only_necessary_is_always_on",
                violation_error_message=ONLY_NECESSARY_REQUIRED,
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.required and self.key != CategoryKey.NECESSARY:
            raise ValidationError({"required": ONLY_NECESSARY_REQUIRED}, code="required")


class ConsentService(models.Model):
    """A cookie or service the cookie policy lists under its category."""

    category = models.ForeignKey(
        ConsentCategory,
        on_delete=models.CASCADE,
        related_name="services",
        verbose_name=_("category"),
    )
    name = CleanCharField(_("name"), max_length=120)
    provider = CleanCharField(_("provider"), max_length=120)
    purpose = CleanTextField(_("purpose"))
    duration = CleanCharField(_("duration"), max_length=80)
    cookie_names = CleanCharField(
        _("cookie names"), max_length=200, blank=True, help_text=_("Comma separated.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["category__order", "order", "pk"]
        verbose_name = _("cookie or service")
        verbose_name_plural = _("cookies and services")

    def __str__(self):
        return self.name


def validate_script_src(value: str):
    # Read as a browser reads it: "/\\evil.example/x.js" or a tab after the
    # slash is an address on another host, not a path on this site.
    read = browser_url(value)
    if read != value or not (https_origin(read) or is_local_path(read)):
        raise ValidationError(
            _("Use an https:// address or a path on this site starting with /."), code="src"
        )


class ConsentScript(models.Model):
    """A script loaded only when its category is granted (never inline code).

    Whoever sets a script runs code on every public page, on the admin's
    origin: adding or changing one is a superuser's power (see the admin).
    """

    category = models.ForeignKey(
        ConsentCategory,
        on_delete=models.CASCADE,
        related_name="scripts",
        verbose_name=_("category"),
    )
    name = CleanCharField(_("name"), max_length=120)
    src = models.CharField(_("script address"), max_length=500, validators=[validate_script_src])
    config = models.JSONField(
        _("configuration"),
        default=dict,
        blank=True,
        help_text=_("JSON handed to the script in its data-config attribute."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["category__order", "pk"]
        verbose_name = _("gated script")
        verbose_name_plural = _("gated scripts")

    def __str__(self):
        return self.name


class ConsentPolicy(models.Model):
    """The one row holding the policy version and the privacy policy text."""

    version = models.PositiveIntegerField(
        _("policy version"),
        default=1,
        help_text=_(
            "Raise it after a material change (for example a new third party): "
            "every reader sees the banner again."
        ),
    )
    privacy_policy = CleanTextField(
        _("privacy policy"), blank=True, help_text=_("Plain text; blank lines separate paragraphs.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("consent policy")
        verbose_name_plural = _("consent policy")

    def __str__(self):
        return str(_("Consent policy, version %(version)s") % {"version": self.version})

    def clean(self):
        current = ConsentPolicy.objects.filter(pk=self.pk).values_list("version", flat=True).first()
        if current and self.version < current:
            raise ValidationError({"version": _("The version can only go up.")})

    @classmethod
    def load(cls) -> "ConsentPolicy":
        return cls.objects.filter(pk=1).first() or cls(pk=1)


class ConsentRecord(models.Model):
    """Proof of consent: one row per choice, refusals and withdrawals included."""

    consent_id = models.UUIDField(_("consent id"), default=uuid.uuid4, db_index=True)
    granted = models.JSONField(_("granted"), default=list)
    refused = models.JSONField(_("refused"), default=list)
    policy_version = models.PositiveIntegerField(_("policy version"))
    created_at = models.DateTimeField(_("date"), db_index=True)
    method = models.CharField(_("how"), max_length=20, choices=Method.choices)
    gpc = models.BooleanField(_("GPC signal"), default=False)
    ip_truncated = models.GenericIPAddressField(_("truncated IP"), null=True, blank=True)
    browser_family = models.CharField(_("browser"), max_length=40, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self):
        return f"{self.consent_id} · {self.get_method_display()}"

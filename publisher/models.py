"""The publisher's legal and transparency data: one record, kept by the Amministratore.

Italian law (legge 47/1948, legge 62/2001) wants the testata, the editore, the
direttore responsabile and the court registration (or the exemption) printed
on the periodical; the P.IVA belongs on the site's home page (DPR 633/1972,
art. 35). The footer, the transparency pages and the structured data all read
this record.
"""

from __future__ import annotations

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from media.models import Picture
from newsroom.text import CleanCharField, CleanTextField

from .vat import normalize, validate_vat_number

CACHE_KEY = "publisher:current"
_NONE = "none"


class Publisher(models.Model):
    # Always 1: the table holds at most one row.
    singleton = models.PositiveSmallIntegerField(default=1, unique=True, editable=False)

    masthead = CleanCharField(
        _("masthead (testata)"), max_length=120, help_text=_("The periodical's registered name.")
    )
    company = CleanCharField(
        _("publisher (editore)"), max_length=200, help_text=_("The company that publishes it.")
    )
    street_address = CleanCharField(_("registered office: street"), max_length=200)
    postal_code = CleanCharField(_("postal code"), max_length=10)
    city = CleanCharField(_("city"), max_length=100)
    vat_number = CleanCharField(
        _("VAT number (partita IVA)"),
        max_length=16,
        validators=[validate_vat_number],
        help_text=_("11 digits, without IT in front."),
    )
    court = CleanCharField(
        _("registration court"), max_length=100, blank=True, help_text=_("E.g. Tribunale di Milano")
    )
    registration_number = CleanCharField(_("registration number"), max_length=40, blank=True)
    registration_date = models.DateField(_("registration date"), null=True, blank=True)
    registration_exempt = models.BooleanField(
        _("exempt from registration"),
        default=False,
        help_text=_("Tick when the periodical need not be registered at a court."),
    )
    exemption_note = CleanCharField(
        _("exemption note"),
        max_length=300,
        blank=True,
        help_text=_("Shown instead of the registration, e.g. why the periodical is exempt."),
    )
    editor_in_chief = CleanCharField(_("editor in chief (direttore responsabile)"), max_length=120)
    roc_number = CleanCharField(
        _("ROC number"),
        max_length=40,
        blank=True,
        help_text=_("Registro degli operatori di comunicazione."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    pec = models.EmailField(_("certified e-mail (PEC)"), blank=True)
    phone = CleanCharField(_("telephone"), max_length=40, blank=True)
    logo = models.ForeignKey(
        Picture,
        verbose_name=_("logo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("From the media library; empty: the site's own logo."),
    )
    about_text = CleanTextField(
        _("text of “About us”"),
        blank=True,
        help_text=_("Plain text; a blank line starts a paragraph."),
    )
    contacts_text = CleanTextField(_("text of “Contacts”"), blank=True)
    policy_text = CleanTextField(_("editorial policy"), blank=True)
    corrections_text = CleanTextField(_("corrections policy"), blank=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    class Meta:
        verbose_name = _("publisher data")
        verbose_name_plural = _("publisher data")
        constraints = [
            models.CheckConstraint(condition=Q(singleton=1), name="publisher_is_one_record")
        ]

    def __str__(self):
        return self.masthead

    def save(self, *args, **kwargs):
        self.singleton = 1
        super().save(*args, **kwargs)
        # Now, and again after the commit: a page rendered in between would
        # otherwise put the old record back.
        cache.delete(CACHE_KEY)
        transaction.on_commit(lambda: cache.delete(CACHE_KEY))

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(CACHE_KEY)
        transaction.on_commit(lambda: cache.delete(CACHE_KEY))
        return result

    def clean(self):
        super().clean()
        self.vat_number = normalize(self.vat_number)
        registered = self.court and self.registration_number and self.registration_date
        if self.registration_exempt:
            if not self.exemption_note:
                raise ValidationError(
                    {"exemption_note": _("Say why the periodical is exempt from registration.")}
                )
        elif not registered:
            raise ValidationError(
                _(
                    "Give the court, number and date of the registration, "
                    "or tick “exempt from registration” and explain why."
                )
            )

    @property
    def address_line(self) -> str:
        return f"{self.street_address}, {self.postal_code} {self.city}".strip(" ,")

    @property
    def missing(self) -> list[str]:
        """The legal data still missing (verbose names), for the system check."""
        required = [
            "masthead",
            "company",
            "street_address",
            "city",
            "vat_number",
            "editor_in_chief",
        ]
        names = [
            str(self._meta.get_field(n).verbose_name) for n in required if not getattr(self, n)
        ]
        if not (self.registration_exempt or (self.court and self.registration_number)):
            names.append(str(_("registration court")))
        return names


def current() -> Publisher | None:
    """The record (cached briefly: every public page's footer shows it), or None."""
    found = cache.get(CACHE_KEY)
    if found is None:
        found = Publisher.objects.select_related("logo").first() or _NONE
        cache.set(CACHE_KEY, found, 60)
    return None if found == _NONE else found

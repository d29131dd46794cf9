"""Sponsors of branded content, and how a sponsored piece is labelled.

The Italian self-regulation code (Codice di Autodisciplina della Comunicazione
Commerciale, IAP, art. 7 and its digital chart) wants paid content recognisable
as such wherever it appears: the label "Sponsorizzato da …" with the sponsor's
name replaces the byline on the page and cards, prefixes the title in feeds and
share previews, and links to the sponsor carry rel="sponsored".
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from media.models import Picture
from newsroom.text import CleanCharField, CleanTextField, CleanURLField


class Sponsor(models.Model):
    name = CleanCharField(gettext_lazy("name"), max_length=120, unique=True)
    logo = models.ForeignKey(
        Picture,
        verbose_name=gettext_lazy("logo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    link = CleanURLField(gettext_lazy("link"), blank=True)
    disclaimer = CleanTextField(
        gettext_lazy("disclaimer"),
        blank=True,
        help_text=gettext_lazy(
            "Shown under the label, e.g. “Content made in collaboration with … "
            "The editorial staff did not take part.”"
        ),
    )

    class Meta:
        verbose_name = gettext_lazy("sponsor")
        verbose_name_plural = gettext_lazy("sponsors")
        ordering = ["name"]

    def __str__(self):
        return self.name


def sponsored_label(article) -> str:
    """ "Sponsorizzato da Marca" for a sponsored piece with a sponsor, else ""."""
    sponsor = article.sponsor_shown
    return _("Sponsored by %(name)s") % {"name": sponsor.name} if sponsor else ""


def sponsored_prefix(article, text: str) -> str:
    """``text`` after the sponsored label ("Sponsorizzato da Marca: …") when sponsored."""
    label = sponsored_label(article)
    return f"{label} — {text}" if label and text else (label or text)

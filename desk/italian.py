"""Grammatical Italian for the admin's own messages.

Django builds "The {name} “{obj}” was added successfully." from a model's
verbose name, and Italian cannot do that without knowing the noun's article
and gender: "Il articolo", "Il categoria". Each model shown in the admin
has its noun here (with its article, through the catalog) and its gender,
and ``ItalianMessages`` (mixed into every ModelAdmin by ``desk.sites``)
replaces Django's message with one that agrees: "L'articolo «…» è stato
salvato", "La sezione «…» è stata eliminata". Our catalog also rewrites
Django's generic messages without a gender, for anything not listed.
"""

from __future__ import annotations

from typing import NamedTuple

from django.contrib import messages
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import pgettext, pgettext_lazy

MASCULINE, FEMININE = "masculine", "feminine"


class Noun(NamedTuple):
    with_article: str | Promise  # "l'articolo", "la sezione"
    gender: str


NOUNS: dict[str, Noun] = {
    "articles.article": Noun(pgettext_lazy("noun with article", "the article"), MASCULINE),
    "articles.section": Noun(pgettext_lazy("noun with article", "the section"), FEMININE),
    "articles.tag": Noun(pgettext_lazy("noun with article", "the tag"), MASCULINE),
    "authors.author": Noun(pgettext_lazy("noun with article", "the author"), MASCULINE),
    "auth.user": Noun(pgettext_lazy("noun with article", "the user"), MASCULINE),
    "auth.group": Noun(pgettext_lazy("noun with article", "the group"), MASCULINE),
    "consent.consentcategory": Noun(
        pgettext_lazy("noun with article", "the consent category"), FEMININE
    ),
    "consent.consentservice": Noun(
        pgettext_lazy("noun with article", "the cookie or service"), MASCULINE
    ),
    "consent.consentscript": Noun(
        pgettext_lazy("noun with article", "the gated script"), MASCULINE
    ),
    "consent.consentpolicy": Noun(
        pgettext_lazy("noun with article", "the consent policy"), FEMININE
    ),
    "consent.consentrecord": Noun(
        pgettext_lazy("noun with article", "the consent record"), FEMININE
    ),
    "articles.sponsor": Noun(pgettext_lazy("noun with article", "the sponsor"), MASCULINE),
    "publisher.publisher": Noun(
        pgettext_lazy("noun with article", "the publisher record"), FEMININE
    ),
    "media.picture": Noun(pgettext_lazy("noun with article", "the picture"), FEMININE),
    "media.gallery": Noun(pgettext_lazy("noun with article", "the gallery"), FEMININE),
    "frontpage.pin": Noun(pgettext_lazy("noun with article", "the pinned story"), MASCULINE),
    "frontpage.breakingnews": Noun(
        pgettext_lazy("noun with article", "the breaking news"), FEMININE
    ),
    "frontpage.articlereadership": Noun(
        pgettext_lazy("noun with article", "the article's reads"), FEMININE
    ),
    "importer.importedpost": Noun(
        pgettext_lazy("noun with article", "the imported post"), MASCULINE
    ),
    "importer.oldpermalink": Noun(pgettext_lazy("noun with article", "the old address"), MASCULINE),
    "axes.accessattempt": Noun(pgettext_lazy("noun with article", "the access attempt"), MASCULINE),
    "axes.accesslog": Noun(pgettext_lazy("noun with article", "the access log"), MASCULINE),
    "axes.accessfailurelog": Noun(
        pgettext_lazy("noun with article", "the access failure"), MASCULINE
    ),
}


def message(model, action: str, obj) -> str | None:
    """The Italian message for ``action`` ("added", "changed", "deleted") on
    ``obj`` (its repr, possibly a link), or None for a model not listed."""
    noun = NOUNS.get(model._meta.label_lower)
    if noun is None:
        return None
    # Literal contexts: makemessages reads them, and the catalog makes the
    # participle agree ("salvato", "salvata").
    texts = {
        MASCULINE: {
            "added": pgettext("masculine", "{noun} “{obj}” was created."),
            "changed": pgettext("masculine", "{noun} “{obj}” was saved."),
            "deleted": pgettext("masculine", "{noun} “{obj}” was deleted."),
        },
        FEMININE: {
            "added": pgettext("feminine", "{noun} “{obj}” was created."),
            "changed": pgettext("feminine", "{noun} “{obj}” was saved."),
            "deleted": pgettext("feminine", "{noun} “{obj}” was deleted."),
        },
    }
    return format_html(texts[noun.gender][action], noun=capfirst(str(noun.with_article)), obj=obj)


def _object_link(admin, request, obj):
    if not admin.has_change_permission(request, obj):
        return str(obj)
    opts = obj._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return str(obj)
    return format_html('<a href="{}">{}</a>', url, obj)


class ItalianMessages:
    """Mixed into every ModelAdmin: the success message of an add, change or
    delete agrees with the noun's gender."""

    def response_add(self, request, obj, *args, **kwargs):
        request._italian_message = ("added", _object_link(self, request, obj))
        return super().response_add(request, obj, *args, **kwargs)

    def response_change(self, request, obj):
        request._italian_message = ("changed", _object_link(self, request, obj))
        return super().response_change(request, obj)

    def response_delete(self, request, obj_display, obj_id):
        request._italian_message = ("deleted", obj_display)
        return super().response_delete(request, obj_display, obj_id)

    def message_user(self, request, message_text, level=messages.INFO, *args, **kwargs):
        pending = getattr(request, "_italian_message", None)
        if pending and level == messages.SUCCESS:
            request._italian_message = None
            message_text = message(self.model, *pending) or message_text
        return super().message_user(request, message_text, level, *args, **kwargs)

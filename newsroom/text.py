"""Stored text is free of control characters, whichever way it was written.

Word pastes a vertical tab for a soft line break, old exports carry C1
controls, a broken client can send a lone surrogate: none of them is text a
reader should get, and each makes XML (feeds, sitemaps) invalid or a database
refuse the row. ``clean_text`` is the one rule; the model fields below apply it
in ``pre_save`` (admin, services, imports and the shell all save) and when a
value is prepared for the database (``QuerySet.update`` too).
"""

import re

from django import forms
from django.db import models

# C0 controls except tab, newline and carriage return; DEL; C1 controls; and
# surrogates, which in a Python string can only be lone halves.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Controls that stand for a line break (vertical tab, form feed, next line):
# they become a real one, or a space in a one-line field, so words stay apart.
_LINE_BREAK = re.compile("[\x0b\x0c\x85]")


def clean_text(value, *, multiline: bool = True):
    """``value`` without control characters; anything but a string is returned as is."""
    if not isinstance(value, str):
        return value
    value = _LINE_BREAK.sub("\n" if multiline else " ", value)
    return _CONTROL.sub("", value)


class CleanFormField(forms.CharField):
    """Cleans before validating, so a form takes pasted text instead of refusing a NUL."""

    def __init__(self, *, multiline: bool = True, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value):
        return clean_text(super().to_python(value), multiline=self.multiline)


class _CleanMixin:
    multiline = True

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": CleanFormField, "multiline": self.multiline, **kwargs}
        )

    def pre_save(self, model_instance, add):
        value = clean_text(getattr(model_instance, self.attname), multiline=self.multiline)
        setattr(model_instance, self.attname, value)
        return value

    def get_prep_value(self, value):
        return clean_text(super().get_prep_value(value), multiline=self.multiline)

    def deconstruct(self):
        # Only Python behaviour differs, the column is the same: migrations see
        # the plain Django field, so switching a field to a clean one needs none.
        name, _path, args, kwargs = super().deconstruct()
        return name, self.django_path, args, kwargs


class CleanCharField(_CleanMixin, models.CharField):
    """A one-line ``CharField`` cleaned by ``clean_text``."""

    multiline = False
    django_path = "django.db.models.CharField"


class CleanTextField(_CleanMixin, models.TextField):
    """A ``TextField`` cleaned by ``clean_text``."""

    django_path = "django.db.models.TextField"

"""Stored text is free of control characters, whichever way it was written.

Word pastes a vertical tab for a soft line break, old exports carry C1
controls, a broken client can send a lone surrogate: none of them is text a
reader should get, and each makes XML (feeds, sitemaps) invalid or a database
refuse the row. ``clean_text`` is the one rule; the model fields below apply it
in ``pre_save`` (admin, services, imports and the shell all save), when a value
is prepared for the database (``QuerySet.update`` too) and in their forms
(before validation, so a pasted NUL is dropped rather than refused).
"""

import re

from django import forms
from django.db import models

# C0 controls except tab, newline and carriage return; DEL; C1 controls; and
# surrogates, which in a Python string can only be lone halves.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Controls that stand for a line break (vertical tab, form feed, next line).
_LINE_BREAK = re.compile("[\x0b\x0c\x85]")

MULTILINE, ONE_LINE, ADDRESS = "\n", " ", ""


def clean_text(value, *, line_break: str = MULTILINE):
    """``value`` without control characters; anything but a string is returned as is.

    A line-break control becomes ``line_break``: a real line break in a text,
    a space on one line (so words stay apart), nothing in an address.
    """
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", _LINE_BREAK.sub(line_break, value))


class CleanFormField(forms.CharField):
    def __init__(self, *, line_break: str = MULTILINE, **kwargs):
        self.line_break = line_break
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(clean_text(value, line_break=self.line_break))


class CleanURLFormField(forms.URLField):
    def __init__(self, **kwargs):
        # Django 6's default: "example.com" typed without a scheme means https.
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(clean_text(value, line_break=ADDRESS))


class _CleanMixin:
    line_break = MULTILINE
    form_class = CleanFormField

    def formfield(self, **kwargs):
        extra = {"line_break": self.line_break} if self.form_class is CleanFormField else {}
        return super().formfield(**{"form_class": self.form_class, **extra, **kwargs})

    def pre_save(self, model_instance, add):
        value = clean_text(getattr(model_instance, self.attname), line_break=self.line_break)
        setattr(model_instance, self.attname, value)
        return value

    def get_prep_value(self, value):
        return clean_text(super().get_prep_value(value), line_break=self.line_break)

    def deconstruct(self):
        # Only Python behaviour differs, the column is the same: migrations see
        # the plain Django field, so switching a field to a clean one needs none.
        name, _path, args, kwargs = super().deconstruct()
        return name, self.django_path, args, kwargs


class CleanCharField(_CleanMixin, models.CharField):
    """A one-line ``CharField`` cleaned by ``clean_text``."""

    line_break = ONE_LINE
    django_path = "django.db.models.CharField"


class CleanTextField(_CleanMixin, models.TextField):
    """A ``TextField`` cleaned by ``clean_text``."""

    django_path = "django.db.models.TextField"


class CleanURLField(_CleanMixin, models.URLField):
    """A ``URLField`` cleaned by ``clean_text`` (its form still checks the address)."""

    line_break = ADDRESS
    django_path = "django.db.models.URLField"
    form_class = CleanURLFormField

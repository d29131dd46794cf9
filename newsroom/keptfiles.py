"""A file chosen in a form survives a validation error.

Browsers never send a chosen file twice: when a form comes back with an
error, its file inputs are empty and the photo is lost. A form using
``KeepsUploads`` stores the upload for a day under ``kept/`` and sends back
a signed reference with the form ("già caricato: foto.jpg"); the next
submission without a new file uses the kept one. The reference is signed,
so nobody can point a form at another file.
"""

from __future__ import annotations

import os
import uuid
from datetime import timedelta

from django.contrib.admin.widgets import AdminFileWidget
from django.core import signing
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

SALT = "newsroom.keptfiles"
FOLDER = "kept"
MAX_AGE = timedelta(days=1)


def keep(upload) -> str:
    """Store ``upload`` and return the signed reference that brings it back."""
    prune()
    name = os.path.basename(upload.name)[-100:] or "file"
    upload.seek(0)
    path = default_storage.save(f"{FOLDER}/{uuid.uuid4().hex}/{name}", upload)
    upload.seek(0)
    return signing.dumps(path, salt=SALT)


def restore(reference: str) -> SimpleUploadedFile | None:
    try:
        path = signing.loads(reference, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(path, str) or not path.startswith(f"{FOLDER}/"):
        return None
    if not default_storage.exists(path):
        return None
    with default_storage.open(path) as fh:
        return SimpleUploadedFile(os.path.basename(path), fh.read())


def prune() -> None:
    """Forget kept files older than a day."""
    limit = timezone.now() - MAX_AGE
    try:
        folders, _files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotImplementedError):
        return
    for folder in folders:
        base = f"{FOLDER}/{folder}"
        for name in default_storage.listdir(base)[1]:
            path = f"{base}/{name}"
            try:
                old = default_storage.get_modified_time(path) < limit
            except (FileNotFoundError, NotImplementedError):
                continue
            if old:
                default_storage.delete(path)


class KeptFileInput(AdminFileWidget):
    """The admin's file input, plus the kept file's reference and name."""

    kept: tuple[str, str] | None = None

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        if not self.kept:
            return html
        reference, filename = self.kept
        return format_html(
            '{}<p class="kept-file">{}: <strong>{}</strong></p>'
            '<input type="hidden" name="{}" value="{}">',
            html,
            _("Already uploaded, kept for this form"),
            filename,
            kept_name(name),
            reference,
        )


def kept_name(field_name: str) -> str:
    return f"{field_name}__kept"


class KeepsUploads:
    """Form mixin: the files of ``kept_file_fields`` survive a validation error."""

    kept_file_fields: tuple[str, ...] = ()

    def full_clean(self):
        if self.is_bound:
            self._bring_back_kept()
        super().full_clean()
        if self.is_bound and self._errors:
            self._keep_uploads()

    def _bring_back_kept(self):
        files = self.files.copy()
        self._kept_references = {}
        for name in self.kept_file_fields:
            key = self.add_prefix(name)
            reference = self.data.get(kept_name(key))
            if files.get(key) or not reference:
                continue
            restored = restore(reference)
            if restored is not None:
                files[key] = restored
                self._kept_references[name] = reference
        self.files = files

    def _keep_uploads(self):
        for name in self.kept_file_fields:
            upload = self.files.get(self.add_prefix(name))
            if upload is None or name in self._errors:
                continue  # nothing chosen, or the file itself was refused
            widget = self.fields[name].widget
            if isinstance(widget, KeptFileInput):
                reference = self._kept_references.get(name) or keep(upload)
                widget.kept = (reference, os.path.basename(upload.name))

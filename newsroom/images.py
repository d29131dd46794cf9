"""Image pipeline shared by articles and authors: verify, clean, render.

- ``validate_image`` refuses anything that is not a real JPEG/PNG/WebP within
  the byte and pixel limits (SVG, renamed text files, decompression bombs).
- ``clean_upload`` applies the EXIF orientation and re-encodes without any
  metadata, so GPS positions in a photographer's file never reach readers.
- ``build_renditions`` makes the named sizes the templates ask for.
- ``store_body_image`` keeps a picture inserted in an article body.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
BODY_IMAGE_DIR = "articles/body"
BODY_IMAGE_WIDTH = 1600


@dataclass(frozen=True)
class RenditionSpec:
    name: str
    widths: tuple[int, ...]
    ratio: tuple[int, int] | None  # crop to this aspect ratio, centred
    formats: tuple[str, ...] = ("webp", "jpg")
    exact: bool = False  # the social card must be exactly its size


# Articles need the slots their templates and JSON-LD use; author photos only a portrait.
ARTICLE_RENDITIONS = ("card", "lead", "social", "wide4x3", "wide1x1")

RENDITIONS = {
    spec.name: spec
    for spec in (
        RenditionSpec("card", (400, 800), (16, 9)),
        RenditionSpec("lead", (640, 1024, 1600), (16, 9)),
        RenditionSpec("portrait", (240,), (1, 1)),
        RenditionSpec("social", (1200,), (1200, 630), formats=("jpg",), exact=True),
        RenditionSpec("wide4x3", (1200,), (4, 3), formats=("jpg",)),
        RenditionSpec("wide1x1", (1200,), (1, 1), formats=("jpg",)),
    )
}


def rendition_sizes(index: dict | None, name: str) -> list[dict]:
    """The stored sizes of one named rendition, smallest first ([] if there are none)."""
    return (index or {}).get(name) or []


def largest_rendition(index: dict | None, name: str) -> dict | None:
    """The largest stored size of one named rendition, if it has a JPEG."""
    sizes = rendition_sizes(index, name)
    return sizes[-1] if sizes and sizes[-1].get("jpg") else None


def _limit_bytes():
    return settings.IMAGE_MAX_BYTES


def _limit_pixels():
    return settings.IMAGE_MAX_PIXELS


def validate_image(file) -> None:
    """Raise ValidationError (in Italian) unless ``file`` is a usable photo."""
    size = getattr(file, "size", None)
    if size is not None and size > _limit_bytes():
        raise ValidationError(
            _("The image is too large (%(size)s): the limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(_limit_bytes())},
            code="too_large",
        )
    try:
        pos = file.tell() if hasattr(file, "tell") else None
        file.seek(0)
        head = file.read(512)
        file.seek(0)
        if b"<svg" in head.lower() or head.lstrip().startswith(b"<"):
            raise ValidationError(
                _(
                    "SVG and other vector or text files are not accepted: upload a JPEG, PNG or WebP photo."
                ),
                code="svg",
            )
        with Image.open(file) as img:
            fmt = img.format
            width, height = img.size
            if fmt not in ACCEPTED_FORMATS:
                raise ValidationError(
                    _("Unsupported image format (%(format)s): upload a JPEG, PNG or WebP photo.")
                    % {"format": fmt or "?"},
                    code="format",
                )
            # Checked before decoding: a bomb declares huge dimensions in a tiny file.
            if width * height > _limit_pixels():
                raise ValidationError(
                    _(
                        "The image has too many pixels (%(w)s×%(h)s): the limit is %(limit)s megapixels."
                    )
                    % {"w": width, "h": height, "limit": _limit_pixels() // 1_000_000},
                    code="too_many_pixels",
                )
            img.verify()
        # verify() does not decode every pixel: a truncated file would only
        # fail later, while cleaning it. Decode it once here (the pixel count
        # was checked above, so this cannot be a bomb).
        file.seek(0)
        with Image.open(file) as img:
            img.load()
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        OSError,
        SyntaxError,
        ValueError,
    ) as exc:
        raise ValidationError(
            _("The file is not a valid image, or it is damaged: upload a JPEG, PNG or WebP photo."),
            # Not "invalid": form fields would swap in their own unrelated message.
            code="unreadable_image",
        ) from exc
    finally:
        if pos is not None:
            file.seek(0)


def _open(file) -> Image.Image:
    file.seek(0)
    img = Image.open(file)
    img.load()
    img = ImageOps.exif_transpose(img)
    # Nothing from the file's metadata travels on (EXIF, GPS, XMP, IPTC, JPEG
    # comments), except the colour profile, which only says how to show colours.
    img.info = {k: v for k, v in img.info.items() if k == "icc_profile"}
    return img


def clean_upload(file, name: str) -> ContentFile:
    """Re-encode an uploaded image upright and without metadata (EXIF, GPS, XMP)."""
    img = _open(file)
    fmt = img.format or Image.open(file).format or "JPEG"
    if fmt not in ACCEPTED_FORMATS:
        fmt = "JPEG"
    out = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(out, "JPEG", quality=90, optimize=True, progressive=True)
    elif fmt == "PNG":
        img.save(out, "PNG", optimize=True)
    else:
        img.save(out, "WEBP", quality=88)
    stem = os.path.splitext(os.path.basename(name))[0][:80] or "immagine"
    return ContentFile(out.getvalue(), name=f"{stem}.{ACCEPTED_FORMATS[fmt]}")


def _crop(img: Image.Image, ratio: tuple[int, int] | None) -> Image.Image:
    return _center_crop(img, ratio) if ratio else img


def _center_crop(img: Image.Image, ratio: tuple[int, int]) -> Image.Image:
    w, h = img.size
    target = ratio[0] / ratio[1]
    if w / h > target:
        new_w = round(h * target)
        left = (w - new_w) // 2
        return img.crop((left, 0, left + new_w, h))
    new_h = round(w / target)
    top = (h - new_h) // 2
    return img.crop((0, top, w, top + new_h))


def _encode(img: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "webp":
        img.save(out, "WEBP", quality=80, method=2)
    else:
        img.convert("RGB").save(out, "JPEG", quality=82, optimize=True, progressive=True)
    return out.getvalue()


def build_renditions(source_name: str, storage=None, only: tuple[str, ...] | None = None) -> dict:
    """Render every named size of ``source_name`` and return their index.

    The index is stored on the owning row (JSON), so templates find sizes
    without a query: ``{"card": [{"w": 400, "h": 225, "webp": path, "jpg": path}, ...]}``.
    """
    storage = storage or default_storage
    with storage.open(source_name) as fh:
        img = _open(fh)
    if img.mode not in ("RGB", "RGBA"):
        img = img.convert("RGB")
    digest = hashlib.sha1(source_name.encode()).hexdigest()[:12]
    stem = os.path.splitext(os.path.basename(source_name))[0][:40]
    folder = f"renditions/{digest}"
    index: dict[str, list[dict]] = {}
    for spec in RENDITIONS.values():
        if only and spec.name not in only:
            continue
        cropped = _crop(img, spec.ratio)
        sizes = []
        widths = (
            spec.widths
            if spec.exact
            else [w for w in spec.widths if w <= cropped.width] or [cropped.width]
        )
        for width in widths:
            height = round(width * cropped.height / cropped.width)
            if spec.exact:
                height = round(width * spec.ratio[1] / spec.ratio[0])
            resized = cropped.resize((width, height), Image.Resampling.LANCZOS)
            entry = {"w": width, "h": height}
            for fmt in spec.formats:
                path = f"{folder}/{stem}-{spec.name}-{width}.{fmt}"
                if storage.exists(path):
                    storage.delete(path)
                entry[fmt] = storage.save(path, ContentFile(_encode(resized, fmt)))
            sizes.append(entry)
        index[spec.name] = sizes
    return index


def delete_renditions(index: dict, storage=None) -> None:
    storage = storage or default_storage
    for sizes in (index or {}).values():
        for entry in sizes:
            for key, value in entry.items():
                if key not in ("w", "h") and value and storage.exists(value):
                    storage.delete(value)


def accept_upload(fieldfile) -> None:
    """Verify and clean a freshly uploaded file in place (no-op for stored files)."""
    if not fieldfile or getattr(fieldfile, "_committed", True):
        return
    validate_image(fieldfile.file)
    cleaned = clean_upload(fieldfile.file, fieldfile.name)
    fieldfile.save(cleaned.name, cleaned, save=False)


def discard_on_commit(name: str, renditions: dict, keep: str = "", storage=None) -> None:
    """Delete a replaced original and its renditions once the transaction commits,
    so a rollback never leaves a row pointing at a missing file."""
    if not name or name == (keep or ""):
        return
    storage = storage or default_storage

    def _delete():
        delete_renditions(renditions, storage)
        if storage.exists(name):
            storage.delete(name)

    transaction.on_commit(_delete)


def store_body_image(upload) -> str:
    """Store a picture inserted in an article body and return its URL.

    Cleaned like every upload (upright, no EXIF/GPS) and capped in width, so a
    40 MP photo is never served inside the text.
    """
    validate_image(upload)
    cleaned = clean_upload(upload, upload.name)
    with Image.open(cleaned) as img:
        if img.width > BODY_IMAGE_WIDTH:
            img.thumbnail((BODY_IMAGE_WIDTH, BODY_IMAGE_WIDTH * 4), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            img.convert("RGB").save(out, "JPEG", quality=85, optimize=True, progressive=True)
            stem = cleaned.name.rsplit(".", 1)[0]
            cleaned = ContentFile(out.getvalue(), name=f"{stem}.jpg")
    folder = f"{BODY_IMAGE_DIR}/{timezone.now():%Y/%m}"
    return default_storage.url(default_storage.save(f"{folder}/{cleaned.name}", cleaned))

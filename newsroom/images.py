"""Image pipeline shared by articles and authors: verify, clean, render.

- ``validate_image`` refuses anything that is not a real JPEG/PNG/WebP within
  the byte and pixel limits (SVG, renamed text files, decompression bombs).
- ``clean_upload`` applies the EXIF orientation and re-encodes without any
  metadata, so GPS positions in a photographer's file never reach readers.
- ``read_metadata`` reads a photographer's credits (IPTC, XMP) before
  ``clean_upload`` throws every piece of metadata away.
- ``build_renditions`` makes the named sizes the templates ask for, cropped
  around the picture's focal point.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass, fields
from xml.etree import ElementTree

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, IptcImagePlugin, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# Where the editor's picker stored body images before the media library.
BODY_IMAGE_DIR = "articles/body"
CENTRE = (0.5, 0.5)


@dataclass(frozen=True)
class RenditionSpec:
    name: str
    widths: tuple[int, ...]
    ratio: tuple[int, int] | None  # crop to this aspect ratio, around the focal point
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
        # The library's own slots: a square thumbnail for the desk, and the
        # whole picture, uncropped, for article bodies and galleries.
        RenditionSpec("thumb", (160, 320), (1, 1)),
        RenditionSpec("full", (480, 960, 1600), None),
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


@dataclass(frozen=True)
class PhotoMetadata:
    """What a photographer or press office wrote into the file (IPTC, XMP)."""

    title: str = ""
    caption: str = ""
    creator: str = ""
    credit: str = ""
    copyright: str = ""
    source: str = ""
    usage_terms: str = ""

    @property
    def credit_line(self) -> str:
        """The caption credit, "photographer / agency", without saying a name twice."""
        names = [n for n in (self.creator, self.credit) if n]
        if len(names) == 2 and names[0].casefold() in names[1].casefold():
            names = names[1:]
        return " / ".join(dict.fromkeys(names))


# IPTC-IIM datasets (record 2) and the XMP properties that say the same thing.
_IPTC = {
    (2, 5): "title",
    (2, 80): "creator",
    (2, 110): "credit",
    (2, 115): "source",
    (2, 116): "copyright",
    (2, 120): "caption",
}
_DC = "http://purl.org/dc/elements/1.1/"
_PS = "http://ns.adobe.com/photoshop/1.0/"
_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XMP = {
    f"{{{_DC}}}title": "title",
    f"{{{_DC}}}description": "caption",
    f"{{{_DC}}}creator": "creator",
    f"{{{_DC}}}rights": "copyright",
    f"{{{_PS}}}Credit": "credit",
    f"{{{_PS}}}Source": "source",
    f"{{{_RIGHTS}}}UsageTerms": "usage_terms",
}
_XMP_MAX_BYTES = 256 * 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def read_metadata(file) -> PhotoMetadata:
    """Credits and caption written in the file; XMP wins over IPTC where both say it.

    Read before ``clean_upload`` strips everything: a damaged or hostile
    block is simply ignored, never a reason to refuse the photo.
    """
    try:
        file.seek(0)
        with Image.open(file) as img:
            found = {**_iptc_values(img), **_xmp_values(_xmp_packet(img))}
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError):
        found = {}
    finally:
        file.seek(0)
    return PhotoMetadata(**{f.name: _plain(found.get(f.name, "")) for f in fields(PhotoMetadata)})


def _plain(value: str) -> str:
    return " ".join(_CONTROL.sub(" ", value).split())


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _iptc_values(img: Image.Image) -> dict[str, str]:
    try:
        info = IptcImagePlugin.getiptcinfo(img) or {}
    except (OSError, SyntaxError, ValueError, IndexError, KeyError, TypeError):
        return {}
    found = {}
    for key, name in _IPTC.items():
        raw = info.get(key)
        if raw:
            values = raw if isinstance(raw, list) else [raw]
            found[name] = ", ".join(_decode(v) for v in values if isinstance(v, bytes))
    return {k: v for k, v in found.items() if v.strip()}


def _xmp_packet(img: Image.Image) -> bytes:
    for key in ("xmp", "XML:com.adobe.xmp"):
        packet = img.info.get(key)
        if packet:
            return packet.encode() if isinstance(packet, str) else packet
    return b""


def _xmp_values(packet: bytes) -> dict[str, str]:
    # XMP never declares a DOCTYPE: one that does is refused rather than
    # given to the parser (no entity expansion, however small).
    if not packet or len(packet) > _XMP_MAX_BYTES or b"<!DOCTYPE" in packet.upper():
        return {}
    try:
        root = ElementTree.fromstring(packet)
    except ElementTree.ParseError:
        return {}
    found = {}
    for description in root.iter(f"{{{_RDF}}}Description"):
        for tag, name in _XMP.items():
            if tag in description.attrib:
                found.setdefault(name, description.attrib[tag])
            for element in description.findall(tag):
                found.setdefault(name, _xmp_text(element))
    return {k: v for k, v in found.items() if v and v.strip()}


def _xmp_text(element) -> str:
    items = list(element.iter(f"{{{_RDF}}}li"))
    if not items:
        return element.text or ""
    if element.find(f"{{{_RDF}}}Alt") is not None:  # language alternatives: the default one
        default = [li for li in items if li.get(_XML_LANG) == "x-default"]
        return (default or items)[0].text or ""
    return ", ".join(li.text for li in items if li.text)  # a list: every creator


def focal_box(
    size: tuple[int, int], ratio: tuple[int, int], focus: tuple[float, float] = CENTRE
) -> tuple[int, int, int, int]:
    """The largest ``ratio`` box inside ``size``, centred on ``focus`` (fractions
    of width and height) as far as the edges allow."""
    w, h = size
    target = ratio[0] / ratio[1]
    crop_w, crop_h = (round(h * target), h) if w / h > target else (w, round(w / target))
    left = min(max(round(focus[0] * w - crop_w / 2), 0), w - crop_w)
    top = min(max(round(focus[1] * h - crop_h / 2), 0), h - crop_h)
    return left, top, left + crop_w, top + crop_h


def _crop(img: Image.Image, ratio, focus) -> Image.Image:
    return img.crop(focal_box(img.size, ratio, focus)) if ratio else img


def _focus_mark(focus: tuple[float, float]) -> str:
    # In the file name of cropped sizes: a moved focal point gives new URLs,
    # so no browser or CDN keeps showing the old crop.
    if focus == CENTRE:
        return ""
    return f"-f{round(focus[0] * 100):02d}{round(focus[1] * 100):02d}"


def _encode(img: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "webp":
        img.save(out, "WEBP", quality=80, method=2)
    else:
        img.convert("RGB").save(out, "JPEG", quality=82, optimize=True, progressive=True)
    return out.getvalue()


def build_renditions(
    source_name: str,
    storage=None,
    only: tuple[str, ...] | None = None,
    focus: tuple[float, float] = CENTRE,
) -> dict:
    """Render every named size of ``source_name`` and return their index.

    The index is stored on the owning row (JSON), so templates find sizes
    without a query: ``{"card": [{"w": 400, "h": 225, "webp": path, "jpg": path}, ...]}``.
    Cropped sizes keep ``focus`` (fractions of width and height) in the frame.
    """
    storage = storage or default_storage
    with storage.open(source_name) as fh:
        img = _open(fh)
    if img.mode not in ("RGB", "RGBA"):
        img = img.convert("RGB")
    prefix = rendition_prefix(source_name)
    index: dict[str, list[dict]] = {}
    for spec in RENDITIONS.values():
        if only and spec.name not in only:
            continue
        cropped = _crop(img, spec.ratio, focus)
        mark = _focus_mark(focus) if spec.ratio else ""
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
                path = f"{prefix}{spec.name}-{width}{mark}.{fmt}"
                if storage.exists(path):
                    storage.delete(path)
                entry[fmt] = storage.save(path, ContentFile(_encode(resized, fmt)))
            sizes.append(entry)
        index[spec.name] = sizes
    return index


def rendition_prefix(source_name: str) -> str:
    """How the name of every rendition of ``source_name`` starts: its folder
    and the original's name, shortened."""
    stem = os.path.splitext(os.path.basename(source_name))[0][:40]
    return f"{rendition_folder(source_name)}/{stem}-"


def rendition_folder(source_name: str) -> str:
    """Where every rendition of one stored original lives (and nothing else)."""
    return f"renditions/{hashlib.sha1(source_name.encode()).hexdigest()[:12]}"


def delete_every_rendition(source_name: str, storage=None) -> None:
    """Remove all renditions ever made of ``source_name``, indexed or not (a
    rolled-back transaction forgets the index of what it rendered)."""
    storage = storage or default_storage
    folder = rendition_folder(source_name)
    try:
        _, files = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in files:
        storage.delete(f"{folder}/{name}")


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


def discard_on_commit(
    name: str, renditions: dict, keep: str = "", storage=None, keep_original: bool = False
) -> None:
    """Delete a replaced original and its renditions once the transaction commits,
    so a rollback never leaves a row pointing at a missing file. With
    ``keep_original`` only the renditions go (an old revision may bring it back)."""
    if not name or name == (keep or ""):
        return
    storage = storage or default_storage

    def _delete():
        delete_renditions(renditions, storage)
        if not keep_original and storage.exists(name):
            storage.delete(name)

    transaction.on_commit(_delete)

"""Image files for tests: good ones, and the bad uploads every upload path must refuse."""

import io

from django.core.files.base import ContentFile
from PIL import Image


def jpeg_bytes(width=1600, height=900, color=(180, 40, 40), exif=None) -> bytes:
    out = io.BytesIO()
    kwargs = {"exif": exif} if exif is not None else {}
    Image.new("RGB", (width, height), color).save(out, "JPEG", **kwargs)
    return out.getvalue()


def image_file(name="foto.jpg", **kwargs) -> ContentFile:
    return ContentFile(jpeg_bytes(**kwargs), name=name)


def png_bomb() -> bytes:
    # 12000 x 12000 = 144 MP of a single colour: a few hundred KB compressed.
    out = io.BytesIO()
    Image.new("1", (12000, 12000)).save(out, "PNG")
    return out.getvalue()


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Fotocamera di prova"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (44.0, 29.0, 40.0)
    gps[3], gps[4] = "E", (11.0, 20.0, 33.0)
    return jpeg_bytes(exif=exif)


BAD_UPLOADS = {
    "text renamed .jpg": ("foto.jpg", b"questo non e' un'immagine", "image/jpeg"),
    "svg": (
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "image/svg+xml",
    ),
    "decompression bomb": ("bomba.png", None, "image/png"),
    # A download cut short: the header is fine, the pixels stop halfway.
    "truncated jpeg": ("tagliata.jpg", jpeg_bytes(1600, 900)[:9000], "image/jpeg"),
}


def jpeg_with_metadata() -> bytes:
    """A JPEG carrying EXIF (with GPS), XMP and a comment segment."""
    exif = Image.Exif()
    exif[0x010F] = "Fotocamera di prova"
    exif.get_ifd(0x8825)[1] = "N"
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Mario Fotografo</dc:creator></x:xmpmeta>'
    )
    out = io.BytesIO()
    Image.new("RGB", (1600, 900), (30, 90, 160)).save(
        out, "JPEG", exif=exif, xmp=xmp, comment=b"Commento privato del fotografo"
    )
    return out.getvalue()


# What must never survive cleaning, as it appears in a file's bytes.
METADATA_MARKERS = (b"Exif", b"Fotocamera", b"xmpmeta", b"Mario Fotografo", b"Commento privato")

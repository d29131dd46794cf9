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


# IPTC-IIM datasets of record 2, as press agencies write them.
IPTC_TITLE, IPTC_BYLINE, IPTC_CREDIT, IPTC_SOURCE, IPTC_COPYRIGHT, IPTC_CAPTION = (
    5, 80, 110, 115, 116, 120,
)  # fmt: skip


def iptc_segment(fields: dict[int, str | list[str]], encoding: str = "utf-8") -> bytes:
    """A JPEG APP13 segment ("Photoshop 3.0", resource 0x0404) holding IPTC datasets."""
    data = b"\x1c\x01\x5a\x00\x03\x1b\x25\x47" if encoding == "utf-8" else b""  # 1:90 = UTF-8
    for dataset, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            raw = item.encode(encoding)
            data += b"\x1c\x02" + bytes([dataset]) + len(raw).to_bytes(2, "big") + raw
    pad = b"\x00" if len(data) % 2 else b""
    resource = b"8BIM\x04\x04\x00\x00" + len(data).to_bytes(4, "big") + data + pad
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload


def xmp_packet(*, creator="", credit="", caption="", rights="", usage="", title="") -> bytes:
    def alt(value):
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{value}</rdf:li></rdf:Alt>'

    parts = []
    if creator:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>")
    if caption:
        parts.append(f"<dc:description>{alt(caption)}</dc:description>")
    if rights:
        parts.append(f"<dc:rights>{alt(rights)}</dc:rights>")
    if usage:
        parts.append(f"<xmpRights:UsageTerms>{alt(usage)}</xmpRights:UsageTerms>")
    if title:
        parts.append(f"<dc:title>{alt(title)}</dc:title>")
    credit_attr = f' photoshop:Credit="{credit}"' if credit else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        f'xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"{credit_attr}>'
        + "".join(parts)
        + '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def press_photo(iptc=None, xmp: bytes | None = None, encoding="utf-8", size=(1600, 900)) -> bytes:
    """A press-kit JPEG carrying IPTC (APP13) and/or XMP (APP1), as agencies send them."""
    out = io.BytesIO()
    Image.new("RGB", size, (90, 90, 100)).save(out, "JPEG", **({"xmp": xmp} if xmp else {}))
    data = out.getvalue()
    if iptc:
        data = data[:2] + iptc_segment(iptc, encoding) + data[2:]
    return data

"""WordPress exports and uploads for the importer's tests.

``EXPORT`` is a realistic export written by hand (tests/data/wordpress);
``write_export`` builds small ones from a few fields, and
``jpeg_with_iptc`` makes a photo carrying its photographer's credits the
way cameras and agencies write them (an APP13 Photoshop block with IPTC IIM).
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

from django.core.management import call_command
from PIL import Image

DATA = Path(__file__).resolve().parent.parent / "data" / "wordpress"
EXPORT = DATA / "export.xml"
UPLOADS = DATA / "uploads"


def jpeg_with_iptc(
    byline: str = "", credit: str = "", *, size=(480, 270), color=(40, 90, 160)
) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", quality=80)
    data = out.getvalue()
    records = b"\x1c\x01\x5a\x00\x03\x1b\x25\x47"  # coded character set: UTF-8
    for dataset, value in ((80, byline), (110, credit)):
        if value:
            encoded = value.encode("utf-8")
            records += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(encoded)) + encoded
    if len(records) % 2:
        records += b"\x00"
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(records)) + records
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    return data[:2] + segment + data[2:]


def run_import(path: Path = EXPORT, *args: str, media_dir: Path | None = UPLOADS) -> str:
    out = io.StringIO()
    options = [str(path), *args]
    if media_dir is not None:
        options += ["--media-dir", str(media_dir)]
    call_command("import_wordpress", *options, stdout=out, stderr=io.StringIO())
    return out.getvalue()


ITEM = """
  <item>
    <title><![CDATA[{title}]]></title>
    <link>{link}</link>
    <dc:creator><![CDATA[{creator}]]></dc:creator>
    <guid isPermaLink="false">https://www.vecchio.example/?p={id}</guid>
    <content:encoded><![CDATA[{content}]]></content:encoded>
    <excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
    <wp:post_id>{id}</wp:post_id>
    <wp:post_date><![CDATA[{date}]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[{date_gmt}]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[{slug}]]></wp:post_name>
    <wp:status><![CDATA[{status}]]></wp:status>
    <wp:post_type><![CDATA[{type}]]></wp:post_type>
    {extra}
  </item>"""

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/{version}/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/{version}/">
<channel>
  <title>Vecchio sito</title>
  <link>https://www.vecchio.example</link>
  <wp:wxr_version>{version}</wp:wxr_version>
  <wp:base_site_url>https://www.vecchio.example</wp:base_site_url>
  <wp:base_blog_url>https://www.vecchio.example</wp:base_blog_url>
  <wp:author><wp:author_login><![CDATA[anna]]></wp:author_login><wp:author_display_name><![CDATA[Anna Conti]]></wp:author_display_name></wp:author>
  <wp:category><wp:term_id>2</wp:term_id><wp:category_nicename><![CDATA[auto]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Auto]]></wp:cat_name></wp:category>
"""


def item(**fields) -> str:
    values = {
        "title": "Una notizia",
        "creator": "anna",
        "content": "Primo paragrafo.\n\nSecondo paragrafo.",
        "excerpt": "",
        "id": 1,
        "date": "2024-03-05 10:00:00",
        "date_gmt": "2024-03-05 09:00:00",
        "status": "publish",
        "type": "post",
        "extra": '<category domain="category" nicename="auto"><![CDATA[Auto]]></category>',
    }
    values.update(fields)
    values.setdefault("slug", f"notizia-{values['id']}")
    values.setdefault("link", f"https://www.vecchio.example/auto/{values['slug']}/")
    return ITEM.format(**values)


def write_export(path: Path, *items: str, version: str = "1.2") -> Path:
    path.write_text(HEAD.format(version=version) + "".join(items) + "\n</channel>\n</rss>\n")
    return path

# Every existing image moves into the media library, nothing lost:
# - each lead image becomes a library picture with its alt text, caption,
#   credit and renditions (the same files: nothing is copied or re-rendered);
# - each picture of our own that a body shows (the editor's uploads under
#   articles/body/, or any other file of ours) becomes one library picture,
#   however many bodies show it; the body keeps its markup and gains the
#   picture's id (data-picture), and the use is recorded (ArticleMedia).
# Self-contained on purpose: it must keep working whatever the code becomes.

import html
import os
import re
from urllib.parse import unquote

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import migrations

_FIGURE_OR_IMG = re.compile(
    r"<figure>(?P<figure>\s*(?P<fimg><img\b[^>]*>)(?P<rest>.*?))</figure>|(?P<img><img\b[^>]*>)",
    re.S | re.I,
)
_ATTR = re.compile(r'\s([\w-]+)="([^"]*)"')
_CAPTION = re.compile(r"<figcaption>(.*?)</figcaption>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def _attrs(tag):
    return {k.lower(): html.unescape(v) for k, v in _ATTR.findall(tag)}


def _storage_name(src):
    media = settings.MEDIA_URL
    if not src.startswith(media):
        return None
    name = unquote(src[len(media):].split("?")[0].split("#")[0])
    if not name or ".." in name.split("/") or not default_storage.exists(name):
        return None
    return name


def _size(name):
    from PIL import Image

    try:
        with default_storage.open(name) as fh, Image.open(fh) as img:
            return img.size
    except (OSError, ValueError, SyntaxError):
        return (0, 0)


class _Library:
    def __init__(self, apps):
        self.Picture = apps.get_model("media", "Picture")
        self.by_name = {p.file.name: p for p in self.Picture.objects.all()}

    def picture(self, name, **fields):
        picture = self.by_name.get(name)
        if picture is None:
            width, height = _size(name)
            picture = self.Picture.objects.create(
                file=name,
                width=width,
                height=height,
                original_name=os.path.basename(name)[:255],
                **fields,
            )
            self.by_name[name] = picture
        return picture


def _lead(library, article):
    if not article.lead_image:
        return None
    return library.picture(
        article.lead_image.name,
        title=article.title[:200],
        alt=article.lead_image_alt,
        caption=article.lead_image_caption,
        credit=article.lead_image_credit,
        renditions=article.lead_image_renditions or {},
        uploaded_at=article.created_at,
        uploaded_by_id=article.created_by_id,
    )


def _body(library, article):
    """The body with data-picture ids, and the ids of the pictures it shows."""
    used = []

    def replace(match):
        tag = match.group("fimg") or match.group("img")
        attrs = _attrs(tag)
        name = _storage_name(attrs.get("src", ""))
        if name is None:
            return match.group(0)
        caption = ""
        if match.group("figure") is not None:
            found = _CAPTION.search(match.group("rest"))
            caption = html.unescape(_TAG.sub("", found.group(1))).strip() if found else ""
        stem = os.path.splitext(os.path.basename(name))[0].replace("-", " ").replace("_", " ")
        picture = library.picture(
            name,
            title=(caption or stem)[:200],
            alt=attrs.get("alt", "")[:250],
            caption=caption[:500],
            uploaded_at=article.created_at,
            uploaded_by_id=article.created_by_id,
        )
        used.append(picture.pk)
        if match.group("figure") is not None:
            return f'<figure class="picture" data-picture="{picture.pk}">{match.group("figure")}</figure>'
        return tag.replace("<img", f'<img data-picture="{picture.pk}"', 1)

    return _FIGURE_OR_IMG.sub(replace, article.body or ""), used


def forwards(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    ArticleMedia = apps.get_model("articles", "ArticleMedia")
    library = _Library(apps)
    for article in Article.objects.order_by("pk").iterator():
        lead = _lead(library, article)
        body, used = _body(library, article)
        Article.objects.filter(pk=article.pk).update(lead_picture=lead, body=body)
        ArticleMedia.objects.bulk_create(
            [ArticleMedia(article_id=article.pk, picture_id=pk) for pk in dict.fromkeys(used)],
            ignore_conflicts=True,
        )


def backwards(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    for article in Article.objects.exclude(lead_picture=None).select_related("lead_picture"):
        picture = article.lead_picture
        Article.objects.filter(pk=article.pk).update(
            lead_image=picture.file.name,
            lead_image_alt=picture.alt[:250],
            lead_image_caption=picture.caption[:300],
            lead_image_credit=picture.credit[:120],
            lead_image_renditions=picture.renditions,
        )


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0008_media_library_links'),
        ('media', '0001_initial'),
    ]

    operations = [migrations.RunPython(forwards, backwards)]

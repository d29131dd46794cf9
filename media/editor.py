"""The rich-text editor's media buttons: library pictures, galleries, embeds.

``MEDIA_EDITOR_EXTENSIONS`` joins the body editor's configuration
(articles/admin/forms.py); the nodes themselves are in
static/js/editor-media.js, registered with django-prose-editor by the
``DJANGO_PROSE_EDITOR_EXTENSIONS`` setting. What they write is exactly what
the article sanitizer keeps (``media.markup``) and the pages render.
"""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import html_tags

_CHOOSER = reverse_lazy("admin:media_picture_chooser")
_UPLOAD = reverse_lazy("admin:media_picture_upload")

MEDIA_EDITOR_EXTENSIONS = {
    "MediaPicture": {
        "chooserUrl": _CHOOSER,
        "uploadUrl": _UPLOAD,
        "labels": {
            "insert": _("Insert a picture from the library"),
            "edit": _("Text of this picture"),
            "alt": _("Alternative text"),
            "caption": _("Caption"),
            "save": _("Update"),
            "legacy": _("Not in the library"),
            "uploading": _("Uploading %(name)s…"),
            "uploaded": _("%(count)s pictures added to the library and inserted."),
            "incomplete": _(
                "%(name)s was inserted: complete its alternative text and credit in the library."
            ),
            "refused": _("%(name)s was not inserted: %(reason)s"),
            "foreign": _(
                "A pasted picture could not be brought into the library (it is on another "
                "site): save it on your computer and drop it here."
            ),
            "failed": _("the upload failed, try again"),
        },
    },
    "MediaGallery": {
        "chooserUrl": _CHOOSER,
        "labels": {
            "insert": _("Insert a gallery"),
            "gallery": _("Photo gallery"),
        },
    },
    "MediaEmbed": {
        "checkUrl": reverse_lazy("admin:media_picture_embed"),
        "labels": {
            "insert": _("Embed a video or post"),
            "title": _("Embed a video or post"),
            "url": _("Address (YouTube, X, Instagram, Facebook, TikTok)"),
            "submit": _("Embed"),
            "embed": _("Embedded content"),
        },
    },
}

# What each node writes, for django-prose-editor's own allowlist (only read
# when its nh3 sanitizer is on; ours is articles.sanitize.clean_html).
allow_picture = html_tags(
    ["figure", "img", "figcaption"],
    {"figure": ["class", "data-picture"], "img": ["src", "alt", "data-picture"]},
)
allow_gallery = html_tags(["figure", "figcaption"], {"figure": ["class", "data-gallery"]})
allow_embed = html_tags(
    ["figure", "a"], {"figure": ["class", "data-embed-provider", "data-embed-src"], "a": ["href"]}
)

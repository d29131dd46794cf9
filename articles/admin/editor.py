"""The desk's additions to the body editor, kept apart from its toolbar
configuration in forms.py so both can grow without stepping on each other.

``NewsroomEditor`` (static/js/editor/newsroom-editor.js, declared in
``settings.DJANGO_PROSE_EDITOR_EXTENSIONS``) speaks Italian in the toolbar
and menus, searches our own articles to link them, keeps a link's address
when a bare domain is pasted as its text, and leaves a caption with Enter.
``TrailingNode`` keeps an empty paragraph after a final image, so typing
below it never lands in the caption.
"""

import re

from django.urls import reverse_lazy

from ..sanitize import clean_html

DESK_EDITOR_EXTENSIONS = {
    "NewsroomEditor": {"articleSearchUrl": reverse_lazy("admin:articles_article_link_search")},
    "TrailingNode": True,
}

# The paragraph TrailingNode keeps after a final image is for typing, not for readers.
_TRAILING_EMPTY = re.compile(r"(?:<p>(?:\s|<br\s*/?>)*</p>\s*)+$")


def editor_html(html: str | None) -> str:
    """What the body editor sends, as stored: cleaned, without empty trailing paragraphs."""
    return clean_html(_TRAILING_EMPTY.sub("", html or ""))

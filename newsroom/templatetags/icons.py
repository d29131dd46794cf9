"""``{% icon "camera" 16 %}``: one icon of the sprite.

A tag rather than an included template: an article page shows nine icons,
and each include costs a template lookup and a context push."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def icon(name: str, size: int):
    # The sprite must come from this site's own host: browsers refuse <use> across origins.
    return format_html(
        '<svg aria-hidden="true" focusable="false" width="{}" height="{}">'
        '<use href="{}#{}"></use></svg>',
        size,
        size,
        static("img/icons.svg"),
        name,
    )

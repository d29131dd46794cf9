"""``{% slug_spelling %}``: newsroom.slugs' spelling table as JSON, so the
admin's slug script (static/js/slugify.js) follows the server's rule."""

from django import template
from django.utils.html import json_script

from newsroom.slugs import SPELLED

register = template.Library()


@register.simple_tag
def slug_spelling():
    return json_script(SPELLED, "slug-spelling")

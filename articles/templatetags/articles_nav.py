from django import template
from django.core.cache import cache

from articles.models import Section
from newsroom import pagecache

register = template.Library()


def nav_sections_key() -> str:
    # Under the current generation: a section renamed or added retires it at
    # once, as it retires the pages and kept headers built from it.
    return f"nav_sections:{pagecache.generation()}"


@register.simple_tag
def nav_sections():
    """Sections for the site navigation, cached briefly: every page shows them."""
    key = nav_sections_key()
    sections = cache.get(key)
    if sections is None:
        sections = list(Section.objects.only("name", "slug", "tone"))
        cache.set(key, sections, 60)
    return sections

from django import template
from django.core.cache import cache

from articles.models import Section

register = template.Library()


@register.simple_tag
def nav_sections():
    """Sections for the site navigation, cached briefly: every page shows them."""
    sections = cache.get("nav_sections")
    if sections is None:
        sections = list(Section.objects.only("name", "slug", "tone"))
        cache.set("nav_sections", sections, 60)
    return sections

from django import template

from articles.search import snippet

register = template.Library()


@register.filter
def search_snippet(headline):
    """A PostgreSQL headline, escaped, with only our <mark> tags left as HTML."""
    return snippet(headline)

from django import template

from frontpage import reads

register = template.Library()


@register.inclusion_tag("partials/most_read.html")
def most_read_block(article=None):
    """ "I più letti" beside an article (the article itself left out)."""
    exclude = [article.pk] if article is not None else []
    return {"day": reads.most_read(reads.DAY, limit=4, exclude=exclude), "week": []}


@register.simple_tag
def reads_refresh_minutes():
    return reads.REFRESH_MINUTES

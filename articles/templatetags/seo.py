"""Template helpers for search engines.

``{{ data|ld_json }}``: JSON-LD in a <script>, escaped like ``json_script``.

Django's ``json_script`` always writes ``type="application/json"``; search
engines need ``application/ld+json``. The escaping is the same: <, > and & as
\\u escapes, so a title containing ``</script>`` cannot end the element.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from articles.seo import absolute_url

register = template.Library()

_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter(is_safe=True)
def ld_json(value):
    text = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.filter(name="absolute_url")
def absolute_url_filter(url):
    """``{{ path|absolute_url }}``: the same URL on SITE_URL."""
    return absolute_url(url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's canonical address: SITE_URL + path, keeping only ?page=N (N > 1)."""
    request = context["request"]
    url = absolute_url(request.path)
    page_obj = context.get("page_obj")
    if page_obj is not None and page_obj.number > 1:
        url += f"?page={page_obj.number}"
    return url

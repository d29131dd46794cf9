"""Turning the sanitizer's safe embed placeholders into what consent allows.

The article sanitizer stores an embed only as
``<figure class="embed" data-embed-provider="…" data-embed-src="…">`` with a
link to the original. Here the source is checked again, against the provider
table in ``newsroom.embeds``, before any iframe is written: a body that did not
come through the sanitizer still cannot frame another host.
"""

import html
import re

from django.utils.html import format_html
from django.utils.translation import gettext as _

from newsroom.embeds import PROVIDERS, frame_provider

_FIGURE = re.compile(r"<figure\b([^>]*\bclass=\"embed\"[^>]*)>(.*?)</figure>", re.DOTALL)
_ATTR = re.compile(r"([\w-]+)=\"([^\"]*)\"")
_HREF = re.compile(r"<a\b[^>]*\bhref=\"([^\"]+)\"")


def render(body: str, *, allowed: bool, action: str, next_url: str) -> str:
    """Replace each embed placeholder in a sanitized body; leave the rest untouched."""

    def replace(match):
        attrs = {k: html.unescape(v) for k, v in _ATTR.findall(match.group(1))}
        provider = attrs.get("data-embed-provider", "")
        src = attrs.get("data-embed-src", "")
        if frame_provider(src) != provider:
            return match.group(2)  # sanitized link to the original, without any frame
        link = _HREF.search(match.group(2))
        original = html.unescape(link.group(1)) if link else ""
        return _figure(provider, src, original, allowed=allowed, action=action, next_url=next_url)

    return _FIGURE.sub(replace, body)


def _figure(provider, src, original, *, allowed, action, next_url) -> str:
    name = PROVIDERS[provider].name
    title = _("Content embedded from %(provider)s") % {"provider": name}
    frame = (
        format_html(
            '<div class="embed__frame"><iframe src="{}" title="{}" loading="lazy" '
            'allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe></div>',
            src,
            title,
        )
        if allowed
        else ""
    )
    original_link = (
        format_html(
            '<p class="embed__original"><a href="{}" rel="noopener">{}</a></p>',
            original,
            _("Open the original on %(provider)s") % {"provider": name},
        )
        if original.startswith("https://")
        else ""
    )
    return format_html(
        '<figure class="embed embed--{p}" data-embed data-embed-provider="{p}" '
        'data-embed-src="{src}" data-embed-title="{title}">'
        '<div class="embed__placeholder"{hidden}>'
        '<p class="embed__provider">{name}</p>'
        '<p class="embed__notice">{notice}</p>'
        '<form class="embed__form" method="post" action="{action}" data-consent-form>'
        '<input type="hidden" name="next" value="{next}">'
        '<button class="button embed__load" type="submit" name="action" value="click_to_load">'
        "{load}</button></form>{original}</div>{frame}</figure>",
        p=provider,
        src=src,
        title=title,
        hidden=" hidden" if allowed else "",
        name=name,
        notice=_(
            "This content is hosted by %(provider)s, which may set cookies and track you. "
            "Loading it accepts third-party content only; you can change this at any time "
            "in the cookie preferences."
        )
        % {"provider": name},
        action=action,
        next=next_url,
        load=_("Load this content"),
        original=original_link,
        frame=frame,
    )

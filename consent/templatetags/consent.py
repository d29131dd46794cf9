import json

from django import template
from django.urls import reverse
from django.utils.html import format_html_join, json_script
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .. import embeds
from ..models import CategoryKey

register = template.Library()


@register.simple_tag(takes_context=True)
def consent_scripts(context):
    """The configured scripts of the granted categories, as plain <script src>."""
    consent = context.get("consent")
    if not consent:
        return ""
    return format_html_join(
        "\n",
        '<script src="{}" defer data-consent-script data-consent-category="{}" '
        'data-config="{}"></script>',
        ((s["src"], s["category"], json.dumps(s["config"])) for s in consent.scripts),
    )


@register.simple_tag(takes_context=True)
def consent_embeds(context, body):
    """Render a sanitized body's embeds: an iframe if allowed, else click-to-load."""
    consent = context.get("consent")
    request = context.get("request")
    allowed = bool(consent and consent.allows(CategoryKey.THIRD_PARTY))
    html = embeds.render(
        str(body),
        allowed=allowed,
        action=reverse("consent:choose"),
        next_url=request.get_full_path() if request else "/",
    )
    # The body was cleaned by the article sanitizer on save; only figures change here.
    return mark_safe(html)  # noqa: S308


@register.simple_tag(takes_context=True)
def consent_client_config(context):
    """Data for consent.js: which scripts each category would load."""
    consent = context.get("consent")
    if not consent:
        return ""
    data = {
        "action": reverse("consent:choose"),
        "granted": sorted(consent.granted),
        # The category that lets embeds load, so the script holds no code of its own.
        "embedCategory": CategoryKey.THIRD_PARTY,
        "decided": consent.is_current,
        "scripts": list(consent.config.scripts),
        # First-party cookies to expire when their category is withdrawn.
        "cookies": {
            c.key: [n.strip() for s in c.services for n in s.cookie_names.split(",") if n.strip()]
            for c in consent.config.optional
        },
        "saved": _("Your cookie choices have been saved."),
        "error": _("Your choice could not be saved. Please try again."),
    }
    return json_script(data, "consent-config")

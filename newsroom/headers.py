"""Security headers every response carries, and the admin's own Content-Security-Policy.

``Permissions-Policy`` switches off the powerful browser features the site
never uses, for its pages and for any frame inside them; only fullscreen and
picture-in-picture stay, for the site and the embed providers' frames (a
YouTube video must still go fullscreen).

The public pages get django-csp's policy from settings plus what the consent
app adds per response (the hosts of the gated scripts a superuser set). The
admin gets ``settings.CSP_ADMIN_DIRECTIVES`` instead, whole: nothing is added
to it, so no gated script host can ever run on an admin page.
"""

import base64
import hashlib
import re
from functools import cache

from django.conf import settings

from newsroom.embeds import frame_origins

_OFF = (
    "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
    "encrypted-media", "geolocation", "gyroscope", "hid", "identity-credentials-get",
    "idle-detection", "local-fonts", "magnetometer", "microphone", "midi", "otp-credentials",
    "payment", "publickey-credentials-create", "publickey-credentials-get", "screen-wake-lock",
    "serial", "storage-access", "usb", "window-management", "xr-spatial-tracking",
)  # fmt: skip
# Only features Chromium knows: an unknown name is a console error on every page.
_FOR_EMBEDS = ("fullscreen", "picture-in-picture")


def permissions_policy() -> str:
    embeds = " ".join(f'"{origin}"' for origin in frame_origins())
    features = [f"{name}=()" for name in _OFF]
    features += [f"{name}=(self {embeds})" for name in _FOR_EMBEDS]
    return ", ".join(sorted(features))


PERMISSIONS_POLICY = permissions_policy()


class SecurityHeadersMiddleware:
    """Place it right after django-csp's middleware, before anything that sets a policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if getattr(request.resolver_match, "app_name", None) == "admin":
            admin_policy(response)
        return response


def admin_policy(response) -> None:
    """Give ``response`` the admin's policy, enforced or report-only like the public one."""
    enforced = getattr(settings, "CONTENT_SECURITY_POLICY", None) is not None
    suffix = "" if enforced else "_ro"
    setattr(response, f"_csp_config{suffix}", admin_directives())
    # Per-response additions (the consent app's script hosts) are for public pages only.
    setattr(response, f"_csp_update{suffix}", None)
    setattr(response, f"_csp_replace{suffix}", None)


@cache
def admin_directives() -> dict:
    """``CSP_ADMIN_DIRECTIVES`` plus the hash of the editor's import map.

    django-prose-editor loads its modules through an inline
    ``<script type="importmap">``; its exact text (static addresses included,
    so computed once the static storage is ready) is the one inline script
    the admin allows.
    """
    directives = dict(settings.CSP_ADMIN_DIRECTIVES)
    directives["script-src"] = [*directives["script-src"], *_importmap_hashes()]
    return directives


def _importmap_hashes() -> list[str]:
    from django_prose_editor.widgets import importmap

    content = re.fullmatch(r"<script[^>]*>(.*)</script>", str(importmap.render()), re.S)
    digest = hashlib.sha256(content.group(1).encode()).digest()
    return [f"'sha256-{base64.b64encode(digest).decode()}'"]

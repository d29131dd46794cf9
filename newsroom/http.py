"""Who is asking: the client address, read only from what cannot be forged."""

from django.conf import settings
from django.http import Http404, HttpRequest
from django.views.static import serve


def client_ip(request: HttpRequest) -> str | None:
    """REMOTE_ADDR, or behind trusted proxies the address the outermost one saw.

    Each proxy appends the address it received the request from to
    X-Forwarded-For; only the last ``TRUSTED_PROXY_COUNT`` entries were written
    by our proxies, anything before them is whatever the client sent.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def serve_media(request: HttpRequest, path: str):
    """Uploads served by Django itself (SERVE_MEDIA): a name the file system
    refuses (too long, invalid) is simply not found, never a 500."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        raise Http404("no such file") from error

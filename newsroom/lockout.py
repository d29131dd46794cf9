"""Login throttling rules (django-axes) and what a locked-out editor sees."""

from axes.models import AccessAttempt
from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string

from .http import client_ip


def lockout_parameters(request_or_attempt, credentials=None) -> list:
    """Lock one account from one address after repeated failures; and lock the
    address itself once it has failed on many different accounts (spraying).

    Locking by address alone from the first failures would shut out a whole
    office behind one NAT because one person mistyped.
    """
    parameters: list = [["username", "ip_address"]]
    address = getattr(request_or_attempt, "ip_address", None)
    if address is None:
        address = getattr(request_or_attempt, "axes_ip_address", None) or client_ip(
            request_or_attempt
        )
    accounts = (
        AccessAttempt.objects.filter(ip_address=address).values("username").distinct().count()
    )
    if accounts >= settings.AXES_SPRAY_USERNAMES:
        parameters.append("ip_address")
    return parameters


def locked_out(request, credentials=None, *args, **kwargs):
    """A plain Italian page, not axes' English one."""
    return HttpResponse(render_to_string("admin/locked_out.html", request=request), status=429)

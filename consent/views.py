from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseForbidden, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from newsroom.http import client_ip

from . import policy, services
from .models import CategoryKey, ConsentPolicy, Method

ACTIONS = {
    "accept_all": Method.BANNER_ACCEPT,
    "reject_all": Method.BANNER_REJECT,
    "close": Method.CLOSE_X,
    "save": Method.PREFERENCES,
    "click_to_load": Method.CLICK_TO_LOAD,
}


def is_same_origin(request) -> bool:
    """CSRF protection that needs no cookie: the browser says where the POST came from."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "same-origin"
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    origin = f"{parts.scheme}://{parts.netloc}"
    return origin == f"{request.scheme}://{request.get_host()}" or origin in set(
        settings.CSRF_TRUSTED_ORIGINS
    )


def safe_next(request, value: str | None, default: str = "/") -> str:
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return default


def asked_categories(request, action: str, state) -> set[str]:
    optional = state.config.optional_keys
    if action == "accept_all":
        return set(optional)
    if action == "save":
        return set(request.POST.getlist("categories")) & optional
    if action == "click_to_load":
        return set(state.granted) | {CategoryKey.THIRD_PARTY}
    return set()


@csrf_exempt  # no cookie may exist yet; is_same_origin() protects this view instead
@require_POST
def choose(request):
    """Record a choice, set the one consent cookie, and go back (or answer JSON)."""
    action = request.POST.get("action", "")
    if not is_same_origin(request):
        return HttpResponseForbidden(
            render_to_string("consent/forbidden.html", request=request), content_type="text/html"
        )
    if action not in ACTIONS:
        return HttpResponseRedirect(safe_next(request, request.POST.get("next")))
    state = request.consent
    method = ACTIONS[action]
    if request.POST.get("via") == "preferences" and action != "click_to_load":
        method = Method.PREFERENCES
    choice, record = services.consent_record(
        asked=asked_categories(request, action, state),
        method=method,
        previous=state.choice,
        gpc=state.gpc,
        ip=client_ip(request),
        user_agent=request.headers.get("User-Agent", ""),
    )
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse(
            {
                "granted": sorted(choice.granted),
                "refused": record.refused,
                "consent_id": choice.consent_id,
                "message": _("Your cookie choices have been saved."),
            }
        )
    else:
        response = HttpResponseRedirect(safe_next(request, request.POST.get("next")))
    response.set_cookie(
        policy.COOKIE_NAME,
        policy.encode(choice),
        max_age=policy.COOKIE_MAX_AGE,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    return response


class PreferencesView(TemplateView):
    """The no-JavaScript preferences page (the footer link's target)."""

    template_name = "consent/preferences.html"

    def get_context_data(self, **kwargs):
        # Opened directly, the page comes back to itself and shows the saved choice.
        back = safe_next(self.request, self.request.GET.get("next"), self.request.path)
        # ``return_to``: where the footer's link to this page returns, too.
        return super().get_context_data(next=back, return_to=back, **kwargs)


class CookiePolicyView(TemplateView):
    """Generated from the admin's list, so it is never out of date."""

    template_name = "consent/cookie_policy.html"


class PrivacyPolicyView(TemplateView):
    template_name = "consent/privacy_policy.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(policy=ConsentPolicy.load(), **kwargs)

from __future__ import annotations

from datetime import datetime, timedelta

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from newsroom.fragments import remember

from . import compose, reads


class HomeView(TemplateView):
    """The home page: the desk's pins, then the newest stories (frontpage.compose)."""

    template_name = "articles/home.html"
    at: datetime | None = None

    def get_context_data(self, **kwargs):
        if self.at:
            home = compose.compose(self.at)
        else:
            # Lazy: with the page's kept part ({% keep "home" %}) at hand it is not needed.
            home = SimpleLazyObject(lambda: remember("home", compose.compose))
        return super().get_context_data(
            home=home,
            lead=SimpleLazyObject(lambda: home.lead),
            latest=SimpleLazyObject(lambda: home.latest),
            **kwargs,
        )


class PreviewForm(forms.Form):
    at = forms.DateTimeField(
        label=_("Date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"],
    )

    def clean_at(self):
        at = self.cleaned_data["at"]
        if not 2000 <= at.year <= 9000:  # a typing mistake, and beyond what dates can reckon
            raise forms.ValidationError(_("Choose a date between the year 2000 and 9000."))
        return at


def tomorrow_morning(now: datetime) -> datetime:
    local = timezone.localtime(now) + timedelta(days=1)
    return local.replace(hour=9, minute=0, second=0, microsecond=0)


def preview(request: HttpRequest) -> HttpResponse:
    """The home page as readers will see it at a chosen time (admin only)."""
    if not request.user.has_perm("frontpage.view_pin"):
        raise PermissionDenied
    form = PreviewForm(request.GET or {"at": tomorrow_morning(timezone.now())})
    at = form.cleaned_data["at"] if form.is_valid() else timezone.now()
    request.home_at = at  # the Ultim'ora bar too (frontpage.context_processors)
    view = HomeView(request=request, kwargs={}, at=at)
    response = view.render_to_response(
        view.get_context_data(is_preview=True, preview_at=at, preview_form=form)
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


@csrf_exempt  # no session, no cookie, nothing to forge: a read is only a number
@require_POST
def read(request: HttpRequest) -> HttpResponse:
    """The beacon of static/js/reads.js: counts a read, answers 204, sets nothing.

    Only beacons sent by our own pages count: another site could otherwise
    make each of its visitors "read" an article they never opened."""
    if not _same_origin(request):
        return _no_content()
    try:
        article_id = int(request.POST.get("article", ""))
    except ValueError:
        article_id = 0
    if 0 < article_id < 2**63:
        reads.record_read(request, article_id)
    return _no_content()


def _same_origin(request: HttpRequest) -> bool:
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")  # browsers without Fetch Metadata
    return origin is None or origin == f"{request.scheme}://{request.get_host()}"


def _no_content() -> HttpResponse:
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response

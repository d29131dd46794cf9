"""Who has an article open for editing right now.

Each open change form reports in every few seconds (a heartbeat); a person
counts as present until ``DESK_PRESENCE_SECONDS`` after their last report,
so a closed tab or a lost connection clears itself. Presence never locks:
everyone can still read and save (the version check catches conflicts).
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from articles.services import user_label
from articles.workflow import Perm

from .models import Presence


def _fresh_since():
    return timezone.now() - timedelta(seconds=settings.DESK_PRESENCE_SECONDS)


@transaction.atomic
def heartbeat(*, user, article) -> Presence:
    now = timezone.now()
    presence, created = Presence.objects.select_for_update().get_or_create(
        user=user, article=article, defaults={"since": now, "seen_at": now}
    )
    if not created:
        if presence.seen_at < _fresh_since():  # came back after a while: a new session
            presence.since, presence.taken_over_by = now, None
        presence.seen_at = now
        presence.save(update_fields=["since", "seen_at", "taken_over_by"])
    return presence


def leave(*, user, article) -> None:
    Presence.objects.filter(user=user, article=article).delete()


def fresh():
    """Presences still alive."""
    return Presence.objects.filter(seen_at__gte=_fresh_since())


def editing(article, *, exclude=None) -> list[Presence]:
    """The people editing ``article`` now, longest first."""
    rows = fresh().filter(article=article)
    if exclude is not None:
        rows = rows.exclude(user=exclude)
    return list(rows.select_related("user").order_by("since"))


def sentence(presence: Presence) -> str:
    """ "Mario Rossi sta modificando questo articolo da 3 minuti"."""
    minutes = int((timezone.now() - presence.since).total_seconds() // 60)
    name = user_label(presence.user)
    if minutes < 1:
        return _("%(name)s has been editing this article for less than a minute") % {"name": name}
    return ngettext(
        "%(name)s has been editing this article for %(count)d minute",
        "%(name)s has been editing this article for %(count)d minutes",
        minutes,
    ) % {"name": name, "count": minutes}


@transaction.atomic
def take_over(*, article, by) -> int:
    """The desk takes the piece over: those editing it are told so on their
    next heartbeat (their text stays in their form and browser)."""
    if not by.has_perm(Perm.REVIEW):
        raise PermissionDenied
    heartbeat(user=by, article=article)
    return fresh().filter(article=article).exclude(user=by).update(taken_over_by=by)

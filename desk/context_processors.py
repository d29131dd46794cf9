from django.utils.functional import SimpleLazyObject

from .models import Notification


def desk(request):
    """The unread count shown in the admin's header (counted only where shown)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.is_staff:
        return {}
    return {
        "desk_unread": SimpleLazyObject(
            lambda: Notification.objects.filter(recipient=user).unread().count()
        )
    }

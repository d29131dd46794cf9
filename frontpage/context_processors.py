from django.utils.functional import SimpleLazyObject


def breaking(request):
    """The Ultim'ora in force (at the preview's time on the desk's home preview),
    read only by pages that show it."""

    def current():
        from .models import BreakingNews

        at = getattr(request, "home_at", None)
        item = BreakingNews.objects.running(at).select_related("article").first()
        if item is None:
            return None
        return {"text": item.text, "url": item.link(at)}

    return {"breaking": SimpleLazyObject(current)}

from django.utils.functional import SimpleLazyObject

from newsroom.fragments import remember


def breaking(request):
    """The Ultim'ora in force (at the preview's time on the desk's home preview),
    read only by pages that show it."""

    def running(at=None):
        from .models import BreakingNews

        item = BreakingNews.objects.running(at).select_related("article").first()
        if item is None:
            return None
        return {"text": item.text, "url": item.link(at)}

    def current():
        at = getattr(request, "home_at", None)
        return running(at) if at else remember("breaking", running)

    return {"breaking": SimpleLazyObject(current)}

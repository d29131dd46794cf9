"""Tags in the admin: taggit's own admin plus merging duplicates."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.models import Tag

from ..services import ArticleError
from ..tags import tags_merge
from ..workflow import Perm

admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(TaggitTagAdmin):
    actions = ["merge"]

    @admin.action(description=_("Merge the selected tags into one"), permissions=["merge"])
    def merge(self, request, queryset):
        try:
            kept, moved = tags_merge(tags=list(queryset), by=request.user)
        except ArticleError as error:
            self.message_user(request, error.messages[0], messages.ERROR)
            return
        self.message_user(
            request,
            _("Merged into “%(tag)s”: %(count)d article links moved.")
            % {"tag": kept.name, "count": moved},
        )

    def has_merge_permission(self, request):
        return request.user.has_perm(Perm.MERGE_TAGS)

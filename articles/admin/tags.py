"""Tags in the admin: articles' own Tag (ASCII slugs), with merging of duplicates."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.models import Tag as TaggitTag

from ..models import Tag, TaggedArticle
from ..services import ArticleError
from ..tags import tag_save, tags_merge, usage
from ..workflow import Perm
from .tag_suggestions import suggest

# taggit's own table is empty since articles has its own Tag model.
admin.site.unregister(TaggitTag)


class TagForm(forms.ModelForm):
    # ASCII only (the public route's rule); empty: made from the name.
    slug = forms.SlugField(
        label=_("slug"),
        max_length=100,
        required=False,
        help_text=_("Leave it empty to make it from the name."),
    )

    class Meta:
        model = Tag
        fields = ["name", "slug"]


@admin.register(Tag)
class TagAdmin(TaggitTagAdmin):
    form = TagForm
    prepopulated_fields = {}
    inlines = []  # taggit's inline lists its generic links, which articles do not use
    actions = ["merge"]
    show_full_result_count = False

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.has_perm(Perm.REVIEW):
            return queryset
        # A contributor never learns of tags that exist only on others'
        # drafts or embargoed pieces. (The pieces they created or sign, as
        # ``owned_by`` says, asked one index at a time: an OR across the
        # byline join would read the whole archive.)
        user = request.user
        return (
            queryset.public()
            | queryset.filter(
                pk__in=TaggedArticle.objects.filter(content_object__created_by=user).values("tag")
            )
            | queryset.filter(
                pk__in=TaggedArticle.objects.filter(
                    content_object__credits__author__user=user
                ).values("tag")
            )
        )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("suggestions/", view(self.suggestions), name="articles_tag_suggestions"),
            *super().get_urls(),
        ]

    def suggestions(self, request):
        """The tags the article form suggests for ``q``: those this person may
        see in the tag list (``get_queryset``), as JSON."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        return JsonResponse({"results": suggest(self.get_queryset(request), request.GET.get("q"))})

    def save_model(self, request, obj, form, change):
        tag_save(tag=obj)

    @admin.action(description=_("Merge the selected tags into one"), permissions=["merge"])
    def merge(self, request, queryset):
        """First the tags with their articles and a choice of which stays; then the merge."""
        tags = list(queryset.order_by("name"))
        keep = next((t for t in tags if str(t.pk) == request.POST.get("keep")), None)
        if request.POST.get("post") == "yes" and keep is not None:
            try:
                kept, moved = tags_merge(tags=tags, by=request.user, keep=keep)
            except ArticleError as error:
                self.message_user(request, error.messages[0], messages.ERROR)
                return None
            self.message_user(
                request,
                ngettext(
                    "Merged into “%(tag)s”: %(count)d article link moved; the old pages "
                    "and feeds now redirect to it.",
                    "Merged into “%(tag)s”: %(count)d article links moved; the old pages "
                    "and feeds now redirect to it.",
                    moved,
                )
                % {"tag": kept.name, "count": moved},
                messages.SUCCESS,
            )
            return None
        if len(tags) < 2:
            self.message_user(request, _("Select at least two tags to merge."), messages.ERROR)
            return None
        counts = usage(tags)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Merge tags"),
            "rows": [(tag, counts.get(tag.pk, 0)) for tag in tags],
            "suggested": max(tags, key=lambda t: (counts.get(t.pk, 0), -t.pk)),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "missing_choice": request.POST.get("post") == "yes",
        }
        return TemplateResponse(request, "admin/articles/tag/merge_confirm.html", context)

    def has_merge_permission(self, request):
        return request.user.has_perm(Perm.MERGE_TAGS)

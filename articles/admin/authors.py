"""Author admin, extended with what only articles know: bylines.

``authors`` never imports ``articles``; here articles adds to the author
admin the refusal to delete a credited author and the byline reassignment.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from authors.admin import AuthorAdmin
from authors.models import Author
from newsroom.keptfiles import KeepsUploads, KeptFileInput

from ..bylines import bylines_move
from ..models import ArticleAuthor


class ReassignForm(forms.Form):
    target = forms.ModelChoiceField(
        label=gettext_lazy("New author"), queryset=Author.objects.active()
    )


class AuthorForm(KeepsUploads, forms.ModelForm):
    kept_file_fields = ("photo",)

    class Meta:
        model = Author
        fields = ["photo"]  # the admin adds the rest from its fieldsets
        widgets = {"photo": KeptFileInput}


class BylineAuthorAdmin(AuthorAdmin):
    change_form_template = "admin/authors/author/change_form.html"
    form = AuthorForm

    class Media:
        js = ["js/slugify.js"]

    def get_urls(self):
        return [
            path(
                "<int:pk>/reassign/",
                self.admin_site.admin_view(self.reassign_view),
                name="authors_author_reassign",
            ),
            *super().get_urls(),
        ]

    def delete_view(self, request, object_id, extra_context=None):
        # A credited author cannot go (the byline is PROTECTed): say why and
        # where to go next, instead of Django's generic protected-objects page.
        author = self.get_object(request, object_id)
        if author is not None and (count := ArticleAuthor.objects.filter(author=author).count()):
            messages.error(
                request,
                ngettext(
                    "%(name)s signs %(count)d article, so they cannot be deleted: nothing "
                    "was removed. Reassign it to another author first, or deactivate them "
                    "to keep their page.",
                    "%(name)s signs %(count)d articles, so they cannot be deleted: nothing "
                    "was removed. Reassign their articles to another author first, or "
                    "deactivate them to keep their page.",
                    count,
                )
                % {"name": author.name, "count": count},
            )
            return redirect("admin:authors_author_reassign", pk=author.pk)
        return super().delete_view(request, object_id, extra_context)

    def reassign_view(self, request, pk):
        author = get_object_or_404(Author, pk=pk)
        if not self.has_change_permission(request, author):
            return redirect("admin:index")
        form = ReassignForm(request.POST or None)
        form.fields["target"].queryset = Author.objects.active().exclude(pk=author.pk)
        if request.method == "POST" and form.is_valid():
            try:
                moved = bylines_move(source=author, target=form.cleaned_data["target"])
            except ValidationError as error:
                form.add_error("target", error)
            else:
                messages.success(
                    request,
                    ngettext(
                        "%(count)d article moved from %(old)s to %(new)s.",
                        "%(count)d articles moved from %(old)s to %(new)s.",
                        moved,
                    )
                    % {"count": moved, "old": author.name, "new": form.cleaned_data["target"]},
                )
                return redirect(reverse("admin:authors_author_change", args=[author.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": author,
            "title": _("Reassign the articles of %(name)s") % {"name": author.name},
            "form": form,
            "credit_count": ArticleAuthor.objects.filter(author=author).count(),
        }
        return TemplateResponse(request, "admin/authors/author/reassign.html", context)


admin.site.unregister(Author)
admin.site.register(Author, BylineAuthorAdmin)

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.views.generic import ListView

from .models import Author


class AuthorDetailView(ListView):
    """An author's profile and their published articles, newest first.

    ``author.articles`` is the reverse relation managed by the articles app's
    queryset, so this app never imports articles.
    """

    template_name = "authors/author_detail.html"
    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE

    def get(self, request, *args, **kwargs):
        self.author = get_object_or_404(Author, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.author.articles.published().for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            author=self.author, subject=self.author, kind="author", **kwargs
        )

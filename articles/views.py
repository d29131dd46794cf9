from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag

from . import preview
from .models import Article, ArticleRedirect, Section


class PublishedArticlesMixin:
    """Every public view starts from ``published()``."""

    def get_queryset(self):
        return Article.objects.published().for_listing()


class HomeView(PublishedArticlesMixin, TemplateView):
    template_name = "articles/home.html"
    latest_count = 9
    per_section = 4

    def get_context_data(self, **kwargs):
        published = self.get_queryset()
        lead = published.filter(featured=True).first() or published.first()
        latest = list(published.exclude(pk=getattr(lead, "pk", None))[: self.latest_count])
        shown = {a.pk for a in latest} | {getattr(lead, "pk", None)}
        blocks = {}
        for article in published.exclude(pk__in=shown).latest_per_section(self.per_section):
            blocks.setdefault(article.section_id, []).append(article)
        sections = [(s, blocks[s.pk]) for s in Section.objects.all() if s.pk in blocks]
        return super().get_context_data(lead=lead, latest=latest, section_blocks=sections, **kwargs)


class ArticleDetailView(PublishedArticlesMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().for_detail()

    def get(self, request, *args, **kwargs):
        try:
            self.object = self.get_object()
        except Http404:
            # A renamed article: its old slug moves permanently to the new URL.
            moved = ArticleRedirect.objects.filter(old_slug=kwargs["slug"]).first()
            if moved and Article.objects.published().filter(pk=moved.article_id).exists():
                return redirect(moved.article.get_absolute_url(), permanent=True)
            raise
        canonical = self.object.get_absolute_url()
        if request.path != canonical:
            # The permalink's date is derived from published_at: if it changed,
            # old links move permanently rather than breaking.
            return redirect(canonical, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        related = Article.objects.published().for_listing().related_to(self.object)
        return super().get_context_data(related=related, **kwargs)


class ArticleListView(PublishedArticlesMixin, ListView):
    """A paginated list of articles about one thing (section, tag, author)."""

    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE
    subject_model = None

    def get_subject(self):
        return get_object_or_404(self.subject_model, slug=self.kwargs["slug"])

    def get(self, request, *args, **kwargs):
        self.subject = self.get_subject()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(subject=self.subject, kind=self.kind, **kwargs)


class SectionView(ArticleListView):
    subject_model = Section
    kind = "section"

    def get_queryset(self):
        return super().get_queryset().filter(section=self.subject)


class TagView(ArticleListView):
    subject_model = Tag
    kind = "tag"

    def get_queryset(self):
        return super().get_queryset().filter(tags=self.subject)


def render_preview(request, article, status=200):
    """The public article template, marked private and not for search engines."""
    view = ArticleDetailView(request=request, kwargs={}, object=article)
    response = view.render_to_response(
        {"article": article, "object": article, "related": [], "is_preview": True}
    )
    response.status_code = status
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


def shared_preview(request, token):
    """A desk editor's signed link: works until it expires, for anyone who has it."""
    try:
        article_id = preview.read_token(token)
    except preview.PreviewExpired:
        raise Http404("preview link expired") from None
    except signing.BadSignature:
        raise PermissionDenied("invalid preview link") from None
    article = get_object_or_404(Article.objects.for_detail(), pk=article_id)
    return render_preview(request, article)

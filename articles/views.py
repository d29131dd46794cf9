from dataclasses import replace

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import DetailView, ListView, TemplateView

from . import preview, search, seo, sharing, sitemaps
from .models import Article, ArticleRedirect, Section, public_tags


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
        return super().get_context_data(
            related=related,
            share_links=sharing.share_links(self.object),
            canonical_url=sharing.canonical_url(self.object),
            social_image=seo.social_image(self.object),
            structured_data=seo.article_structured_data(self.object),
            **kwargs,
        )


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
    kind = "tag"

    def get_subject(self):
        return get_object_or_404(public_tags(), slug=self.kwargs["slug"])

    def get_queryset(self):
        return super().get_queryset().filter(tags=self.subject)


def render_preview(request, article, status=200):
    """The public article template, marked private and not for search engines."""
    view = ArticleDetailView(request=request, kwargs={}, object=article)
    response = view.render_to_response(view.get_context_data(object=article, is_preview=True))
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


class SearchView(ListView):
    """/cerca/?q=…: the rules live in ``articles.search``."""

    template_name = "articles/search.html"
    context_object_name = "results"
    paginate_by = settings.ARTICLES_PER_PAGE

    def get(self, request, *args, **kwargs):
        self.query = search.parse(request.GET.get("q"))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return search.search(self.query)

    def get_context_data(self, **kwargs):
        return super().get_context_data(query=self.query, **kwargs)


def sitemap_index(request):
    """The sitemap index, its entries on SITE_URL like every URL they list."""
    response = sitemap_views.index(
        request, sitemaps.SITEMAPS, sitemap_url_name="articles:sitemap_section"
    )
    here = f"{request.scheme}://{request.get_host()}"
    response.context_data["sitemaps"] = [
        replace(item, location=settings.SITE_URL + item.location.removeprefix(here))
        for item in response.context_data["sitemaps"]
    ]
    return response


def news_sitemap(request):
    context = {"entries": sitemaps.news_entries()}
    return render(request, "sitemaps/news.xml", context, content_type="application/xml")


def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")

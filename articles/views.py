import functools
import hashlib
from dataclasses import replace
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from authors.models import Author
from media.services import ensure_renditions
from newsroom.fragments import remember

from . import feeds, library, preview, sanitize, search, seo, sitemaps
from .models import (
    Article,
    ArticleRedirect,
    Correction,
    Section,
    TagRedirect,
    public_tags,
    published_through,
)
from .picks import read_also_for


class PublishedArticlesMixin:
    """Every public view starts from ``published()``."""

    def get_queryset(self):
        return Article.objects.published().for_cards()


class ArticlesPerPageMixin:
    def get_paginate_by(self, queryset):
        # Read at each request, not at import, so a changed setting (a test's
        # override too) applies.
        return settings.ARTICLES_PER_PAGE


class ArticleDetailView(PublishedArticlesMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        # The corrections box and the structured data both read them: one query.
        return Article.objects.published().for_detail().prefetch_related("corrections")

    def get_object(self, queryset=None):
        # The same for every reader, and retired with any public change or
        # clock moment (newsroom.fragments): kept, it costs no query.
        find = super().get_object
        slug = hashlib.sha256(self.kwargs[self.slug_url_kwarg].encode()).hexdigest()[:32]
        return remember(f"article:{slug}", lambda: find(queryset))

    def get(self, request, *args, **kwargs):
        try:
            self.object = self.get_object()
        except Http404:
            # A renamed article: its old slug moves permanently to the new URL.
            moved = ArticleRedirect.objects.filter(old_slug=kwargs["slug"]).first()
            if moved and Article.objects.published().filter(pk=moved.article_id).exists():
                return redirect(moved.article.get_absolute_url(), permanent=True)
            raise
        canonical = self.get_canonical_path()
        if request.path != canonical:
            # The permalink's date is derived from published_at: if it changed,
            # old links move permanently rather than breaking.
            return redirect(canonical, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    # (gallery id, photo number) when a gallery photo's own URL was opened.
    focus = None

    def get_canonical_path(self) -> str:
        return self.object.get_absolute_url()

    def get_context_data(self, **kwargs):
        article = self.object

        # Only for rendering: the page keeps the lists' markup ({% keep %}), and a
        # preview, whose tags may not be the public ones, renders its own.
        @functools.cache
        def lists():
            read_also = read_also_for(article)
            picked = {a.pk for a in read_also}
            related = Article.objects.published().for_cards().related_to(article)
            return read_also, [a for a in related if a.pk not in picked]

        body = library.body_media(article, self.focus)
        gallery = library.main_gallery(article, self.focus)
        galleries = [g for g in (gallery, *body.galleries) if g]
        html = sanitize.sponsored_links(body.html) if article.is_sponsored else body.html
        # Lazy: where the page's kept parts ({% keep %}) are at hand, neither the
        # lists nor the structured data are computed.
        return super().get_context_data(
            read_also=SimpleLazyObject(lambda: lists()[0]),
            related=SimpleLazyObject(lambda: lists()[1]),
            body=html,
            main_gallery=gallery,
            galleries=galleries,
            share_links=SimpleLazyObject(lambda: seo.share_links(article)),
            canonical_url=seo.canonical_url(article),
            social_image=SimpleLazyObject(lambda: seo.social_image(article)),
            structured_data=SimpleLazyObject(
                lambda: seo.article_structured_data(article, galleries)
            ),
            **kwargs,
        )


class ArticlePhotoView(ArticleDetailView):
    """One gallery photo's own URL: the article, its gallery opened at that photo,
    with the photo as the page's title, description and social image."""

    def get(self, request, *args, **kwargs):
        self.focus = (int(kwargs["gallery"]), int(kwargs["number"]))
        return super().get(request, *args, **kwargs)

    def get_canonical_path(self):
        return library.photo_url(self.object, *self.focus)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        slide = next((g.current for g in context["galleries"] if g.current), None)
        if slide is None:
            raise Http404("no such photo")
        ensure_renditions(slide.picture, ("social",))  # its own social card, made once
        context.update(seo.photo_page(self.object, slide))
        return context


class ArticleListView(ArticlesPerPageMixin, PublishedArticlesMixin, ListView):
    """A paginated list of articles about one subject (section, tag, author).

    The view says what the page shows (heading, descriptions, feed); the one
    list template only lays it out."""

    template_name = "articles/article_list.html"
    context_object_name = "articles"
    subject_model = None
    subject_field = ""  # the Article field that points to the subject
    feed_class = None
    og_type = "website"

    def get_subject(self):
        return get_object_or_404(self.subject_model, slug=self.kwargs["slug"])

    def get(self, request, *args, **kwargs):
        self.subject = self.get_subject()
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().filter(**{self.subject_field: self.subject})

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        # Every page of the list and every reader shares one count, which reads
        # all of a big tag's articles: kept like the other shared parts.
        paginator.count = remember(
            f"list-count:{self.subject_field}:{self.subject.pk}", queryset.count
        )
        return paginator

    def heading(self) -> str:
        return self.subject.name

    def description(self) -> str:
        """Shown under the heading, and the page's meta description when set."""
        return ""

    def meta_description(self) -> str:
        return self.description() or _("The latest news about %(name)s from %(site)s.") % {
            "name": self.subject.name,
            "site": settings.SITE_NAME,
        }

    def get_context_data(self, **kwargs):
        feed = self.feed_class()
        return super().get_context_data(
            subject=self.subject,
            heading=self.heading(),
            description=self.description(),
            meta_description=self.meta_description(),
            og_type=self.og_type,
            feed_url=feed.path(self.subject),
            feed_title=feed.title(self.subject),
            **kwargs,
        )


class SectionView(ArticleListView):
    subject_model = Section
    subject_field = "section"
    feed_class = feeds.SectionFeed

    def description(self) -> str:
        return self.subject.description

    def get_context_data(self, **kwargs):
        # current_section: the navigation marks this section's own page.
        return super().get_context_data(
            tone=self.subject.tone, current_section=self.subject.slug, **kwargs
        )


class TagView(ArticleListView):
    subject_field = "tags"
    feed_class = feeds.TagFeed

    def get_subject(self):
        return get_object_or_404(public_tags(), slug=self.kwargs["slug"])

    def heading(self) -> str:
        return _("Tag: %(name)s") % {"name": self.subject.name}


def follows_moved_tags(url_name: str):
    """Wrap a tag page or feed: a former slug (transliterated, renamed, merged)
    answers 301 to where the tag lives now."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, slug, **kwargs):
            try:
                return view(request, slug=slug, **kwargs)
            except Http404:
                moved = TagRedirect.objects.filter(old_slug=slug).select_related("tag").first()
                if moved is None:
                    raise
                return redirect(url_name, slug=moved.tag.slug, permanent=True)

        return wrapper

    return decorate


class AuthorView(ArticleListView):
    """The author's profile on top of their articles."""

    subject_model = Author
    subject_field = "authors"
    feed_class = feeds.AuthorFeed
    og_type = "profile"

    def meta_description(self) -> str:
        return self.subject.bio or _("Articles by %(name)s on %(site)s.") % {
            "name": self.subject.name,
            "site": settings.SITE_NAME,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(kicker=_("Author"), profile=self.subject, **kwargs)


def render_preview(request, article, status=200, link=None):
    """The public article template, marked as a preview, private and not for search engines."""
    view = ArticleDetailView(request=request, kwargs={}, object=article)
    context = view.get_context_data(object=article, is_preview=True, preview_link=link)
    response = view.render_to_response(context)
    response.status_code = status
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


# What a reader of a refused preview link gets: an Italian page saying why.
PREVIEW_REFUSALS = {
    preview.Refusal.ALTERED: 403,
    preview.Refusal.EXPIRED: 410,
    preview.Refusal.REVOKED: 410,
}


def shared_preview(request, token):
    """A desk editor's link: works until it expires or is revoked, for anyone who has it."""
    try:
        link = preview.open_link(token)
    except preview.PreviewRefused as refused:
        if refused.reason == preview.Refusal.PUBLISHED:
            return redirect(refused.link.article.get_absolute_url())
        response = render(
            request,
            "articles/preview_refused.html",
            {"reason": refused.reason, "link": refused.link},
            status=PREVIEW_REFUSALS[refused.reason],
        )
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
        return response
    article = get_object_or_404(Article.objects.for_detail(), pk=link.article_id)
    return render_preview(request, article, link=link)


class CorrectionsView(ArticlesPerPageMixin, ListView):
    """/correzioni/: every public correction, newest first, with its article."""

    template_name = "articles/corrections.html"
    context_object_name = "corrections"

    def get_queryset(self):
        return (
            Correction.objects.filter(published_through("article"))
            .select_related("article")
            .order_by("-created_at", "-pk")
        )


class SearchView(ArticlesPerPageMixin, ListView):
    """/cerca/?q=…&sezione=…&dal=…&al=…: the rules live in ``articles.search``."""

    template_name = "articles/search.html"
    context_object_name = "results"

    def get(self, request, *args, **kwargs):
        self.query = search.parse(request.GET.get("q"))
        self.filters = search.parse_filters(request.GET)
        self.suggested = None
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return search.search(self.query, self.filters, self._shown())

    def _shown(self) -> tuple[int, int]:
        """The places of the page asked for, as the paginator will take them
        when it exists (its snippets' text comes with the ranking)."""
        size = self.get_paginate_by(None)
        try:
            number = int(self.request.GET.get("page") or 1)
        except ValueError:  # the paginator shows the first page
            number = 1
        number = number if 0 < number <= search.CANDIDATES else 1
        return (number - 1) * size, number * size

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        if self.query.terms and not paginator.count:
            # Nothing for what was typed: the nearest spelling, said out loud.
            self.suggested = search.suggestion(self.query)
            if self.suggested:
                found = search.search(self.suggested, self.filters, self._shown())
                paginator = self.get_paginator(found, page_size)
        # Results move as articles come and go, and stop at the cap: a page
        # past the end shows the last one rather than an error.
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        if self.query.text:
            title = _("Search: %(q)s") % {"q": Truncator(self.query.text).chars(60)}
        else:
            title = _("Search")
        context = super().get_context_data(
            query=self.query,
            filters=self.filters,
            sections=Section.objects.all(),
            title=title,
            **kwargs,
        )
        context["suggested"] = self.suggested  # known once the results were counted
        context["found"] = context["paginator"].object_list
        search.add_snippets(context["results"], self.suggested or self.query)
        params = {"q": self.query.text, **{k: v for k, v in self.filters.raw.items() if v}}
        context["page_params"] = urlencode(params)
        if self.suggested:
            context["suggested_url"] = "?" + urlencode({**params, "q": self.suggested.text})
        return context


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

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from . import feeds, views
from .sitemaps import SITEMAPS

app_name = "articles"
urlpatterns = [
    re_path(
        r"^(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})/(?P<slug>[-\w]+)/$",
        views.ArticleDetailView.as_view(),
        name="detail",
    ),
    re_path(
        r"^(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})/(?P<slug>[-\w]+)"
        r"/galleria/(?P<gallery>\d{1,18})/foto/(?P<number>\d{1,4})/$",
        views.ArticlePhotoView.as_view(),
        name="photo",
    ),
    path("sezione/<slug:slug>/", views.SectionView.as_view(), name="section"),
    # Any slug, not only ASCII ones: old links to accented slugs get their 301.
    re_path(
        r"^tag/(?P<slug>[^/]+)/$",
        views.follows_moved_tags("articles:tag")(views.TagView.as_view()),
        name="tag",
    ),
    path("autore/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path("anteprima/<str:token>/", views.shared_preview, name="preview"),
    path("cerca/", views.SearchView.as_view(), name="search"),
    path("correzioni/", views.CorrectionsView.as_view(), name="corrections"),
    # Feeds
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="feed_atom"),
    path("sezione/<slug:slug>/feed/", feeds.SectionFeed(), name="section_feed"),
    re_path(
        r"^tag/(?P<slug>[^/]+)/feed/$",
        views.follows_moved_tags("articles:tag_feed")(feeds.TagFeed()),
        name="tag_feed",
    ),
    path("autore/<slug:slug>/feed/", feeds.AuthorFeed(), name="author_feed"),
    # Sitemaps and robots
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("news-sitemap.xml", views.news_sitemap, name="news_sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]

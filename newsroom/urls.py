from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from articles import urls as article_urls
from frontpage.views import HomeView
from newsroom.http import serve_media

# A database outage answers an Italian 503, anything else the 500 page.
handler500 = "newsroom.errors.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("consent.urls")),
    path("", include("frontpage.urls")),
    # The home page is composed by frontpage, under its old name "articles:home".
    path(
        "",
        include(
            (
                [path("", HomeView.as_view(), name="home"), *article_urls.urlpatterns],
                article_urls.app_name,
            )
        ),
    ),
    path("", include("publisher.urls")),
]

if settings.SERVE_MEDIA:
    # Development and the embedded setup serve uploads themselves; production
    # points MEDIA_URL at the storage's own host or a proxy.
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{prefix}(?P<path>.*)$", serve_media)]

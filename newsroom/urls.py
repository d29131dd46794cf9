from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

admin.site.site_header = settings.SITE_NAME
admin.site.site_title = settings.SITE_NAME

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("consent.urls")),
    path("", include("articles.urls")),
]

if settings.SERVE_MEDIA:
    # Development and the embedded setup serve uploads themselves; production
    # points MEDIA_URL at the storage's own host or a proxy.
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(rf"^{prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

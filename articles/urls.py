from django.urls import path, re_path

from . import views

app_name = "articles"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    re_path(
        r"^(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})/(?P<slug>[-\w]+)/$",
        views.ArticleDetailView.as_view(),
        name="detail",
    ),
    path("sezione/<slug:slug>/", views.SectionView.as_view(), name="section"),
    path("tag/<slug:slug>/", views.TagView.as_view(), name="tag"),
    path("anteprima/<str:token>/", views.shared_preview, name="preview"),
]

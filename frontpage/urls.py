from django.urls import path

from . import views

app_name = "frontpage"
urlpatterns = [
    path("letture/", views.read, name="read"),
]

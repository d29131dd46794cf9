from django.urls import path

from . import views

app_name = "publisher"
urlpatterns = [
    path("chi-siamo/", views.AboutView.as_view(), name="about"),
    path("redazione/", views.MastheadView.as_view(), name="masthead"),
    path("contatti/", views.ContactsView.as_view(), name="contacts"),
    path("policy-editoriale/", views.PolicyView.as_view(), name="policy"),
]

from django.urls import path

from . import views

app_name = "consent"
urlpatterns = [
    path("cookie/scelta/", views.choose, name="choose"),
    path("cookie/preferenze/", views.PreferencesView.as_view(), name="preferences"),
    path("cookie-policy/", views.CookiePolicyView.as_view(), name="cookie_policy"),
    path("privacy/", views.PrivacyPolicyView.as_view(), name="privacy_policy"),
]

from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    # Registered as an app only for its template tags and management commands.
    name = "newsroom"
    verbose_name = "Newsroom"

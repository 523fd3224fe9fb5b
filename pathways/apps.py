from django.apps import AppConfig


class PathwaysConfig(AppConfig):
    name = "pathways"
    verbose_name = "From forum to course"
    default_auto_field = "django.db.models.BigAutoField"

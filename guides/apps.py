from django.apps import AppConfig


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "Guides"

    def ready(self):
        from core.navigation import bump_version_on_change
        from guides.models import InfluencePath

        bump_version_on_change(InfluencePath)

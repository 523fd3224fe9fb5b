from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    verbose_name = "Topics and districts"

    def ready(self):
        from core.navigation import bump_version_on_change
        from taxonomy.models import District, Topic

        bump_version_on_change(Topic, District)

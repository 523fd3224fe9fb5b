from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    verbose_name = "Topics, districts, themes and languages"

    def ready(self):
        from core.cache import bump_version_on_change
        from taxonomy.models import District, Language, Theme, Topic

        bump_version_on_change(Topic, District, Theme, Language)

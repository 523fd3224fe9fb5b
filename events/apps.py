from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Forums"

    def ready(self):
        from core.navigation import bump_version_on_change
        from events.models import Association

        bump_version_on_change(Association)

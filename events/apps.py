from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Forums"

    def ready(self):
        from core.navigation import bump_version_on_change
        from events import registrations  # noqa: F401  (connects its outbox receiver)
        from events.models import Association

        bump_version_on_change(Association)

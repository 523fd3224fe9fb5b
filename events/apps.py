from django.apps import AppConfig
from django.conf import settings

from core import retention


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Forums"

    def ready(self):
        from core.cache import bump_version_on_change
        from events.models import Association

        bump_version_on_change(Association)
        retention.register(
            "forum registrations",
            lambda: settings.PORTAL_REGISTRATION_RETENTION_DAYS,
            purge_registrations,
        )


def purge_registrations(cutoff):
    """Registrations of forums that ended before ``cutoff``, with their history."""
    from events.models import Registration

    deleted = retention.delete_with_history(Registration.objects.filter(event__end__lt=cutoff))
    retention.forget_deleted(Registration)
    return deleted

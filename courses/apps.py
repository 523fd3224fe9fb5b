from django.apps import AppConfig
from django.conf import settings

from core import retention


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Programmes and courses"

    def ready(self):
        from wagtail.documents import get_document_model

        from core.cache import bump_version_on_change
        from courses import applications  # noqa: F401  (connects its outbox receiver)

        # The materials library caches each document's address and type.
        bump_version_on_change(get_document_model())
        retention.register(
            "programme applications",
            lambda: settings.PORTAL_APPLICATION_RETENTION_DAYS,
            purge_applications,
        )


def purge_applications(cutoff):
    """Applications and offers to mentor received before ``cutoff``, with their history."""
    from courses.models import Application, MentorOffer

    deleted = 0
    for model in (Application, MentorOffer):
        deleted += retention.delete_with_history(model.objects.filter(created_at__lt=cutoff))
    retention.forget_deleted(Application, MentorOffer)
    return deleted

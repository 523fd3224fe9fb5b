from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Programmes and courses"

    def ready(self):
        from wagtail.documents import get_document_model

        from core.navigation import bump_version_on_change
        from courses import applications  # noqa: F401  (connects its outbox receiver)

        # The materials library caches each document's address and type.
        bump_version_on_change(get_document_model())

from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """How the city's editors work: roles, translation status, reviews and the audit."""

    name = "editorial"
    verbose_name = "Editorial"

    def ready(self):
        from editorial import roles

        roles.connect_signals()

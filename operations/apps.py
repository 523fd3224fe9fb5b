from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = "Operations"

    def ready(self):
        from core.cache import version_bumped
        from operations import checks  # noqa: F401 (registers the deployment checks)
        from operations.frontend import purge_after_change

        version_bumped.connect(purge_after_change, dispatch_uid="operations-purge")

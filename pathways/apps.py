from django.apps import AppConfig
from django.conf import settings

from core import retention


class PathwaysConfig(AppConfig):
    name = "pathways"
    verbose_name = "From forum to course"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        retention.register(
            "informants",
            lambda: settings.PORTAL_INFORMANT_RETENTION_DAYS,
            purge_informants,
        )
        retention.register(
            "informants' reports",
            lambda: settings.PORTAL_INFORMANT_REPORT_RETENTION_DAYS,
            purge_reports,
        )


def purge_informants(cutoff):
    """Informants who last said they stay before ``cutoff``, with their history."""
    from pathways.models import Informant

    deleted = retention.delete_with_history(Informant.objects.filter(consented_at__lt=cutoff))
    retention.forget_deleted(Informant)
    return deleted


def purge_reports(cutoff):
    """What informants reported before ``cutoff``."""
    from pathways.models import InformantReport

    return retention.delete_with_history(
        InformantReport.objects.filter(created_on__lt=cutoff.date())
    )

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    name = "outbox"
    verbose_name = _("Outbox")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import retention

        retention.register("e-mails", lambda: settings.OUTBOX_RETENTION_DAYS, purge_emails)


def purge_emails(cutoff):
    """Sent and failed e-mails queued before ``cutoff`` (they hold addresses and cancel
    links), and the finished tasks that sent them."""
    from django_tasks_db.models import DBTaskResult

    from outbox.models import Message

    deleted, _by_model = (
        Message.objects.exclude(status=Message.Status.QUEUED).filter(created_at__lt=cutoff).delete()
    )
    DBTaskResult.objects.filter(finished_at__lt=cutoff).delete()
    return deleted

from django.apps import AppConfig

from core import retention


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Staff sign-in"

    def ready(self):
        from accounts import audit

        audit.connect_signals()
        retention.register("failed sign-ins", lambda: 1, purge_failed_sign_ins)


def purge_failed_sign_ins(cutoff):
    """Failed sign-ins (user name typed, address, browser) older than ``cutoff``: a lock
    lasts 30 minutes, so a day is more than the throttle needs."""
    from axes.models import AccessAttempt, AccessFailureLog

    deleted, _by_model = AccessAttempt.objects.filter(attempt_time__lt=cutoff).delete()
    AccessFailureLog.objects.filter(attempt_time__lt=cutoff).delete()
    return deleted

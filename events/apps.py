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
        retention.register(
            "consents to be contacted",
            lambda: settings.PORTAL_CONTACT_CONSENT_RETENTION_DAYS,
            purge_contact_consents,
        )
        retention.register(
            "unconfirmed forum alerts",
            lambda: settings.PORTAL_SUBSCRIPTION_CONFIRM_DAYS,
            purge_unconfirmed_subscriptions,
        )
        retention.register(
            "association contacts",
            lambda: settings.PORTAL_ASSOCIATION_CONTACT_RETENTION_DAYS,
            purge_association_contacts,
        )


def purge_registrations(cutoff):
    """Registrations of forums that ended before ``cutoff``, with their history."""
    from events.models import Registration

    deleted = retention.delete_with_history(Registration.objects.filter(event__end__lt=cutoff))
    retention.forget_deleted(Registration)
    return deleted


def purge_association_contacts(cutoff):
    """Clear the contact person's details in the association register where nobody has
    confirmed them since ``cutoff`` (the record itself, with no personal data, stays)."""
    from django.db.models import Q

    from events.models import AssociationRecord

    stale = AssociationRecord.objects.filter(
        Q(contact_confirmed_on__lt=cutoff.date())
        | Q(contact_confirmed_on__isnull=True, updated_at__lt=cutoff)
    ).exclude(contact_person="", contact_email="", contact_phone="")
    return stale.update(contact_person="", contact_email="", contact_phone="")


def purge_contact_consents(cutoff):
    """Consents to be contacted given before ``cutoff``, with their messages."""
    from events.models import ContactConsent

    deleted = retention.delete_with_history(ContactConsent.objects.filter(given_at__lt=cutoff))
    retention.forget_deleted(ContactConsent)
    return deleted


def purge_unconfirmed_subscriptions(cutoff):
    """Sign-ups for forum alerts nobody confirmed by ``cutoff``, with their e-mails."""
    from events.models import ForumSubscription

    stale = ForumSubscription.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
    return retention.delete_with_history(stale)

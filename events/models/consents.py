"""Residents who said yes to being contacted about the short course and later forums."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.validators import phone_validator
from submissions.tokens import new_token


class ContactConsent(models.Model):
    """A resident's yes, given when registering for a forum, to be contacted about the
    city's short course and later forums: asked apart from the registration, and kept
    apart from it, for its own period (``PORTAL_CONTACT_CONSENT_RETENTION_DAYS``), or
    until the person withdraws it with the link in every message.

    What the person did at the forum (came, took an active part) is copied here at
    check-in, because the registration is deleted soon after the forum.
    """

    # Nobody edits a consent in the admin: the person gives it and withdraws it.
    name = models.CharField(_("name"), max_length=150, editable=False)
    email = models.EmailField(_("e-mail"), blank=True, editable=False)
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, validators=[phone_validator], editable=False
    )
    language = models.CharField(_("language"), max_length=10, editable=False)
    # The forum it was given at (every language version's key) and its district's key.
    event_key = models.UUIDField(db_index=True, editable=False)
    district_key = models.UUIDField(null=True, db_index=True, editable=False)
    came = models.BooleanField(_("came to the forum"), default=False, editable=False)
    active = models.BooleanField(_("active participant"), default=False, editable=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    given_at = models.DateTimeField(
        _("given at"), default=timezone.now, db_index=True, editable=False
    )
    # Its messages in the outbox, deleted with it.
    emails = GenericRelation("outbox.Message")

    class Meta:
        verbose_name = _("consent to be contacted")
        verbose_name_plural = _("consents to be contacted")
        ordering = ["-given_at"]

    def __str__(self):
        return self.name

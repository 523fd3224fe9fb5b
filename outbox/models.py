"""Every e-mail and text message the portal sends, kept until the worker has delivered it."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Message(models.Model):
    """One e-mail waiting for, or done with, delivery by the background worker.

    Administrators see the list under Settings → Outbox (status, attempts, dates; never
    the body, which can hold a cancel link). ``about`` is what the e-mail concerns, such
    as a forum registration: deleting that deletes its e-mails too.
    """

    # Not content that uses anything: kept out of the reference index.
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    class Channel(models.TextChoices):
        EMAIL = "email", _("e-mail")
        SMS = "sms", _("text message")

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    # A text message (outbox.sms) keeps its number in ``to`` and its text in ``body``.
    channel = models.CharField(
        _("sent as"), max_length=10, choices=Channel.choices, default=Channel.EMAIL
    )
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    # The class of the last error only: exception messages can quote addresses.
    last_error = models.CharField(_("last error"), max_length=100, blank=True)

    subject = models.TextField(_("subject"))
    body = models.TextField(_("body"))
    from_email = models.CharField(_("from"), max_length=320)
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(default=list)
    bcc = models.JSONField(default=list)
    reply_to = models.JSONField(default=list)
    headers = models.JSONField(default=dict)
    # [content, mimetype] pairs, such as the HTML part of Wagtail's notifications.
    alternatives = models.JSONField(default=list)
    # [filename, base64 content, mimetype] triples.
    attachments = models.JSONField(default=list)

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("content_type", "object_id")
    # What the message is to ``about``: "confirmation", "reminder" …, so that its subject
    # app can tell its messages apart when the worker reports one delivered.
    purpose = models.CharField(max_length=30, blank=True)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("outbox")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return self.subject

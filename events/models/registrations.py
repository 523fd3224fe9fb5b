"""Residents' registrations for a forum, with their place or place on the waiting list."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.validators import phone_validator
from submissions.tokens import new_token


class Registration(models.Model):
    """A resident's registration for a forum: personal data, deleted after the forum
    by the ``delete_past_registrations`` command."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Has a place")
        WAITING = "waiting", _("On the waiting list")

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("forum"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    # Shared by every language version of the forum: places are counted across them.
    event_key = models.UUIDField(db_index=True, editable=False)
    language = models.CharField(_("language of the page"), max_length=10)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    people = models.PositiveSmallIntegerField(
        _("number of people"),
        default=1,
        help_text=_(
            "How many people this registration is for. They all count against the forum's places."
        ),
    )
    language_needs = models.CharField(
        _("language needs"),
        max_length=200,
        blank=True,
        help_text=_(
            "The interpreting or language help the person asked for. Use it to book interpreters."
        ),
    )
    accessibility_needs = models.CharField(
        _("accessibility needs"),
        max_length=500,
        blank=True,
        help_text=_(
            "What the person needs to take part, such as space for a wheelchair. "
            "Use it to prepare the venue."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.CONFIRMED,
        help_text=_(
            "Has a place or on the waiting list. "
            "Changing it sends no e-mail, so tell the person yourself."
        ),
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True, db_index=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation e-mailed at"), null=True)
    # Its e-mails in the outbox, deleted with it.
    emails = GenericRelation("outbox.Message")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.name} ({self.people})"

    @property
    def event_start(self):
        return timezone.localtime(self.event.start).strftime("%Y-%m-%d %H:%M")

    @property
    def registered_at(self):
        return timezone.localtime(self.created_at).strftime("%Y-%m-%d %H:%M")

    @property
    def confirmation_sent(self):
        if self.confirmation_sent_at is None:
            return ""
        return timezone.localtime(self.confirmation_sent_at).strftime("%Y-%m-%d %H:%M")

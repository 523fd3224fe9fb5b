"""The people taking part in a round of a programme, and who came to which session.

Accepting an application makes its applicant a participant (courses.participants.admit):
the participant's details stay on the application, which is kept as long as the
mentoring lasts (PORTAL_MENTORING_RETENTION_DAYS) and takes the participant with it.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from submissions.tokens import new_token


class Participant(models.Model):
    """An accepted applicant in one round of a programme, with the secret link to their
    own page (sessions, materials, what they have completed)."""

    # Not content that uses anything: kept out of Wagtail's reference index.
    wagtail_reference_index_ignore = True

    application = models.OneToOneField(
        "courses.Application",
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="participant",
    )
    # The programme in every language: its translation key, as sessions and rounds are
    # the same blocks in each language version (their ids are shared).
    programme_key = models.UUIDField(db_index=True, editable=False)
    round_id = models.CharField(_("round"), max_length=64, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    admitted_at = models.DateTimeField(_("admitted"), auto_now_add=True)
    welcome_sent_at = models.DateTimeField(_("welcome e-mailed at"), null=True, editable=False)
    # The certificate (intyg), given when the participant has completed the programme:
    # its code is what the public page checks (courses.certificates).
    certificate_code = models.CharField(
        _("certificate code"), max_length=16, blank=True, default="", editable=False
    )
    certified_on = models.DateField(_("certificate date"), null=True, editable=False)
    # The welcome e-mail in the outbox goes with the participant.
    emails = GenericRelation("outbox.Message")

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["application__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["certificate_code"],
                condition=~models.Q(certificate_code=""),
                name="one_participant_per_certificate_code",
            )
        ]

    def __str__(self):
        return self.application.name


class SessionAttendance(models.Model):
    """That a participant came to a session (a module's session block, by its id)."""

    wagtail_reference_index_ignore = True

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="attendance"
    )
    session_id = models.UUIDField(_("session"))
    marked_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "session_id"], name="one_attendance_per_session"
            )
        ]

    def __str__(self):
        return f"{self.participant_id} {self.session_id}"

"""Invitations to a programme, sent to forum participants who said yes to being
contacted; deleted with the consent they were sent on."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CourseInvitation(models.Model):
    """One invitation to a programme's next round, sent to one forum participant who
    said yes to being contacted: nobody is invited to the same programme twice."""

    consent = models.ForeignKey(
        "events.ContactConsent",
        verbose_name=_("consent to be contacted"),
        on_delete=models.CASCADE,
        related_name="course_invitations",
    )
    # Every language version of the programme.
    programme_key = models.UUIDField(db_index=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("course invitation")
        verbose_name_plural = _("course invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["consent", "programme_key"], name="one_invitation_per_programme"
            )
        ]

    def __str__(self):
        return f"{self.consent} ({self.sent_at:%Y-%m-%d})"

"""The surveys each participant of a round gets, at its end and a year later, and the
answers: an answer given anonymously is not linked to anyone."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.choices import Agreement, SurveyKind
from submissions.tokens import new_token


class SurveyInvitation(models.Model):
    """That a participant was asked to answer one survey, with the secret link to it.
    Whether they answered is all it records of the answer: not which, nor when."""

    wagtail_reference_index_ignore = True

    participant = models.ForeignKey(
        "courses.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="surveys",
    )
    kind = models.CharField(_("survey"), max_length=12, choices=SurveyKind.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    answered = models.BooleanField(_("answered"), default=False)

    class Meta:
        verbose_name = _("survey invitation")
        verbose_name_plural = _("survey invitations")
        constraints = [
            models.UniqueConstraint(fields=["participant", "kind"], name="one_survey_of_each_kind")
        ]

    def __str__(self):
        return f"{self.participant_id} {self.kind}"


def _agreement(label):
    return models.PositiveSmallIntegerField(
        label,
        choices=Agreement.choices,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )


class SurveyResponse(models.Model):
    """One participant's answers to one survey of a round. ``participant`` is empty when
    they answered anonymously, and becomes empty when the participant is deleted; the
    day is kept, not the time."""

    wagtail_reference_index_ignore = True

    programme_key = models.UUIDField(db_index=True, editable=False)
    round_id = models.CharField(_("round"), max_length=64, editable=False)
    kind = models.CharField(_("survey"), max_length=12, choices=SurveyKind.choices)
    participant = models.ForeignKey(
        "courses.Participant",
        verbose_name=_("participant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    satisfied = _agreement(_("satisfied with the course"))
    learned = _agreement(_("knows more about the city"))
    ready = _agreement(_("ready to lead an initiative"))
    active = models.BooleanField(_("active in an association, network or project"))
    comment = models.TextField(_("what to do differently"), max_length=2000, blank=True)
    created_on = models.DateField(_("answered on"), db_index=True)

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        ordering = ["-created_on", "-pk"]

    def __str__(self):
        return f"{self.round_id} {self.kind} {self.created_on}"

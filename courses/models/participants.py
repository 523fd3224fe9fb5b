"""The people taking part in a round of a programme, who came to which session, and
each participant's own project with its milestones and seed money.

Accepting an application makes its applicant a participant (courses.participants.admit):
the participant's details stay on the application, which is kept as long as the
mentoring lasts (PORTAL_MENTORING_RETENTION_DAYS) and takes the participant and their
project with it.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator
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


class Project(models.Model):
    """A participant's own project as the programme runs it: its district, the city's
    supervisor, milestones and seed money (granted, paid and reported). The public
    project page (ProjectPage) shows only what the participant agreed to publish."""

    wagtail_reference_index_ignore = True

    participant = models.OneToOneField(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="project",
    )
    title = models.CharField(
        _("name of the project"),
        max_length=200,
        help_text=_("A few words the participant would use, such as “Homework help in Tensta”."),
    )
    district = models.ForeignKey(
        "taxonomy.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the project takes place."),
    )
    supervisor = models.CharField(
        _("supervisor"),
        max_length=150,
        blank=True,
        help_text=_("The person at the city who supports the project, and their unit."),
    )
    openlab_url = models.URLField(
        _("Open Lab page"),
        blank=True,
        help_text=_("The project's page at Open Lab, when it has one."),
    )
    # The public page of the project, by its translation key: the same in every language.
    page_key = models.UUIDField(
        _("public project page"),
        null=True,
        blank=True,
        help_text=_("The page about the project on the site, if it has one."),
    )
    seed_granted = models.PositiveIntegerField(
        _("seed money granted (kronor)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1_000_000)],
        help_text=_("In whole kronor. Leave empty until a grant is decided."),
    )
    seed_granted_on = models.DateField(
        _("granted on"), null=True, blank=True, help_text=_("The day the grant was decided.")
    )
    seed_paid = models.PositiveIntegerField(
        _("seed money paid (kronor)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1_000_000)],
        help_text=_("In whole kronor: what has been paid out so far."),
    )
    seed_paid_on = models.DateField(
        _("paid on"), null=True, blank=True, help_text=_("The day of the latest payment.")
    )
    report = models.TextField(
        _("report"),
        max_length=2000,
        blank=True,
        help_text=_("A short report: what the project did and what the seed money went to."),
    )
    reported_on = models.DateField(
        _("reported on"),
        null=True,
        blank=True,
        help_text=_("When the participant reported. A programme may require it to complete."),
    )
    # What the participant agreed to show on the public project page, each on its own;
    # they change it on their own page.
    publish_name = models.BooleanField(_("show my name"), default=False)
    publish_seed_money = models.BooleanField(_("show the seed money"), default=False)
    publish_report = models.BooleanField(_("show my report"), default=False)
    publish_openlab = models.BooleanField(_("show the link to Open Lab"), default=False)

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self):
        return self.title

    @property
    def reported(self):
        return self.reported_on is not None

    @property
    def public(self):
        """What the public page may show: each item only with the participant's yes."""
        return {
            "name": self.participant.application.name if self.publish_name else "",
            "seed_granted": self.seed_granted if self.publish_seed_money else None,
            "seed_paid": self.seed_paid if self.publish_seed_money else None,
            "report": self.report if self.publish_report and self.reported else "",
            "reported_on": self.reported_on if self.publish_report else None,
            "openlab_url": self.openlab_url if self.publish_openlab else "",
        }


class Milestone(models.Model):
    """A step the project plans to reach, and when it was reached."""

    wagtail_reference_index_ignore = True

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(
        _("milestone"), max_length=200, help_text=_("A step on the way, such as a first meeting.")
    )
    due_on = models.DateField(_("planned for"), help_text=_("When the step should be reached."))
    done_on = models.DateField(
        _("reached on"),
        null=True,
        blank=True,
        help_text=_("Fill in when the step is reached."),
    )

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_on", "pk"]

    def __str__(self):
        return self.title


class Mentorship(models.Model):
    """A mentor (an accepted offer to mentor) and a participant, from a start to an end
    (three years): they meet, and the worker reminds both of each check-in."""

    wagtail_reference_index_ignore = True

    participant = models.OneToOneField(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="mentorship",
    )
    offer = models.ForeignKey(
        "courses.MentorOffer",
        verbose_name=_("mentor"),
        on_delete=models.CASCADE,
        related_name="mentorships",
    )
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    # The mentor's own page (their participant and the check-ins), by secret link.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # Its reminders in the outbox go with it.
    emails = GenericRelation("outbox.Message")

    class Meta:
        verbose_name = _("mentorship")
        verbose_name_plural = _("mentorships")

    def __str__(self):
        return f"{self.offer} and {self.participant}"


class CheckIn(models.Model):
    """A planned meeting of mentor and participant (every few months), whether they were
    reminded of it, and when it took place."""

    wagtail_reference_index_ignore = True

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="check_ins")
    due_on = models.DateField(_("planned for"))
    reminded_at = models.DateTimeField(_("reminded"), null=True, editable=False)
    held_on = models.DateField(_("held on"), null=True)

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["due_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentorship", "due_on"], name="one_check_in_per_mentorship_and_day"
            )
        ]

    def __str__(self):
        return f"{self.mentorship_id} {self.due_on}"

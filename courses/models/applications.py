"""What residents send in: applications to a programme and offers to be a mentor.

Both hold personal data; ``manage.py delete_old_applications`` deletes them
``PORTAL_APPLICATION_RETENTION_DAYS`` after they came in.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.validators import phone_validator
from courses.choices import Sector, Source
from submissions.tokens import new_token


class Submission(models.Model):
    """What an application and an offer to mentor have in common."""

    # Not content that uses its page: kept out of the page's usage (reference index).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        SHORTLISTED = "shortlisted", _("Shortlisted")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    language = models.CharField(_("language of the page"), max_length=10)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    district = models.ForeignKey(
        "taxonomy.District",
        verbose_name=_("district"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages = models.CharField(_("languages spoken"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.RECEIVED,
        help_text=_(
            "How far the review has come. "
            "Changing it here does not e-mail the person who sent it in."
        ),
    )
    reviewer_note = models.TextField(
        _("note for the reviewers"),
        blank=True,
        help_text=_("Only for staff. The applicant never sees it."),
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation e-mailed at"), null=True)
    # Its e-mails in the outbox, deleted with it.
    emails = GenericRelation("outbox.Message")

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        return self.name

    @property
    def received_at(self):
        return timezone.localtime(self.created_at).strftime("%Y-%m-%d %H:%M")

    @property
    def confirmation_sent(self):
        if self.confirmation_sent_at is None:
            return ""
        return timezone.localtime(self.confirmation_sent_at).strftime("%Y-%m-%d %H:%M")


class Application(Submission):
    """An application to a programme, with the applicant's own project idea."""

    programme = models.ForeignKey(
        "courses.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    association = models.CharField(_("association or network"), max_length=200)
    source = models.CharField(
        _("heard of it through"),
        max_length=20,
        choices=Source.choices,
        blank=True,
        help_text=_("What the applicant answered, or an invitation after a forum."),
    )
    # The token of the forum participant's consent whose invitation link brought the
    # applicant (events.ContactConsent): the report from forum to course follows it.
    invitation = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    sector = models.CharField(
        _("sector"),
        max_length=20,
        choices=Sector.choices,
        blank=True,
        help_text=_("Asked by a programme that takes as many from each sector."),
    )
    motivation = models.TextField(_("why they apply"), max_length=2000)
    project_idea = models.TextField(_("project idea"), max_length=2000)

    class Meta(Submission.Meta):
        verbose_name = _("application")
        verbose_name_plural = _("applications")


class MentorOffer(Submission):
    """Someone who would like to be a mentor, and what they would bring."""

    page = models.ForeignKey(
        "courses.MentorsPage",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="offers",
    )
    experience = models.TextField(_("experience and network"), max_length=2000)

    class Meta(Submission.Meta):
        verbose_name = _("offer to mentor")
        verbose_name_plural = _("offers to mentor")

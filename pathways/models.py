"""Invitations to a programme, sent to forum participants who said yes to being
contacted (deleted with the consent they were sent on); graduates who became informants,
what they report, and the news staff send them."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from submissions.tokens import new_token


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


class Informant(models.Model):
    """A graduate of a short course or programme who agreed to be one of the city's
    informants (samhällsinformatörer) for their districts and languages: staff e-mail
    them news, and they tell the city what people in their networks ask. Kept until they
    leave, or ``PORTAL_INFORMANT_RETENTION_DAYS`` after they last said they stay."""

    wagtail_reference_index_ignore = True

    name = models.CharField(_("name"), max_length=150, editable=False)
    email = models.EmailField(_("e-mail"), editable=False)
    # The site language they joined in: news and their page come in it.
    language = models.CharField(_("language"), max_length=10, editable=False)
    districts = models.ManyToManyField(
        "taxonomy.District", verbose_name=_("districts"), related_name="+", editable=False
    )
    languages = models.ManyToManyField(
        "taxonomy.Language",
        verbose_name=_("languages they speak"),
        blank=True,
        related_name="+",
        editable=False,
    )
    # Which course made them a graduate (every language version of it).
    programme_key = models.UUIDField(editable=False)
    # The graduate's participant record: one informant each. It goes with the
    # participant, the informant stays.
    participant = models.OneToOneField(
        "courses.Participant",
        null=True,
        on_delete=models.SET_NULL,
        related_name="informant",
        editable=False,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)
    # When they agreed, at joining or since: retention counts from here.
    consented_at = models.DateTimeField(_("agreed at"), db_index=True, editable=False)
    emails = GenericRelation("outbox.Message")

    class Meta:
        verbose_name = _("informant")
        verbose_name_plural = _("informants")
        ordering = ["-joined_at"]
        permissions = [("send_news", _("Can send news to informants"))]

    def __str__(self):
        return self.name


class InformantReport(models.Model):
    """What an informant heard people in their network ask, without the informant's name
    or the time of day: read by forum organisers in a forum's preparation."""

    wagtail_reference_index_ignore = True

    district = models.ForeignKey(
        "taxonomy.District",
        verbose_name=_("district"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    theme = models.ForeignKey(
        "taxonomy.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("what people ask"))
    language = models.CharField(_("written in"), max_length=10)
    created_on = models.DateField(_("reported on"), db_index=True)

    class Meta:
        verbose_name = _("informant's report")
        verbose_name_plural = _("informants' reports")
        ordering = ["-created_on", "-pk"]

    def __str__(self):
        return self.text[:60]


class InformantNews(models.Model):
    """A message staff sent to informants: whom it went to (a district, a language, or
    all) and how many, without the addresses."""

    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("text"))
    district = models.ForeignKey(
        "taxonomy.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    spoken = models.ForeignKey(
        "taxonomy.Language",
        verbose_name=_("language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("news to informants")
        verbose_name_plural = _("news to informants")
        ordering = ["-sent_at"]

    def __str__(self):
        return self.subject

"""E-mail alerts about new forums: residents and associations choose districts, themes
and languages, confirm by e-mail, and get a weekly digest in their language."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from submissions.tokens import new_token


class ForumSubscription(models.Model):
    """Someone who wants an e-mail about new forums: their address, the site language
    they signed up in, and the districts, themes and languages they chose (none chosen:
    all). Confirmed by the link in the first e-mail (double opt-in); unconfirmed ones go
    after ``PORTAL_SUBSCRIPTION_CONFIRM_DAYS``, and every digest carries a one-click
    unsubscribe (RFC 8058) that deletes it."""

    email = models.EmailField(_("e-mail"), editable=False)
    language = models.CharField(_("language"), max_length=10, editable=False)
    districts = models.ManyToManyField(
        "taxonomy.District",
        verbose_name=_("districts"),
        blank=True,
        related_name="+",
        editable=False,
    )
    themes = models.ManyToManyField(
        "taxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="+", editable=False
    )
    languages = models.ManyToManyField(
        "taxonomy.Language",
        verbose_name=_("languages"),
        blank=True,
        related_name="+",
        editable=False,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("signed up at"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, editable=False)
    # The digest has told of forums published up to this time.
    covered_until = models.DateTimeField(null=True, editable=False)
    emails = GenericRelation("outbox.Message")

    class Meta:
        verbose_name = _("forum alert")
        verbose_name_plural = _("forum alerts")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

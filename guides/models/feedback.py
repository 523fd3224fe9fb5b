"""What readers say about a page: helpful or not, and an optional comment."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class PageFeedback(models.Model):
    """A reader's answer to "Was this page helpful?". No personal data is stored."""

    # Not content that uses its page: kept out of the page's usage (reference index).
    wagtail_reference_index_ignore = True

    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="feedback"
    )
    language = models.CharField(_("language"), max_length=10)
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("given at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id} {self.language} {'yes' if self.helpful else 'no'}"

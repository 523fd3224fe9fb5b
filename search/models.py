import re

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import normalise_query_string

# Long runs of digits are more often a personal identity or phone number than a search
# for content: they are not kept.
DIGITS = re.compile(r"\d{6,}")
MAX_QUERY_STRING = 255  # QueryCount.query_string


def normalise(query):
    """The query as it is counted. Cut to the column's length last: lower-casing can make
    a text longer ("İ" becomes "i" and a combining dot)."""
    return DIGITS.sub("#", normalise_query_string(query))[:MAX_QUERY_STRING].strip()


class QueryCount(models.Model):
    """How often a query was searched for on one day in one language, and how often it
    found nothing: what residents look for, and where the portal lets them down."""

    date = models.DateField(_("date"))
    language = models.CharField(_("language"), max_length=8)
    query_string = models.CharField(_("query"), max_length=MAX_QUERY_STRING)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    misses = models.PositiveIntegerField(
        _("searches without results"),
        default=0,
        help_text=_("Searches that found no page and no contact in any language shown."),
    )

    class Meta:
        verbose_name = _("search query count")
        verbose_name_plural = _("search query counts")
        constraints = [
            models.UniqueConstraint(
                fields=["date", "language", "query_string"], name="unique_query_per_day"
            )
        ]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query, language, found):
        """Count one search: usually one UPDATE, an INSERT the first time of the day."""
        key = {"date": timezone.localdate(), "language": language, "query_string": normalise(query)}
        miss = 0 if found else 1
        if not cls.objects.filter(**key).update(
            searches=F("searches") + 1, misses=F("misses") + miss
        ):
            # Two first searches at once: one insert wins, the other's count is lost.
            cls.objects.bulk_create([cls(**key, searches=1, misses=miss)], ignore_conflicts=True)

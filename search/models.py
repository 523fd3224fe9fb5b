import re

from django.db import connection, models
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
        """Count one search in one statement: the day's row for the query is inserted,
        or its counts raised if it is there (also when two first searches of the day
        come at once). Django's ORM has no such upsert; PostgreSQL and SQLite share
        the syntax."""
        quote = connection.ops.quote_name
        table = quote(cls._meta.db_table)
        searches, misses = quote("searches"), quote("misses")
        columns = ", ".join(quote(name) for name in ("date", "language", "query_string"))
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({columns}, {searches}, {misses}) "
                f"VALUES (%s, %s, %s, 1, %s) ON CONFLICT ({columns}) DO UPDATE SET "
                f"{searches} = {table}.{searches} + 1, {misses} = {table}.{misses} + %s",
                [timezone.localdate(), language, normalise(query), *[0 if found else 1] * 2],
            )

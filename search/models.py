import re

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import RevisionMixin
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


class Word(models.Model):
    """A word of the indexed content of one language, with its root (search.words) and
    its lexeme in the language's text search configuration: what a search's words are
    looked up in. Rebuilt from the index, never edited."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=60)
    root = models.CharField(max_length=60)
    lexeme = models.CharField(max_length=200, default="")

    class Meta:
        db_table = "search_word"
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_word_per_language")
        ]
        indexes = [models.Index(fields=["language", "root"], name="search_word_root")]

    def __str__(self):
        return self.word


class SynonymGroup(RevisionMixin, models.Model):
    """Words that residents of one language use for the same thing, which the pages may
    not: a search for any of them also finds the others (search.synonyms)."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    words = models.TextField(
        _("words"),
        help_text=_(
            "Words or phrases that mean the same here, separated by commas, for example "
            "“bidrag, pengar, stöd”. Write each in its basic form: other forms are found too."
        ),
    )
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="synonym_group")

    class Meta:
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")
        ordering = ["language", "words"]

    def __str__(self):
        return self.words

    def terms(self):
        """The words and phrases, each as written (lower case)."""
        return [" ".join(term.split()) for term in self.words.casefold().split(",") if term.strip()]

    def clean(self):
        if len(self.terms()) < 2:
            raise ValidationError({"words": _("Write at least two words, separated by commas.")})

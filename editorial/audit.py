"""One row per page in every language, for a content audit in a spreadsheet."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Q
from django.db.models.fields.related import ForeignKey, ManyToManyField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from core.models import ReviewMixin
from editorial import translation_status
from editorial.translation_status import OUTDATED, SOURCE_LANGUAGE
from guides.models import PageFeedback

HEADINGS = [
    _("URL"),
    _("Title"),
    _("Type"),
    _("Language"),
    _("Topics"),
    _("Districts"),
    _("Owner"),
    _("First published"),
    _("Last published"),
    _("Last reviewed"),
    _("Feedback: helpful (%)"),
    _("Feedback: answers"),
    _("Translation status"),
]
# Fields that hold a page's topics (forums and projects have a theme) and districts.
TOPIC_FIELDS = ("topics", "theme")
DISTRICT_FIELDS = ("districts", "district")


def _field(model, names):
    for name in names:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, ManyToManyField | ForeignKey):
            return field
    return None


def _names(page, field):
    if field is None:
        return ""
    if field.many_to_many:
        return ", ".join(sorted(str(term) for term in getattr(page, field.name).all()))
    value = getattr(page, field.name)
    return str(value) if value is not None else ""


def iso_date(value):
    """A date or a time as a spreadsheet reads it: 2026-11-30, in Stockholm time."""
    if value is None:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value)
    return value.strftime("%Y-%m-%d")


def page_models():
    return [model for model in get_page_models() if model is not Page]


def pages(language=None, model=None):
    """Every page under a home page, specific, with its topics and districts fetched."""
    for page_model in [model] if model else page_models():
        content_type = ContentType.objects.get_for_model(page_model)
        queryset = page_model.objects.filter(depth__gte=2, content_type=content_type)
        if language:
            queryset = queryset.filter(locale__language_code=language)
        related = [
            field.name
            for field in (_field(page_model, TOPIC_FIELDS), _field(page_model, DISTRICT_FIELDS))
            if field is not None
        ]
        yield from queryset.select_related("locale").prefetch_related(*related)


def _order(page):
    """Swedish first, then each language; each in tree order."""
    language = page.locale.language_code
    return (language != SOURCE_LANGUAGE, language, page.path)


def rows(language=None, model=None, request=None):
    """The audit's rows: one per page, in tree order, as lists of strings."""
    all_pages = sorted(pages(language, model), key=_order)
    feedback = {
        row["page_id"]: row
        for row in PageFeedback.objects.values("page_id")
        .annotate(answers=Count("id"), helpful=Count("id", filter=Q(helpful=True)))
        .order_by()
    }
    statuses = {}
    for status in translation_status.statuses(translation_status.swedish_pages()):
        statuses.setdefault(status.page.translation_key, []).append(status)

    result = []
    for page in all_pages:
        scores = feedback.get(page.pk)
        result.append(
            [
                page.get_full_url(request) or "",
                page.title,
                str(page._meta.verbose_name),
                page.locale.language_code,
                _names(page, _field(type(page), TOPIC_FIELDS)),
                _names(page, _field(type(page), DISTRICT_FIELDS)),
                page.content_owner if isinstance(page, ReviewMixin) else "",
                iso_date(page.first_published_at),
                iso_date(page.last_published_at),
                iso_date(page.last_reviewed) if isinstance(page, ReviewMixin) else "",
                round(100 * scores["helpful"] / scores["answers"]) if scores else "",
                scores["answers"] if scores else 0,
                _translation_summary(page, statuses.get(page.translation_key, [])),
            ]
        )
    return result


def _translation_summary(page, statuses):
    """For a Swedish page, each language's status; for a translation, its own."""
    if page.locale.language_code == SOURCE_LANGUAGE:
        return "; ".join(f"{status.language}: {_describe(status)}" for status in statuses)
    for status in statuses:
        if status.language == page.locale.language_code:
            return _describe(status)
    return str(_("No Swedish source"))


def _describe(status):
    if status.state == OUTDATED:
        return f"{status.label} ({iso_date(status.since)})"
    return str(status.label)

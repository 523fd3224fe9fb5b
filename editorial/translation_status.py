"""Where every Swedish page stands in each of the other languages.

A page's translation is:

- **missing** when the language has no published version of it (none at all, only a
  draft, or an alias that shows the Swedish page);
- **out of date** when the Swedish page was published after the translation was last
  synced with it (or after the last sync was published in the language), or when a sync
  brought texts nobody has translated yet;
- **current** otherwise.

Swedish is the source language: translations are made with wagtail-localize, which keeps
a copy of the source's texts (a TranslationSource) from the moment it was last synced.
"""

import dataclasses
import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Sum, When
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

SOURCE_LANGUAGE = "sv"

MISSING = "missing"
OUTDATED = "outdated"
CURRENT = "current"
STATES = {MISSING: _("Missing"), OUTDATED: _("Out of date"), CURRENT: _("Current")}


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


@dataclasses.dataclass
class Status:
    page: Page  # the Swedish page
    language: str
    state: str
    translation: Page | None = None  # the page in ``language``, if there is one
    changed_at: datetime.datetime | None = None  # when the Swedish page changed
    synced_at: datetime.datetime | None = None  # when the translation was last synced
    untranslated: int = 0  # texts of the last sync that have no translation yet
    draft: bool = False  # a draft translation exists but was never published
    since: datetime.datetime | None = None  # when an out-of-date translation went out of date

    @property
    def language_name(self):
        return dict(settings.LANGUAGES)[self.language]

    @property
    def label(self):
        return STATES[self.state]


def swedish_pages():
    """Every published Swedish page under a home page, in tree order, except those
    written only in Swedish (the easy-to-read versions)."""
    swedish_only = [
        ContentType.objects.get_for_model(model)
        for model in get_page_models()
        if getattr(model, "swedish_only", False)
    ]
    return (
        Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth__gte=2, live=True)
        .exclude(content_type__in=swedish_only)
        .only("id", "title", "path", "depth", "translation_key", "last_published_at", "url_path")
        .order_by("path")
    )


def statuses(pages, languages=None):
    """A Status for each of ``pages`` (Swedish) in each of ``languages``, page by page."""
    pages = list(pages)
    languages = languages or target_languages()
    keys = [page.translation_key for page in pages]
    locales = {locale.language_code: locale for locale in Locale.objects.all()}

    translated = {}
    for page in Page.objects.filter(
        translation_key__in=keys, locale__language_code__in=languages
    ).only(
        "id",
        "title",
        "live",
        "has_unpublished_changes",
        "alias_of_id",
        "last_published_at",
        "translation_key",
        "locale_id",
        "path",
        "url_path",
        "depth",
    ):
        translated[page.translation_key, page.locale_id] = page

    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale=locales[SOURCE_LANGUAGE]
        ).only("id", "object_id", "last_updated_at")
    }
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(
            source__in=sources.values(), enabled=True
        ).only("id", "source_id", "target_locale_id", "destination_last_updated_at")
    }
    left = _untranslated(sources.values(), [locales[code] for code in languages])

    result = []
    for page in pages:
        source = sources.get(page.translation_key)
        for code in languages:
            locale = locales[code]
            target = translated.get((page.translation_key, locale.pk))
            translation = source and translations.get((source.pk, locale.pk))
            result.append(_classify(page, code, target, source, translation, left))
    return result


def _classify(page, language, target, source, translation, left):
    status = Status(page=page, language=language, state=CURRENT, translation=target)
    if target is None or target.alias_of_id or not target.live:
        status.state = MISSING
        status.draft = target is not None and not target.alias_of_id
        return status

    status.changed_at = page.last_published_at
    if source is None or translation is None:
        # Translated outside wagtail-localize: compare the two pages' publication.
        status.synced_at = target.last_published_at
        if (
            page.last_published_at
            and target.last_published_at
            and target.last_published_at < page.last_published_at
        ):
            status.state = OUTDATED
            status.since = page.last_published_at
        return status

    status.synced_at = source.last_updated_at
    status.untranslated = left.get((source.pk, translation.target_locale_id), 0)
    # The translation says what the Swedish page said when it was last synced and, if it
    # was published after that, when it was published.
    in_line_at = min(
        source.last_updated_at, translation.destination_last_updated_at or source.last_updated_at
    )
    if page.last_published_at and page.last_published_at > in_line_at:
        status.state = OUTDATED
        status.since = page.last_published_at
    elif status.untranslated:
        status.state = OUTDATED
        status.since = source.last_updated_at
    return status


def _untranslated(sources, locales):
    """(source id, locale id) -> how many of the source's texts have no translation."""
    sources = list(sources)
    if not sources:
        return {}
    result = {}
    for locale in locales:
        done = Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale=locale,
                has_error=False,
            )
        )
        rows = (
            StringSegment.objects.filter(source__in=sources)
            .values("source_id")
            .annotate(
                total=Count("id"),
                done=Sum(Case(When(done, then=1), default=0, output_field=IntegerField())),
            )
            .order_by()
        )
        for row in rows:
            if row["total"] > row["done"]:
                result[row["source_id"], locale.pk] = row["total"] - row["done"]
    return result

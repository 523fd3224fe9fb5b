"""What a forum shows beside its own fields, in the reader's language: the names of its
theme, district and languages, its co-hosts and the city's representatives.

Takes forum pages and a language and returns data; nothing is written onto the pages.
The forum models use it, so it reaches their relations and the associations through the
pages it is given rather than importing the models.
"""

from dataclasses import dataclass

from django.db.models import Value

from contacts.models import directory
from core.cache import cached
from taxonomy.models import SOURCE_LANGUAGE, District, Language, Theme, vocabulary


@dataclass(frozen=True)
class ForumCard:
    """A forum as a listing shows it."""

    page: object  # the EventPage, its district and theme selected
    theme: str
    district: str
    languages: list
    interpretation: list


def _language_keys(forums, preview=False):
    """page id -> language keys spoken, and page id -> keys interpreted into, in one query;
    for a ``preview``, the languages of the page as edited."""
    spoken, interpreted = {}, {}
    if not forums:
        return spoken, interpreted
    if preview:
        for forum in forums:
            spoken[forum.pk] = {language.translation_key for language in forum.languages.all()}
            interpreted[forum.pk] = {
                language.translation_key for language in forum.interpretation.all()
            }
        return spoken, interpreted
    model = type(forums[0])
    ids = [forum.pk for forum in forums]
    rows = (
        model.languages.through.objects.filter(eventpage_id__in=ids)
        .values_list("eventpage_id", "language__translation_key", Value(True))
        .union(
            model.interpretation.through.objects.filter(eventpage_id__in=ids).values_list(
                "eventpage_id", "language__translation_key", Value(False)
            ),
            all=True,
        )
    )
    for page_id, key, is_spoken in rows:
        (spoken if is_spoken else interpreted).setdefault(page_id, set()).add(key)
    return spoken, interpreted


def forum_cards(forums, language, preview=False):
    """A card for each forum, its terms named in ``language``."""
    forums = list(forums)
    spoken, interpreted = _language_keys(forums, preview)
    themes, districts = vocabulary(Theme, language), vocabulary(District, language)
    languages = vocabulary(Language, language)
    return [
        ForumCard(
            page=forum,
            theme=themes.names.get(forum.theme.translation_key, ""),
            district=districts.names.get(forum.district.translation_key, ""),
            languages=languages.names_of(spoken.get(forum.pk, ())),
            interpretation=languages.names_of(interpreted.get(forum.pk, ())),
        )
        for forum in forums
    ]


def _hosts(association_model, language):
    """translation_key -> (name, website) of every association, in ``language`` where
    translated and in Swedish otherwise; cached until an association changes."""
    languages = {language, SOURCE_LANGUAGE}

    def build():
        hosts = association_model.objects.filter(locale__language_code__in=languages)
        rows = hosts.values_list("translation_key", "name", "website", "locale__language_code")
        found = {}
        for key, name, website, _code in sorted(rows, key=lambda row: row[3] == language):
            found[key] = (name, website)
        return found

    return cached(f"associations:{language}", build)


def forum_details(forum, preview=False):
    """What the forum's own page shows beside its fields, in the forum's language: the
    card's names, the slugs of its theme and district for links to the listing, the
    co-hosts and the city's representatives.

    They change only when something is published or a term, association or contact is
    edited, so they are cached under the navigation version. A ``preview`` shows the
    page as edited, perhaps never saved: its details come from the page itself, uncached.
    """

    def build():
        language = forum.locale.language_code
        model = type(forum)
        page = (
            forum if preview else model.objects.select_related("district", "theme").get(pk=forum.pk)
        )
        card = forum_cards([page], language, preview)[0]
        hosts = _hosts(model._meta.get_field("associations").related_model, language)
        # The page's relations: rows in the database, or a preview's as edited.
        host_keys = page.associations.values_list("translation_key", flat=True)
        references = set(page.representatives.values_list("reference", flat=True))
        return {
            "theme": card.theme,
            "theme_slug": page.theme.slug,
            "district": card.district,
            "district_slug": page.district.slug,
            "languages": card.languages,
            "interpretation": card.interpretation,
            "associations": sorted(
                (hosts[key] for key in host_keys if key in hosts),
                key=lambda host: host[0].casefold(),
            ),
            "representatives": [
                contact for contact in directory(language) if contact.reference in references
            ],
        }

    return build() if preview else cached(f"forum:{forum.pk}", build)

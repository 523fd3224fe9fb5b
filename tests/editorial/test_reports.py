"""The editorial reports: translation status, reviews due and the content audit."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from demo.builders import editorial as demo_editorial
from editorial import audit, reviews, translation_status
from editorial.translation_status import CURRENT, MISSING, OUTDATED
from guides.models import EasyReadPage, GuidePage
from taxonomy.models import District
from tests.conftest import translation_of
from tests.factories import InformationPageFactory, PageFeedbackFactory

pytestmark = pytest.mark.django_db
OUTDATED_GUIDE = demo_editorial.read()["outdated_translation"]["guide"]


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def states(page):
    return {
        status.language: status
        for status in translation_status.statuses(Page.objects.filter(pk=page.pk))
    }


def change_intro(page, intro):
    page.intro = intro
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# Translation status ---------------------------------------------------------------------


def test_the_demo_misses_no_translation_in_any_language():
    """The report's totals for the demo: every published Swedish page is in every
    language, and one guide is out of date (changed in Swedish after it was translated).
    Run with -rA to see the table, as the closing note of issue 19 quotes it."""
    totals = {}
    for status in translation_status.statuses(translation_status.swedish_pages()):
        by_state = totals.setdefault(status.language, {MISSING: 0, OUTDATED: 0, CURRENT: 0})
        by_state[status.state] += 1
    pages = sum(totals["en"].values())
    print("\ntranslation status of the demo (language: current, out of date, missing):")
    for language, by_state in totals.items():
        print(f"  {language}: {by_state[CURRENT]}, {by_state[OUTDATED]}, {by_state[MISSING]}")

    assert sorted(totals) == ["ar", "en", "fa", "fi", "so"]
    assert pages > 60
    for by_state in totals.values():
        assert by_state == {MISSING: 0, OUTDATED: 1, CURRENT: pages - 1}


def test_a_translated_guide_is_current_and_a_new_swedish_page_missing_elsewhere(home_pages):
    everywhere = states(translation_of(GuidePage, "starta-en-forening", "sv"))
    new = states(InformationPageFactory(parent=home_pages["sv"], slug="ny-sida"))

    assert {code: status.state for code, status in everywhere.items()} == dict.fromkeys(
        ["en", "ar", "fa", "so", "fi"], CURRENT
    )
    assert {code: status.state for code, status in new.items()} == dict.fromkeys(
        ["en", "ar", "fa", "so", "fi"], MISSING
    )


def test_a_source_edit_puts_every_translation_out_of_date_until_synced_and_translated():
    swedish = translation_of(GuidePage, "starta-en-forening", "sv")
    change_intro(swedish, "Så startar ni en förening, steg för steg.")
    edited = states(swedish)

    assert {status.state for status in edited.values()} == {OUTDATED}
    assert edited["ar"].since == swedish.last_published_at
    assert edited["ar"].since > edited["ar"].synced_at
    # Another guide is untouched.
    other = states(translation_of(GuidePage, "soka-foreningsbidrag", "sv"))
    assert {status.state for status in other.values()} == {CURRENT}

    # Synced: the new sentence waits for its translators.
    source = TranslationSource.objects.get_for_instance(swedish)
    source.update_from_db()
    synced = states(swedish)
    assert {status.state for status in synced.values()} == {OUTDATED}
    assert synced["en"].untranslated == 1
    assert synced["en"].since == source.last_updated_at

    # Translated into English and published: English is current, Arabic still out of date.
    segment = StringSegment.objects.get(source=source, string__data=swedish.intro)
    english = Translation.objects.get(source=source, target_locale__language_code="en")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=english.target_locale,
        context=segment.context,
        data="How to start an association, step by step.",
    )
    english.save_target(publish=True)
    translated = states(swedish)
    assert translated["en"].state == CURRENT
    assert translation_of(GuidePage, "starta-en-forening", "en").intro.startswith("How to start")
    assert translated["ar"].state == OUTDATED
    assert translated["ar"].untranslated == 1


def test_a_draft_translation_counts_as_missing():
    swedish = translation_of(GuidePage, "starta-en-forening", "sv")
    finnish = translation_of(GuidePage, "starta-en-forening", "fi")
    finnish.unpublish()

    status = states(swedish)["fi"]

    assert (status.state, status.draft) == (MISSING, True)


def test_easy_to_read_versions_are_left_out_as_they_are_only_in_swedish():
    easy = EasyReadPage.objects.filter(locale__language_code="sv")

    assert easy.exists()
    assert not translation_status.swedish_pages().filter(pk__in=easy).exists()


def test_the_report_shows_the_demos_outdated_translation_with_its_date(client, member):
    member("Editors")
    guide = translation_of(GuidePage, OUTDATED_GUIDE, "sv")
    changed = timezone.localtime(guide.last_published_at)

    response = client.get(reverse("translation_status") + "?language=en&state=outdated")

    assert response.status_code == 200
    table = response.context["table"]
    assert [row["page"].title for row in table] == [guide.title]
    assert f"since {changed.day} {changed:%b} {changed.year}" in response.text
    assert reverse("wagtailadmin_pages:edit", args=[table[0]["statuses"][0].translation.pk]) in (
        response.text
    )


def test_the_report_filters_by_section_and_language_and_exports_every_page_and_language(
    client, member
):
    member("Translators (Arabic)")
    section = Page.objects.get(slug="foreningens-ekonomi", locale__language_code="sv")
    in_section = translation_status.swedish_pages().filter(path__startswith=section.path)

    everything = csv_rows(client.get(reverse("translation_status") + "?export=csv"))
    filtered = csv_rows(
        client.get(reverse("translation_status") + f"?export=csv&section={section.pk}&language=ar")
    )

    assert everything[0] == [
        "Page ID",
        "Page",
        "Section",
        "Language",
        "Status",
        "Out of date since",
        "Swedish page last published",
        "Last synced",
        "Texts not translated",
        "Translation URL",
    ]
    assert len(everything) - 1 == translation_status.swedish_pages().count() * 5
    assert len(filtered) - 1 == in_section.count() == 5  # the section and its four guides
    assert {row[2] for row in filtered[1:]} == {section.title}
    assert {row[3] for row in filtered[1:]} == {"ar"}
    outdated = [row for row in everything if row[4] == "Out of date"]
    # Changed in Swedish after it was translated: out of date in every language.
    title = translation_of(GuidePage, OUTDATED_GUIDE, "sv").title
    assert sorted((row[1], row[3]) for row in outdated) == sorted(
        (title, code) for code in ("en", "ar", "fa", "so", "fi")
    )


def test_the_report_refuses_an_unknown_section_with_a_400(client, member):
    member("Editors")

    response = client.get(reverse("translation_status") + "?section=9999999")

    assert response.status_code == 400
    assert "Select a valid choice" in response.text


def test_roles_without_pages_cannot_see_the_reports(client, member):
    member("Programme staff")

    for name in ("translation_status", "reviews_due", "content_audit"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


def test_a_translator_sees_their_open_work_on_the_dashboard(client, member):
    member("Translators (English)")
    guide = translation_of(GuidePage, OUTDATED_GUIDE, "sv")

    dashboard = client.get(reverse("wagtailadmin_home"))

    assert "Your translation work" in dashboard.text
    assert "1 page needs translating or updating in your languages." in dashboard.text
    assert guide.title in dashboard.text


def test_an_arabic_translator_sees_the_pages_to_translate_or_update_in_arabic(
    client, member, home_pages
):
    member("Translators (Arabic)")
    for slug in ("ny-sida", "en-till"):
        InformationPageFactory(parent=home_pages["sv"], slug=slug)
    missing = [
        status
        for status in translation_status.statuses(translation_status.swedish_pages(), ["ar"])
        if status.state in (MISSING, OUTDATED)
    ]

    dashboard = client.get(reverse("wagtailadmin_home"))

    assert len(missing) == 3  # the two new pages, and the guide changed in Swedish
    assert f"{len(missing)} pages need translating or updating" in dashboard.text


def test_an_editor_has_no_translation_panel(client, member):
    member("Editors")

    assert "Your translation work" not in client.get(reverse("wagtailadmin_home")).text


# Reviews -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "due"),
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2028, 1, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 12, 15), 1, datetime.date(2027, 1, 15)),
        (datetime.date(2025, 3, 14), 12, datetime.date(2026, 3, 14)),
        (datetime.date(2026, 5, 31), 18, datetime.date(2027, 11, 30)),
    ],
)
def test_a_review_is_due_the_interval_after_the_last_one(day, months, due):
    assert reviews.add_months(day, months) == due


def test_a_guide_never_reviewed_is_due_the_interval_after_it_was_first_published():
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    guide.last_reviewed = None
    guide.review_interval_months = 6
    guide.first_published_at = datetime.datetime(2026, 1, 10, 12, tzinfo=datetime.UTC)

    assert reviews.due_date(guide) == datetime.date(2026, 7, 10)


def test_the_demos_two_guides_past_review_are_listed_as_overdue(client, member):
    member("Editors")
    today = timezone.localdate()

    response = client.get(reverse("reviews_due") + "?due=overdue")
    rows = csv_rows(client.get(reverse("reviews_due") + "?due=overdue&export=csv"))

    overdue = response.context["rows"]
    assert [review.page.slug for review in overdue] == [
        "arsmotet-och-styrelsen",
        "bankkonto-och-bankgiro",
    ]
    assert overdue[0].due == datetime.date(2026, 3, 14)
    assert rows[0] == [
        "Page ID",
        "Page",
        "URL",
        "Content owner",
        "Last reviewed",
        "Review interval (months)",
        "Review due",
        "Days overdue",
    ]
    assert [row[4] for row in rows[1:]] == ["2025-03-14", "2025-09-01"]
    assert rows[1][7] == str((today - datetime.date(2026, 3, 14)).days)
    assert "days overdue" in response.text


def test_a_reviewed_guide_leaves_the_overdue_list(client, member):
    member("Editors")
    guide = translation_of(GuidePage, "bankkonto-och-bankgiro", "sv")
    guide.last_reviewed = timezone.localdate()
    guide.save_revision().publish()

    response = client.get(reverse("reviews_due") + "?due=overdue")

    assert [review.page.slug for review in response.context["rows"]] == ["arsmotet-och-styrelsen"]


def test_editors_see_the_overdue_guides_on_the_dashboard_and_translators_do_not(client, member):
    member("Editors")
    editor_dashboard = client.get(reverse("wagtailadmin_home"))
    member("Translators (Arabic)")
    translator_dashboard = client.get(reverse("wagtailadmin_home"))

    assert "Pages past their review date" in editor_dashboard.text
    assert "2 pages must be checked by their owners." in editor_dashboard.text
    for slug in ("arsmotet-och-styrelsen", "bankkonto-och-bankgiro"):
        assert translation_of(GuidePage, slug, "sv").title in editor_dashboard.text
    assert "Pages past their review date" not in translator_dashboard.text


# Content audit -------------------------------------------------------------------------


def test_the_audit_has_a_row_for_every_page_in_every_language(client, member):
    member("Editors")
    swedish = translation_of(GuidePage, "starta-en-forening", "sv")
    for helpful in (True, True, True, False):
        PageFeedbackFactory(page=swedish, helpful=helpful, language="sv")

    rows = csv_rows(client.get(reverse("content_audit") + "?export=csv"))

    assert rows[0] == [
        "URL",
        "Title",
        "Type",
        "Language",
        "Topics",
        "Districts",
        "Owner",
        "First published",
        "Last published",
        "Last reviewed",
        "Feedback: helpful (%)",
        "Feedback: answers",
        "Translation status",
    ]
    assert len(rows) - 1 == Page.objects.filter(depth__gte=2).count()
    by_url = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    guide = by_url[swedish.full_url]
    assert guide["Title"] == swedish.title
    assert guide["Type"] == "guide"
    assert guide["Language"] == "sv"
    assert guide["Topics"] == ", ".join(sorted(str(topic) for topic in swedish.topics.all()))
    assert guide["Owner"] == swedish.content_owner
    assert guide["Last reviewed"] == "2026-10-01"
    assert (guide["Feedback: helpful (%)"], guide["Feedback: answers"]) == ("75", "4")
    assert guide["Translation status"] == (
        "en: Current; ar: Current; fa: Current; so: Current; fi: Current"
    )
    english = translation_of(GuidePage, OUTDATED_GUIDE, "en")
    changed = timezone.localtime(translation_of(GuidePage, OUTDATED_GUIDE, "sv").last_published_at)
    assert by_url[english.full_url]["Translation status"] == f"Out of date ({changed:%Y-%m-%d})"


def test_the_audit_filters_by_language_and_type(client, member):
    member("Editors")

    response = client.get(reverse("content_audit") + "?language=ar&page_type=guides.guidepage")
    rows = csv_rows(
        client.get(reverse("content_audit") + "?language=ar&page_type=guides.guidepage&export=csv")
    )

    arabic_guides = GuidePage.objects.filter(locale__language_code="ar")
    assert response.context["total"] == arabic_guides.count() == len(rows) - 1
    assert {row[3] for row in rows[1:]} == {"ar"}
    assert {row[2] for row in rows[1:]} == {"guide"}
    assert len(audit.rows()) == Page.objects.filter(depth__gte=2).count()


def test_filtering_by_status_keeps_every_language_of_the_matching_pages(client, member, home_pages):
    member("Editors")
    InformationPageFactory(parent=home_pages["sv"], slug="ny-sida")

    response = client.get(reverse("translation_status") + "?state=missing")

    table = response.context["table"]
    assert len(table) == 1  # the demo has every page in every language
    for row in table:
        assert [status.language for status in row["statuses"]] == ["en", "ar", "fa", "so", "fi"]
        assert MISSING in {status.state for status in row["statuses"]}
    assert response.text.count('<th scope="row"><a href="/admin/pages/') == len(table)


def test_a_sync_brings_synced_fields_across_and_keeps_the_translated_texts():
    swedish = translation_of(GuidePage, "starta-en-forening", "sv")
    english = translation_of(GuidePage, "starta-en-forening", "en")
    english_intro = english.intro
    swedish.last_reviewed = datetime.date(2026, 11, 2)
    swedish.districts = [District.objects.get(slug="jarva", locale__language_code="sv")]
    swedish.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(swedish)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=english.locale).save_target(publish=True)

    english.refresh_from_db()
    assert english.last_reviewed == datetime.date(2026, 11, 2)
    assert [district.slug for district in english.districts.all()] == ["jarva"]
    assert english.intro == english_intro != swedish.intro
    assert states(swedish)["en"].state == CURRENT

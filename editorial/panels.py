"""Dashboard panels: each translator's open work, and the pages whose review is overdue."""

from django.conf import settings
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial import reviews, roles, translation_status

SHOWN = 10


def translator_languages(user):
    """The languages of the translator groups the user belongs to."""
    groups = set(user.groups.values_list("name", flat=True))
    return [code for code, name in roles.TRANSLATORS.items() if name in groups]


def reviews_shown_to(user):
    """Whoever may change Swedish pages: editors and moderators."""
    return (
        PagePermissionPolicy()
        .instances_user_has_any_permission_for(user, ["change", "publish"])
        .filter(locale__language_code=reviews.SOURCE_LANGUAGE)
        .exists()
    )


class TranslationWorkPanel(Component):
    name = "translation_work"
    order = 90
    template_name = "editorial/panels/translation_work.html"

    def __init__(self, languages):
        self.languages = languages

    def get_context_data(self, parent_context=None):
        statuses = translation_status.statuses(translation_status.swedish_pages(), self.languages)
        open_work = [status for status in statuses if status.state != translation_status.CURRENT]
        # Out of date first: readers see old information there; missing pages show Swedish.
        open_work.sort(key=lambda status: status.state != translation_status.OUTDATED)
        report = reverse("translation_status")
        return {
            "open_work": open_work[:SHOWN],
            "total": len(open_work),
            "report_urls": [
                (dict(settings.LANGUAGES)[code], f"{report}?language={code}")
                for code in self.languages
            ],
        }


class ReviewsDuePanel(Component):
    name = "reviews_due"
    order = 95
    template_name = "editorial/panels/reviews_due.html"

    def get_context_data(self, parent_context=None):
        overdue = [review for review in reviews.reviews() if review.overdue]
        return {
            "overdue": overdue[:SHOWN],
            "total": len(overdue),
            "report_url": reverse("reviews_due") + "?due=overdue",
        }

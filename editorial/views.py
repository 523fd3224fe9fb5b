"""The editorial reports: translation status, reviews due and the content audit.

Each is a page in the admin with filters, and the same rows as CSV (``?export=csv``).
"""

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.exports import csv_response
from editorial import audit, reviews, translation_status
from editorial.audit import iso_date
from editorial.translation_status import SOURCE_LANGUAGE, STATES


def can_edit_pages(user):
    """Editors, moderators and translators: whoever may change some page."""
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


def language_choices():
    return [(code, name) for code, name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def sections():
    """The Swedish site's sections: the home page's children, by title."""
    home = Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth=2).first()
    return home.get_children().live().order_by("title") if home else Page.objects.none()


def section_titles():
    """A section's path -> its title; a page's section is ``titles.get(section_of(page))``."""
    return {page.path: page.title for page in sections()}


def section_of(page):
    return page.path[: Page.steplen * 3]


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    filter_form_class = None
    export_filename = ""

    def dispatch(self, request, *args, **kwargs):
        if not can_edit_pages(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.form = self.filter_form_class(request.GET or None)
        if self.form.is_bound and not self.form.is_valid():
            context = self.get_context_data(rows=[])
            return self.render_to_response(context, status=400)
        self.filters = self.form.cleaned_data if self.form.is_bound else {}
        rows = self.get_rows()
        if request.GET.get("export") == "csv":
            return self.export(rows)
        return self.render_to_response(self.get_context_data(rows=rows))

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query["export"] = "csv"
        export_url = f"?{query.urlencode()}"
        return super().get_context_data(form=self.form, export_url=export_url, **kwargs)

    def export(self, rows):
        return csv_response(
            self.request, self.export_filename, self.csv_headings, self.csv_rows(rows)
        )


def _choices(empty_label, choices):
    return [("", empty_label), *choices]


class TranslationStatusFilters(forms.Form):
    section = forms.TypedChoiceField(
        label=_("Section"), required=False, coerce=int, empty_value=None
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = _choices(
            _("All sections"), [(page.pk, page.title) for page in sections()]
        )
        self.fields["language"].choices = _choices(_("All languages"), language_choices())
        self.fields["state"].choices = _choices(_("Any status"), list(STATES.items()))


class TranslationStatusView(ReportView):
    """Every Swedish page in every other language: missing, out of date or current."""

    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "editorial/translation_status.html"
    filter_form_class = TranslationStatusFilters
    export_filename = "translation-status"
    csv_headings = [
        _("Page ID"),
        _("Page"),
        _("Section"),
        _("Language"),
        _("Status"),
        _("Out of date since"),
        _("Swedish page last published"),
        _("Last synced"),
        _("Texts not translated"),
        _("Translation URL"),
    ]

    def get_rows(self):
        pages = translation_status.swedish_pages()
        section = self.filters.get("section")
        if section:
            section_path = Page.objects.get(pk=section).path
            pages = pages.filter(path__startswith=section_path)
        languages = [self.filters["language"]] if self.filters.get("language") else None
        self.languages = languages or translation_status.target_languages()
        statuses = translation_status.statuses(pages, self.languages)
        self.totals = {code: {state: 0 for state in STATES} for code in self.languages}
        self.by_page = {}
        for status in statuses:
            self.totals[status.language][status.state] += 1
            self.by_page.setdefault(status.page.pk, []).append(status)
        state = self.filters.get("state")
        return [status for status in statuses if not state or status.state == state]

    def get_context_data(self, rows, **kwargs):
        # A row per page with a status that matches, showing every chosen language.
        titles = section_titles()
        pages = {status.page.pk: status.page for status in rows}
        table = [
            {
                "page": page,
                "section": titles.get(section_of(page), ""),
                "statuses": self.by_page[pk],
            }
            for pk, page in pages.items()
        ]
        names = dict(language_choices())
        return super().get_context_data(
            rows=rows,
            table=table,
            languages=[(code, names[code]) for code in getattr(self, "languages", [])],
            totals=[
                (names[code], [(STATES[state], count) for state, count in totals.items()])
                for code, totals in getattr(self, "totals", {}).items()
            ],
            **kwargs,
        )

    def csv_rows(self, rows):
        titles = section_titles()
        for status in rows:
            yield [
                status.page.pk,
                status.page.title,
                titles.get(section_of(status.page), ""),
                status.language,
                status.label,
                iso_date(status.since),
                iso_date(status.changed_at),
                iso_date(status.synced_at),
                status.untranslated,
                _translation_url(status, self.request),
            ]


def _translation_url(status, request):
    if status.state == translation_status.MISSING:
        return ""
    return status.translation.get_full_url(request)


class ReviewFilters(forms.Form):
    OVERDUE = "overdue"
    DUE_SOON = "due-soon"

    due = forms.ChoiceField(
        label=_("Review"),
        required=False,
        choices=[
            ("", _("All pages")),
            (OVERDUE, _("Overdue")),
            (DUE_SOON, _("Due within 30 days")),
        ],
    )
    owner = forms.ChoiceField(label=_("Content owner"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = _choices(
            _("All owners"), [(owner, owner) for owner in reviews.owners()]
        )


class ReviewView(ReportView):
    """Pages with an owner and when each must next be checked, the most overdue first."""

    page_title = _("Reviews due")
    header_icon = "calendar-alt"
    template_name = "editorial/reviews.html"
    filter_form_class = ReviewFilters
    export_filename = "reviews-due"
    csv_headings = [
        _("Page ID"),
        _("Page"),
        _("URL"),
        _("Content owner"),
        _("Last reviewed"),
        _("Review interval (months)"),
        _("Review due"),
        _("Days overdue"),
    ]

    def get_rows(self):
        rows = reviews.reviews()
        due = self.filters.get("due")
        if due == ReviewFilters.OVERDUE:
            rows = [review for review in rows if review.overdue]
        elif due == ReviewFilters.DUE_SOON:
            rows = [review for review in rows if review.due_soon]
        if self.filters.get("owner"):
            rows = [review for review in rows if review.page.content_owner == self.filters["owner"]]
        return rows

    def csv_rows(self, rows):
        for review in rows:
            yield [
                review.page.pk,
                review.page.title,
                review.page.get_full_url(self.request),
                review.page.content_owner,
                review.page.last_reviewed.isoformat() if review.page.last_reviewed else "",
                review.page.review_interval_months,
                review.due.isoformat() if review.due else "",
                review.days_overdue,
            ]


class AuditFilters(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    page_type = forms.ChoiceField(label=_("Page type"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = _choices(_("All languages"), settings.LANGUAGES)
        self.fields["page_type"].choices = _choices(
            _("All page types"),
            sorted(
                (model._meta.label_lower, capfirst(model._meta.verbose_name))
                for model in audit.page_models()
            ),
        )


class AuditView(ReportView):
    """Every page in every language, for a content audit: shown here, downloaded as CSV."""

    page_title = _("Content audit")
    header_icon = "table"
    template_name = "editorial/audit.html"
    filter_form_class = AuditFilters
    export_filename = "content-audit"
    csv_headings = audit.HEADINGS
    shown_rows = 100

    def get_rows(self):
        model = None
        if self.filters.get("page_type"):
            model = apps.get_model(self.filters["page_type"])
        return audit.rows(self.filters.get("language") or None, model, self.request)

    def get_context_data(self, rows, **kwargs):
        return super().get_context_data(
            rows=rows[: self.shown_rows],
            total=len(rows),
            headings=audit.HEADINGS,
            **kwargs,
        )

    def csv_rows(self, rows):
        return rows

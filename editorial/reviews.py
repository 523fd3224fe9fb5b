"""When each page that has an owner must next be checked.

A page is due for review its review interval after it was last reviewed or, if nobody
has reviewed it yet, after it was first published. Only Swedish pages are reviewed:
the translations follow their source.
"""

import calendar
import dataclasses
import datetime

from django.utils import timezone
from wagtail.models import get_page_models

from core.models import ReviewMixin

SOURCE_LANGUAGE = "sv"
DUE_SOON_DAYS = 30


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later, or the month's last day if it is shorter."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


@dataclasses.dataclass
class Review:
    page: ReviewMixin
    due: datetime.date | None
    today: datetime.date

    @property
    def overdue(self):
        return self.due is not None and self.due < self.today

    @property
    def due_soon(self):
        return (
            self.due is not None
            and not self.overdue
            and self.due <= self.today + datetime.timedelta(days=DUE_SOON_DAYS)
        )

    @property
    def days_overdue(self):
        return (self.today - self.due).days if self.overdue else 0


def due_date(page):
    reviewed = page.last_reviewed
    if reviewed is None and page.first_published_at is not None:
        reviewed = timezone.localdate(page.first_published_at)
    if reviewed is None:
        return None
    return add_months(reviewed, page.review_interval_months)


def reviewed_models():
    return [model for model in get_page_models() if issubclass(model, ReviewMixin)]


def _reviewed_pages():
    """For each page type with an owner, its published Swedish pages."""
    for model in reviewed_models():
        yield model.objects.filter(locale__language_code=SOURCE_LANGUAGE, live=True)


def reviews(today=None):
    """A Review of every published Swedish page with an owner, the most overdue first."""
    today = today or timezone.localdate()
    result = [Review(page, due_date(page), today) for pages in _reviewed_pages() for page in pages]
    return sorted(result, key=lambda review: (review.due or datetime.date.max, review.page.title))


def owners():
    """The content owners named on those pages, in order."""
    return sorted(
        {
            owner
            for pages in _reviewed_pages()
            for owner in pages.values_list("content_owner", flat=True)
        }
    )

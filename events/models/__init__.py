"""Know Your Rights and Responsibilities forums: local information meetings by district
and theme, the associations that co-host them, and the residents who sign up."""

from events.choices import EventStatus
from events.models.associations import Association, AssociationRecord
from events.models.attendance import ForumAttendance
from events.models.consents import ContactConsent
from events.models.forums import EventPage, EventPageForm
from events.models.index import FEED_KEEPS_PAST_DAYS, EventIndexPage
from events.models.registrations import Registration, new_token
from events.models.subscriptions import ForumSubscription

__all__ = [
    "FEED_KEEPS_PAST_DAYS",
    "Association",
    "AssociationRecord",
    "ContactConsent",
    "EventIndexPage",
    "EventPage",
    "EventPageForm",
    "EventStatus",
    "ForumAttendance",
    "ForumSubscription",
    "Registration",
    "new_token",
]

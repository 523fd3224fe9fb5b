"""Readers' answers to "Was this page helpful?", taken as every resident form is
(submissions.flow)."""

from guides.feedback import save_feedback
from guides.forms import FeedbackForm
from guides.models import GuidePage
from submissions.flow import form_view


def _thanks(request, page, feedback):
    """Back to the guide, which thanks the reader where the form was."""
    return f"{page.get_url(request)}?feedback=thanks#feedback"


page_feedback = form_view(
    page_model=GuidePage,
    form_class=FeedbackForm,
    save=save_feedback,
    done=_thanks,
    scope="feedback",
)

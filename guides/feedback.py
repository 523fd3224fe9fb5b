"""Saving a reader's answer to "Was this page helpful?" (the form: guides.forms)."""

from guides.models import PageFeedback


def save_feedback(request, page, data, language):
    return PageFeedback.objects.create(
        page=page, language=language, helpful=data["helpful"], comment=data["comment"]
    )

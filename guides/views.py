"""Readers' answers to "Was this page helpful?"."""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from guides.forms import FeedbackForm
from guides.models import GuidePage, PageFeedback
from submissions.ratelimit import over_rate_limit


# Feedback is anonymous and changes nothing a visitor owns, so there is no
# session to protect; exempting it keeps public pages free of cookies.
@csrf_exempt
@require_POST
def page_feedback(request, page_id):
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if not isinstance(page, GuidePage) or page.locale.language_code != get_language():
        raise Http404
    if over_rate_limit(request, "feedback"):
        return render(request, "guides/feedback_limited.html", {"page": page}, status=429)

    form = FeedbackForm(request.POST)
    if not form.is_valid():
        # Show the guide again with the answers kept and the errors explained.
        request.feedback_form = form
        response = page.serve(request)
        response.status_code = 400
        return response

    PageFeedback.objects.create(
        page=page,
        language=page.locale.language_code,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"],
    )
    return HttpResponseRedirect(f"{page.get_url(request)}?feedback=thanks#feedback", status=303)

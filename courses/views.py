"""Applying to a programme and offering to be a mentor, and the pages that confirm it."""

# Every answer below carries a resident's details or a token: never_cache marks it
# "private, no-store" so no shared cache or browser history keeps it.

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from courses.applications import save_application, save_offer
from courses.forms import ApplicationForm, MentorOfferForm
from courses.models import Application, MentorOffer, MentorsPage, ProgrammePage
from submissions.ratelimit import over_rate_limit
from taxonomy.models import District, vocabulary

NOT_SAVED = _("What you sent could not be saved. Leave the last field empty and try again.")


def _live_page(model, page_id):
    page = model.objects.live().public().filter(pk=page_id).first()
    if page is None or page.locale.language_code != get_language():
        raise Http404
    return page


def _submit(request, page, is_open, form_class, form_name, save, done_url_name):
    """Validate and save what was sent, then confirm it; or show the page again with
    status 400 and the form's answers and errors, or the reason it is closed."""
    if over_rate_limit(request, "application"):
        return render(request, "courses/limited.html", {"page": page}, status=429)
    form = None
    if is_open:
        form = form_class(request.POST, request=request)
        valid = form.is_valid()
        if form.is_spam:
            form.add_error(None, NOT_SAVED)
            valid = False
        if valid:
            submission = save(request, page, form.cleaned_data, get_language())
            return HttpResponseRedirect(reverse(done_url_name, args=[submission.token]), status=303)
    setattr(request, form_name, form)
    response = page.serve(request)
    response.status_code = 400
    return response


# Applications are anonymous (there is no account or session to protect), so the
# forms need no CSRF cookie; public pages stay free of cookies.
@never_cache
@csrf_exempt
@require_POST
def apply_view(request, page_id):
    programme = _live_page(ProgrammePage, page_id)
    return _submit(
        request,
        programme,
        programme.application_state == "open",
        ApplicationForm,
        "application_form",
        save_application,
        "programme_application",
    )


@never_cache
@csrf_exempt
@require_POST
def offer_view(request, page_id):
    page = _live_page(MentorsPage, page_id)
    return _submit(
        request, page, page.takes_offers, MentorOfferForm, "offer_form", save_offer, "mentor_offer"
    )


def _confirmation(request, submission, page):
    districts = vocabulary(request, District, get_language())
    district = submission.district
    return render(
        request,
        "courses/submission.html",
        {
            "submission": submission,
            "page": page,
            "is_application": isinstance(submission, Application),
            "district_name": districts.names.get(district.translation_key) if district else "",
        },
    )


@never_cache
def application_view(request, token):
    application = get_object_or_404(
        Application.objects.select_related("programme", "district"), token=token
    )
    return _confirmation(request, application, application.programme)


@never_cache
def offer_done_view(request, token):
    offer = get_object_or_404(MentorOffer.objects.select_related("page", "district"), token=token)
    return _confirmation(request, offer, offer.page)

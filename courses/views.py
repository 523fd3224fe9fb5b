"""Applying to a programme and offering to be a mentor, and the pages that confirm it."""

# Every answer below carries a resident's details or a token: never_cache marks it
# "private, no-store" so no shared cache or browser history keeps it.

from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from courses.applications import save_application, save_offer
from courses.forms import ApplicationForm, MentorOfferForm
from courses.models import Application, MentorOffer, MentorsPage, ProgrammePage
from submissions.flow import form_view, to_confirmation
from taxonomy.models import District, vocabulary

# Taken as every resident form is: rate limit, honeypot, the page again with the
# errors, 303 to the submission's own page (submissions.flow).
apply_view = form_view(
    page_model=ProgrammePage,
    form_class=ApplicationForm,
    save=save_application,
    done=to_confirmation("programme_application"),
    scope="application",
    is_open=lambda programme: programme.application_state == "open",
)
offer_view = form_view(
    page_model=MentorsPage,
    form_class=MentorOfferForm,
    save=save_offer,
    done=to_confirmation("mentor_offer"),
    scope="application",
    is_open=lambda page: page.takes_offers,
)


def _confirmation(request, submission, page):
    districts = vocabulary(District, get_language())
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

"""Informants' pages (joining from a graduate's page, their own page, reporting, staying,
leaving) and the admin's view to send them news."""

# Every public answer here carries a token or an informant's details: never_cache marks
# it "private, no-store".

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from pathways import informants
from pathways.forms import JoinForm, NewsForm, ReportForm
from pathways.models import Informant, InformantNews
from taxonomy.models import District, Language, vocabulary

NEWS_PERMISSION = "pathways.send_news"


@never_cache
@require_http_methods(["GET", "POST"])
def join_view(request, token):
    """A graduate joins the informants: the form on GET, 303 to their page once saved."""
    participant = informants.graduate(token)
    if participant is None:
        raise Http404
    existing = Informant.objects.filter(participant=participant).first()
    if existing is not None:
        return HttpResponseRedirect(reverse("informant", args=[existing.token]), status=303)
    form = JoinForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        informant = informants.join(participant, form.cleaned_data, get_language())
        messages.success(request, _("Welcome! You are now an informant."))
        return HttpResponseRedirect(reverse("informant", args=[informant.token]), status=303)
    return render(
        request,
        "pathways/informant_join.html",
        {"form": form, "name": participant.application.name, "token": token},
        status=400 if form.is_bound else 200,
    )


def _informant(token):
    return get_object_or_404(
        Informant.objects.prefetch_related("districts", "languages"), token=token
    )


def _page(request, informant, report_form=None, status=200):
    language = get_language()
    district_keys = [district.translation_key for district in informant.districts.all()]
    return render(
        request,
        "pathways/informant.html",
        {
            "informant": informant,
            "districts": vocabulary(District, language).names_of(district_keys),
            "languages": vocabulary(Language, language).names_of(
                [spoken.translation_key for spoken in informant.languages.all()]
            ),
            "keep_until": informants.keep_until(informant),
            "form": report_form or ReportForm(district_keys=district_keys),
        },
        status=status,
    )


@never_cache
def informant_view(request, token):
    """An informant's own page: what they joined for, until when it is kept, the form to
    tell the city what people ask, and the buttons to stay and to leave."""
    return _page(request, _informant(token))


@never_cache
@require_POST
def report_view(request, token):
    informant = _informant(token)
    form = ReportForm(
        request.POST,
        district_keys=[district.translation_key for district in informant.districts.all()],
    )
    if not form.is_valid():
        return _page(request, informant, form, status=400)
    informants.report(form.cleaned_data, get_language())
    messages.success(
        request, _("Thank you. Those who plan the forums in your district will read it.")
    )
    return HttpResponseRedirect(reverse("informant", args=[token]), status=303)


@never_cache
@require_POST
def stay_view(request, token):
    informant = _informant(token)
    informants.stay(informant)
    messages.success(request, _("Thank you. You stay an informant."))
    return HttpResponseRedirect(reverse("informant", args=[token]), status=303)


@never_cache
@csrf_exempt  # the token in the address is the key; mail programs post here (RFC 8058)
@require_http_methods(["GET", "POST"])
def leave_view(request, token):
    """GET: the page with the button (a link checker must not remove anyone); POST:
    leave at once, from the button or a mail program's one click."""
    if request.method == "GET":
        return HttpResponseRedirect(reverse("informant", args=[token]))
    informants.leave(_informant(token))
    return render(request, "pathways/informant_left.html", {})


def news_view(request):
    """Staff: how many informants each district has, the form to send them news, and
    the news sent before. GET shows, POST queues the e-mails and comes back (303)."""
    if not (request.user.is_active and request.user.has_perm(NEWS_PERMISSION)):
        raise PermissionDenied
    form = NewsForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        news = informants.send_news(form, request.user)
        messages.success(
            request,
            _("The news is queued for %(count)d informants and will be sent shortly.")
            % {"count": news.recipients},
        )
        return HttpResponseRedirect(reverse("informant_news"), status=303)
    return TemplateResponse(
        request,
        "pathways/admin/informants.html",
        {
            "form": form,
            "districts": informants.counts_by_district(),
            "total": Informant.objects.count(),
            "sent": InformantNews.objects.select_related("district", "spoken")[:20],
            "page_title": _("Informants"),
            "header_icon": "group",
        },
        status=400 if form.is_bound else 200,
    )

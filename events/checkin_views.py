"""The organisers' check-in at a forum's door, in the admin: made for a phone; and each
forum's invitations through its co-hosting associations.

``/admin/forum-checkin/`` lists the forums of the days around today; a forum's page
finds a registration by code or name (``?q=``, which the QR code on the confirmation
fills in), marks people as come and as active participants, and counts those who came
without registering. Every change is a POST that comes back to the page (303), which
says what was done; nothing changes on a GET.
"""

import datetime

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events import checkin
from events.models import EventPage
from events.models.attendance import through_associations
from events.models.registrations import of_forum

PERMISSION = "events.change_registration"
# The forums listed: those of the last week and the next two.
DAYS_BEFORE, DAYS_AFTER = 7, 14


def can_check_in(user):
    return user.is_active and user.has_perm(PERMISSION)


def _allowed(request):
    if not can_check_in(request.user):
        raise PermissionDenied


class FindForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Check-in code or name"),
        max_length=100,
        required=False,
        strip=True,
    )


class WalkInsForm(forms.Form):
    walk_ins = forms.IntegerField(
        label=gettext_lazy("People who came without registering"),
        min_value=0,
        max_value=10000,
        error_messages={
            "invalid": gettext_lazy("Write a number, such as 12."),
            "min_value": gettext_lazy("The number cannot be below 0."),
            "max_value": gettext_lazy("Write at most 10000."),
            "required": gettext_lazy("Write a number, such as 12."),
        },
    )


ACTIONS = {"check_in", "undo", "active", "not_active"}


def forums_view(request):
    _allowed(request)
    today = timezone.localdate()
    since = today - datetime.timedelta(days=DAYS_BEFORE)
    until = today + datetime.timedelta(days=DAYS_AFTER + 1)
    forums = (
        EventPage.objects.live()
        .filter(locale__language_code="sv", start__date__gte=since, start__date__lt=until)
        .order_by("start")
    )
    return TemplateResponse(
        request,
        "events/admin/checkin_forums.html",
        {"forums": forums, "today": today, "header_icon": "tick", "page_title": _("Check-in")},
    )


def swedish_forum(pk):
    """The Swedish version of the forum ``pk`` (any language's): one door, one list,
    whatever language people registered in."""
    forum = get_object_or_404(EventPage, pk=pk)
    return (
        EventPage.objects.filter(
            translation_key=forum.translation_key, locale__language_code="sv"
        ).first()
        or forum
    )


def forum_view(request, pk):
    _allowed(request)
    forum = swedish_forum(pk)
    if request.method == "POST":
        return _change(request, forum)
    find = FindForm(request.GET or None)
    match, found, searched = None, [], False
    if find.is_valid() and find.cleaned_data["q"]:
        searched = True
        match, found = checkin.find(forum, find.cleaned_data["q"])
    status = 400 if find.is_bound and not find.is_valid() else 200
    registrations = of_forum(forum).order_by("name", "pk")
    return TemplateResponse(
        request,
        "events/admin/checkin_forum.html",
        {
            "forum": forum,
            "find": find,
            "match": match,
            "found": found,
            "searched": searched,
            "walk_ins": WalkInsForm(initial={"walk_ins": checkin.attendance(forum).walk_ins}),
            "attendance": checkin.attendance(forum),
            "registrations": registrations,
            "header_icon": "tick",
            "page_title": _("Check-in: %(title)s") % {"title": forum.title},
        },
        status=status,
    )


def _back(forum, query=""):
    url = reverse("forum_checkin", args=[forum.pk])
    return HttpResponseRedirect(url + (f"?{urlencode({'q': query})}" if query else ""), status=303)


def _change(request, forum):
    if "walk_ins" in request.POST:
        form = WalkInsForm(request.POST)
        if not form.is_valid():
            messages.error(request, " ".join(form.errors["walk_ins"]))
            return _back(forum)
        record = checkin.count_walk_ins(forum, form.cleaned_data["walk_ins"])
        messages.success(
            request, _("Saved: %(count)d came without registering.") % {"count": record.walk_ins}
        )
        return _back(forum)
    action = request.POST.get("action", "")
    pk = request.POST.get("registration", "")
    if action not in ACTIONS or not pk.isdigit():
        messages.error(request, _("Choose a registration and what to do with it."))
        return _back(forum)
    registration = of_forum(forum).filter(pk=int(pk)).first()
    if registration is None:
        raise Http404
    if action in ("check_in", "undo"):
        checkin.check_in(registration, came=action == "check_in")
        text = (
            _("%(name)s has come (%(people)d people).")
            if action == "check_in"
            else _("%(name)s is no longer marked as come.")
        )
    else:
        checkin.mark_active(registration, active=action == "active")
        text = (
            _("%(name)s is marked as an active participant.")
            if action == "active"
            else _("%(name)s is no longer marked as an active participant.")
        )
    messages.success(request, text % {"name": registration.name, "people": registration.people})
    return _back(forum, request.POST.get("q", ""))


def invitations_view(request, pk):
    """For each co-hosting association, its own registration link and printable
    invitation in every language, and how many registered and came through it."""
    _allowed(request)
    forum = swedish_forum(pk)
    counts = through_associations(of_forum(forum))
    versions = {
        version.locale.language_code: version
        for version in EventPage.objects.live()
        .filter(translation_key=forum.translation_key)
        .select_related("locale")
    }
    languages = [
        (code, name, versions[code]) for code, name in settings.LANGUAGES if code in versions
    ]

    def links(slug=""):
        query = f"?via={slug}" if slug else ""
        return [
            {
                "code": code,
                "name": name,
                "page": version.full_url + query,
                "invitation": f"{version.full_url}invitation/{query}",
            }
            for code, name, version in languages
        ]

    hosts = [
        {
            "association": association,
            "links": links(association.slug),
            "counts": counts.get(association.slug, {"registrations": 0, "people": 0, "came": 0}),
        }
        for association in forum.associations.order_by("name")
    ]
    return TemplateResponse(
        request,
        "events/admin/invitations.html",
        {
            "forum": forum,
            "hosts": hosts,
            "general": links(),
            "header_icon": "group",
            "page_title": _("Invitations: %(title)s") % {"title": forum.title},
        },
    )

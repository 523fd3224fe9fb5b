"""The admin's views of the way from forum to course: the report by district, and
inviting forum participants who said yes to the next round of a programme."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.exports import csv_response
from courses.models import ProgrammePage
from events.checkin_views import can_check_in, swedish_forum
from pathways import invitations, preparation
from pathways.funnel import STAGES, funnel
from taxonomy.models import District

HEADINGS = {
    "forums": gettext_lazy("Forums"),
    "registered": gettext_lazy("Registered"),
    "came": gettext_lazy("Came"),
    "walk_ins": gettext_lazy("Came without registering"),
    "agreed": gettext_lazy("Agreed to be contacted"),
    "invited": gettext_lazy("Invited to a course"),
    "applied": gettext_lazy("Applied"),
    "accepted": gettext_lazy("Accepted"),
}


# The report holds counts, no names: whoever works with forums or programmes reads it.
REPORT_PERMISSIONS = ["events.view_registration", "courses.view_application"]
# Invitations go out from programme staff (who review the applications).
INVITE_PERMISSION = "courses.change_application"


def may_read_report(user):
    return user.is_active and any(user.has_perm(name) for name in REPORT_PERMISSIONS)


def may_invite(user):
    return user.is_active and user.has_perm(INVITE_PERMISSION)


class PeriodForm(forms.Form):
    since = forms.DateField(
        label=gettext_lazy("Forums from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": gettext_lazy("Write a date such as 2026-01-31.")},
    )
    until = forms.DateField(
        label=gettext_lazy("until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": gettext_lazy("Write a date such as 2026-12-31.")},
    )


def funnel_view(request):
    if not may_read_report(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    form = PeriodForm(request.GET or None)
    valid = not form.is_bound or form.is_valid()
    data = form.cleaned_data if form.is_bound and valid else {}
    since = data.get("since") or today - datetime.timedelta(days=365)
    # By default the last year's forums and the coming month's, so that a forum under
    # way (registrations taken, people checked in) counts too.
    until = data.get("until") or today + datetime.timedelta(days=31)
    rows, total = funnel(since, until) if valid else ([], None)
    if valid and request.GET.get("export") == "csv":
        headings = [_("District"), *(HEADINGS[stage] for stage in STAGES)]
        lines = [[row.district, *(row.counts[stage] for stage in STAGES)] for row in rows]
        lines.append([_("All districts"), *(total.counts[stage] for stage in STAGES)])
        return csv_response(request, "forum-to-course", headings, lines)
    query = request.GET.copy()
    query["export"] = "csv"
    return TemplateResponse(
        request,
        "pathways/admin/funnel.html",
        {
            "form": form,
            "rows": rows,
            "total": total,
            "stages": [(stage, HEADINGS[stage]) for stage in STAGES],
            "since": since,
            "until": until,
            "export_url": f"?{query.urlencode()}",
            "page_title": _("From forum to course"),
            "header_icon": "list-ol",
        },
        status=200 if valid else 400,
    )


class InviteForm(forms.Form):
    programme = forms.ModelChoiceField(
        label=gettext_lazy("Programme"),
        queryset=ProgrammePage.objects.live().filter(locale__language_code="sv"),
        error_messages={
            "required": gettext_lazy("Choose a programme."),
            "invalid_choice": gettext_lazy("Choose a programme from the list."),
        },
    )
    district = forms.ModelChoiceField(
        label=gettext_lazy("District"),
        queryset=District.objects.filter(locale__language_code="sv"),
        required=False,
        empty_label=gettext_lazy("All districts"),
        error_messages={"invalid_choice": gettext_lazy("Choose a district from the list.")},
    )
    only_came = forms.BooleanField(
        label=gettext_lazy("Only those who came to the forum"), required=False
    )
    only_active = forms.BooleanField(
        label=gettext_lazy("Only those marked as active participants"), required=False
    )


def invite_view(request):
    """GET: who would be invited; POST: queue the invitations, then back here (303)."""
    if not may_invite(request.user):
        raise PermissionDenied
    form = InviteForm(request.POST if request.method == "POST" else (request.GET or None))
    if not form.is_bound or not form.is_valid():
        status = 400 if form.is_bound else 200
        return _invite_page(request, form, None, status)
    data = form.cleaned_data
    district_key = data["district"].translation_key if data["district"] else None
    chosen = invitations.candidates(
        data["programme"], district_key, data["only_active"], data["only_came"]
    )
    if request.method == "POST":
        sent = invitations.invite(data["programme"], chosen)
        messages.success(
            request,
            _("%(count)d invitations are queued and will be sent shortly.") % {"count": sent},
        )
        query = urlencode(
            {key: value for key, value in request.POST.items() if key != "csrfmiddlewaretoken"}
        )
        return HttpResponseRedirect(f"{reverse('course_invitations')}?{query}", status=303)
    return _invite_page(request, form, list(chosen), 200)


def _invite_page(request, form, chosen, status):
    return TemplateResponse(
        request,
        "pathways/admin/invite.html",
        {
            "form": form,
            "chosen": chosen,
            "page_title": _("Invite forum participants to a course"),
            "header_icon": "mail",
        },
        status=status,
    )


def preparation_view(request, pk):
    # Whoever checks people in at the forum's door prepares it.
    if not can_check_in(request.user):
        raise PermissionDenied
    forum = swedish_forum(pk)
    languages, searches = preparation.missed_searches(forum)
    language_needs, access_needs = preparation.needs(forum)
    return TemplateResponse(
        request,
        "pathways/admin/preparation.html",
        {
            "forum": forum,
            "past": preparation.past_forums(forum),
            "language_needs": language_needs,
            "access_needs": access_needs,
            "guides": preparation.guide_feedback(forum),
            "reports": preparation.informant_reports(forum),
            "may_read_comments": request.user.has_perm("guides.view_pagefeedback"),
            "search_languages": languages,
            "searches": searches,
            "days": preparation.DAYS,
            "page_title": _("Preparing: %(title)s") % {"title": forum.title},
            "header_icon": "clipboard-list",
        },
    )

"""The outbox in the admin, and a "resend confirmation" action for the subject apps."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from outbox.models import Message
from outbox.permissions import AdministratorsReadOnlyPolicy

register_permission_policy(Message, AdministratorsReadOnlyPolicy(Message))


class MessageViewSet(ModelViewSet):
    """Every e-mail and text message and how its delivery went; the body, addresses,
    numbers and links stay out."""

    model = Message
    icon = "mail"
    menu_label = gettext_lazy("Outbox")
    add_to_settings_menu = True
    list_display = [
        "subject",
        "channel",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
    ]
    list_filter = ["status", "channel"]
    form_fields = ["status"]  # required by the viewset; nobody may edit
    copy_view_enabled = False
    inspect_view_enabled = False


class ResendInspectView(InspectView):
    template_name = "outbox/inspect_with_resend.html"
    resend_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", self.object
        ):
            context["resend_url"] = reverse(self.resend_url_name, args=[self.object.pk])
        return context


class ResendConfirmationMixin:
    """For a ModelViewSet of what residents send in: staff who may change one can queue
    its confirmation again from its inspect view (an address was mistyped, or the first
    one was lost in a spam filter). Set ``queue_confirmation(request, instance)``."""

    inspect_view_enabled = True
    inspect_view_class = ResendInspectView

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            resend_url_name=self.get_url_name("resend"), **kwargs
        )

    def resend_view(self, request, pk):
        instance = get_object_or_404(self.model, pk=pk)
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, "change", instance
        ):
            raise PermissionDenied
        with transaction.atomic():
            queued = self.queue_confirmation(request, instance)
        if queued is None:
            messages.error(request, _("There is no e-mail address to send a confirmation to."))
        else:
            messages.success(request, _("The confirmation is queued and will be sent shortly."))
        return redirect(self.get_url_name("inspect"), pk)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/<int:pk>/", require_POST(self.resend_view), name="resend"),
        ]

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy


class AdministratorsReadOnlyPolicy(BasePermissionPolicy):
    """Only administrators see the outbox, and nobody changes it by hand: it holds every
    resident's address, and the worker alone decides what is sent."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

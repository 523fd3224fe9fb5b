from wagtail.permission_policies import ModelPermissionPolicy


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """For what residents send in through the site's forms (forum registrations, where
    places and the waiting list are counted; programme applications): staff review
    them in the admin, but nobody adds or copies one there."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

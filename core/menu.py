from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """A menu item shown to whoever has one of ``permissions``: the portal's reports are
    for the editorial roles, not only for administrators."""

    def __init__(self, *args, permissions, **kwargs):
        super().__init__(*args, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return any(request.user.has_perm(permission) for permission in self.permissions)

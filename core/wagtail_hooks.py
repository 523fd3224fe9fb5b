from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem


class PortalContentChecker(ContentCheckerItem):
    """Wagtail's content checker, in the editor's preview and in the user bar, with the
    rules this portal's editors need on top of Wagtail's (which check heading order,
    empty headings and links, and alt text that only names a file): every image has
    alternative text, and every part marked as another language names a real one."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "role-img-alt",
        "valid-lang",
        "html-lang-valid",
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without alternative text"),
            "help_text": _("Say what the image shows for someone who cannot see it."),
        },
        "role-img-alt": {
            "error_name": _("Image without alternative text"),
            "help_text": _("Say what the image shows for someone who cannot see it."),
        },
        "valid-lang": {
            "error_name": _("Unknown language"),
            "help_text": _("Mark text in another language with a valid language code"),
        },
        "html-lang-valid": {
            "error_name": _("Unknown page language"),
            "help_text": _("The page must say which language it is in"),
        },
    }


@hooks.register("construct_wagtail_userbar")
def check_content_with_the_portal_rules(request, items, page):
    items[:] = [
        PortalContentChecker(in_editor=item.in_editor)
        if isinstance(item, ContentCheckerItem) and not isinstance(item, PortalContentChecker)
        else item
        for item in items
    ]

from wagtail import hooks

from outbox.viewsets import MessageViewSet


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return MessageViewSet("outbox")

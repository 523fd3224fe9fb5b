"""Editors write in Swedish, so the admin is in Swedish for every new account, whatever
language the browser asks for; each editor can choose English in their account."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from wagtail.users.models import UserProfile


def admin_in_swedish(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        UserProfile.objects.get_or_create(
            user=instance, defaults={"preferred_language": settings.LANGUAGE_CODE}
        )


def connect_signals():
    post_save.connect(
        admin_in_swedish, sender=get_user_model(), dispatch_uid="portal-admin-in-swedish"
    )

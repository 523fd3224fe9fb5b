import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.oath import totp
from wagtail.users.models import UserProfile

from editorial import roles

PASSWORD = "rätt-lösenord-2026"


@pytest.fixture
def staff(django_user_model):
    """A new editor with a password, the admin in English, and no second factor yet."""
    user = django_user_model.objects.create_user("staff-anna", "anna@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def sign_in(client, username, password=PASSWORD, address="127.0.0.1", language="en"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        headers={"accept-language": language},
        REMOTE_ADDR=address,
    )


def code_for(device, offset=0):
    """The code the user's authenticator app shows now (offset: steps later)."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, drift=offset):06d}"


def hidden_secret(html):
    return re.search(r"<code data-secret>([A-Z2-7 ]+)</code>", html).group(1)

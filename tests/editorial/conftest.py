import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile


@pytest.fixture
def member(client, django_user_model):
    """Log in as a new member of the named group, with the admin in English."""

    def log_in(group):
        user = django_user_model.objects.create_user(group.lower().replace(" ", "-"), "", "x")
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        client.force_login(user)
        return user

    return log_in

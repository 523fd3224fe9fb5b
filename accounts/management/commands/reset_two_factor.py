from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import devices
from accounts.audit import record


class Command(BaseCommand):
    help = (
        "Remove a staff user's authenticator app and recovery codes (a lost phone): "
        "they set up a new app at their next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="+")

    def handle(self, *args, usernames, **options):
        User = get_user_model()
        for username in usernames:
            try:
                user = User.objects.get_by_natural_key(username)
            except User.DoesNotExist as error:
                raise CommandError(f"No user {username!r}.") from error
            removed = devices.reset(user)
            record("2fa-reset", username=username, by="reset_two_factor", devices=removed)
            self.stdout.write(
                f"{username}: removed {removed} devices; sets up a new app at next sign-in."
            )

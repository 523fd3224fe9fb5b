import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create an admin account for local development (refuses to run without DEBUG)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_admin is for local development only (DEBUG is off).")
        username = os.environ.get("LOCAL_ADMIN_USER", "admin")
        password = os.environ.get("LOCAL_ADMIN_PASSWORD", "admin")
        admin_url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/admin/"
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Local admin account '{username}' already exists (password unchanged). "
                f"Sign in at {admin_url}"
            )
            return
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            f"Created local admin account: user '{username}', password '{password}'. "
            f"Sign in at {admin_url} (local use only)."
        )

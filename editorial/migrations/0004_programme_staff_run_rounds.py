"""Programme staff see each round's participants and mark who came to its sessions
(editorial/roles.py)."""

from importlib import import_module

from django.db import migrations

create_roles = import_module("editorial.migrations.0001_roles").create_roles


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_organisers_forums_and_register"),
        ("courses", "0007_participants_and_attendance"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

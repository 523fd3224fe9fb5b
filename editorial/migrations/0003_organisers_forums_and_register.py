"""Event organisers edit the Swedish forum pages, for moderators to approve, to record
what was asked at each forum; they keep the association register, which programme staff
read (editorial/roles.py)."""

from importlib import import_module

from django.db import migrations

create_roles = import_module("editorial.migrations.0001_roles").create_roles


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_search_synonyms"),
        ("events", "0007_association_register"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

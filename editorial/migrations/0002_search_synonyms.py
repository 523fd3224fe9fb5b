"""Editors and moderators keep the search synonyms (editorial/roles.py)."""

from importlib import import_module

from django.db import migrations

create_roles = import_module("editorial.migrations.0001_roles").create_roles


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_roles"),
        ("search", "0004_synonym_group"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

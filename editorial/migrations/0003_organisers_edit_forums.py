"""Event organisers edit the Swedish forum pages, for moderators to approve
(editorial/roles.py): they record what was asked at each forum."""

from importlib import import_module

from django.db import migrations

create_roles = import_module("editorial.migrations.0001_roles").create_roles


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_search_synonyms"),
        ("events", "0006_question_outcomes"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
